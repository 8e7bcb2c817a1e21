import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHash } from '../../../src/lib/web/csp';
import {
  applyModes,
  DEFAULT_MODES,
  MODE_KEYS,
  modeBootScript,
  modesOf,
  readModes,
  saveModes,
  type DisplayModes,
} from '../../../src/lib/web/display-modes';

/** A Storage stand-in backed by a Map. */
function memoryStorage(entries: Record<string, string> = {}) {
  const map = new Map(Object.entries(entries));
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

const throwing = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

/** Runs the inline boot script against stored values and returns the dataset it leaves on <html>. */
function runBootScript(storage: Pick<Storage, 'getItem'> | 'missing'): DOMStringMap {
  const dataset: DOMStringMap = {};
  const document = { documentElement: { dataset } };
  const localStorage = storage === 'missing' ? undefined : storage;
  new Function('localStorage', 'document', modeBootScript())(localStorage, document);
  return dataset;
}

const stored: Array<[string, Record<string, string>, DisplayModes]> = [
  ['nothing stored', {}, { scheme: 'system', largeText: false }],
  ['dark', { [MODE_KEYS.scheme]: 'dark' }, { scheme: 'dark', largeText: false }],
  ['light', { [MODE_KEYS.scheme]: 'light' }, { scheme: 'light', largeText: false }],
  [
    'contrast and large text',
    { [MODE_KEYS.scheme]: 'contrast', [MODE_KEYS.text]: 'large' },
    { scheme: 'contrast', largeText: true },
  ],
  ['large text with the system colours', { [MODE_KEYS.text]: 'large' }, { scheme: 'system', largeText: true }],
  ['unknown values', { [MODE_KEYS.scheme]: 'sepia', [MODE_KEYS.text]: 'huge' }, { scheme: 'system', largeText: false }],
  ['a stored "system"', { [MODE_KEYS.scheme]: 'system' }, { scheme: 'system', largeText: false }],
];

describe('readModes', () => {
  it.each(stored)('%s', (_name, entries, expected) => {
    expect(readModes(memoryStorage(entries))).toEqual(expected);
  });

  it('falls back to the defaults without storage or when storage throws', () => {
    expect(readModes(undefined)).toEqual(DEFAULT_MODES);
    expect(readModes(throwing)).toEqual(DEFAULT_MODES);
  });
});

describe('saveModes', () => {
  it('stores only what differs from the defaults, so "跟随系统" follows the system again', () => {
    const storage = memoryStorage({ [MODE_KEYS.scheme]: 'dark', [MODE_KEYS.text]: 'large' });
    expect(saveModes(storage, { scheme: 'contrast', largeText: true })).toBe(true);
    expect(Object.fromEntries(storage.map)).toEqual({ [MODE_KEYS.scheme]: 'contrast', [MODE_KEYS.text]: 'large' });
    expect(saveModes(storage, DEFAULT_MODES)).toBe(true);
    expect(storage.map.size).toBe(0);
  });

  it('reports a browser that refuses to store', () => {
    expect(saveModes(throwing, { scheme: 'dark', largeText: false })).toBe(false);
    expect(saveModes(undefined, DEFAULT_MODES)).toBe(false);
  });

  it.each(stored.slice(0, 5))('round-trips %s', (_name, _entries, modes) => {
    const storage = memoryStorage();
    saveModes(storage, modes);
    expect(readModes(storage)).toEqual(modes);
  });
});

describe('applyModes and modesOf', () => {
  it.each<[DisplayModes, DOMStringMap]>([
    [{ scheme: 'system', largeText: false }, {}],
    [{ scheme: 'dark', largeText: false }, { theme: 'dark' }],
    [
      { scheme: 'contrast', largeText: true },
      { theme: 'contrast', text: 'large' },
    ],
    [{ scheme: 'system', largeText: true }, { text: 'large' }],
  ])('%j sets <html> to %j and reads back', (modes, attributes) => {
    const dataset: DOMStringMap = { theme: 'light', text: 'large' };
    applyModes(dataset, modes);
    expect({ ...dataset }).toEqual(attributes);
    expect(modesOf(dataset)).toEqual(modes);
  });
});

describe('modeBootScript (the inline script in <head>)', () => {
  it.each(stored)('applies %s exactly as readModes + applyModes do', (_name, entries) => {
    const expected: DOMStringMap = {};
    applyModes(expected, readModes(memoryStorage(entries)));
    expect({ ...runBootScript(memoryStorage(entries)) }).toEqual({ ...expected });
  });

  it('leaves the page alone when storage is missing or throws', () => {
    expect(runBootScript('missing')).toEqual({});
    expect(runBootScript(throwing)).toEqual({});
  });

  it('is tiny, and its CSP hash is the SHA-256 of its exact text', () => {
    expect(modeBootScript().length).toBeLessThan(300);
    const digest = createHash('sha256').update(modeBootScript()).digest('base64');
    expect(inlineHash(modeBootScript())).toBe(`sha256-${digest}`);
  });
});
