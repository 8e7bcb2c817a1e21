import { describe, expect, it } from 'vitest';
import {
  giscusTheme,
  missingGiscusFields,
  readGiscusMessage,
  resolveGiscus,
  threadSearchUrl,
} from '../../../src/lib/discussion/giscus';

const complete = {
  host: 'https://giscus.app',
  repo: 'org/site',
  repoId: 'R_1',
  category: '讨论',
  categoryId: 'DIC_1',
  inputPosition: 'bottom' as const,
};

describe('resolveGiscus', () => {
  it('is undefined while anything needed is missing', () => {
    expect(resolveGiscus(undefined)).toBeUndefined();
    expect(resolveGiscus({ ...complete, categoryId: '' })).toBeUndefined();
  });

  it('names what is missing, after the environment has had its say (for /admin/help/)', () => {
    expect(missingGiscusFields(undefined)).toEqual(['repo', 'repoId', 'category', 'categoryId']);
    expect(missingGiscusFields({ ...complete, categoryId: '' })).toEqual(['categoryId']);
    expect(missingGiscusFields({ repo: 'o/r' }, { GISCUS_REPO_ID: 'R', GISCUS_CATEGORY: 'c' })).toEqual(['categoryId']);
    expect(missingGiscusFields(complete)).toEqual([]);
  });

  it('takes the settings as they are', () => {
    expect(resolveGiscus(complete)).toEqual(complete);
  });

  it('lets GISCUS_* environment variables override each setting', () => {
    const env = { GISCUS_HOST: 'https://giscus.example.cn/', GISCUS_REPO: 'other/repo', GISCUS_INPUT_POSITION: 'top' };
    expect(resolveGiscus(complete, env)).toEqual({
      ...complete,
      host: 'https://giscus.example.cn',
      repo: 'other/repo',
      inputPosition: 'top',
    });
  });

  it('can be configured from the environment alone, with the public host by default', () => {
    const env = { GISCUS_REPO: 'o/r', GISCUS_REPO_ID: 'R', GISCUS_CATEGORY: 'c', GISCUS_CATEGORY_ID: 'C' };
    expect(resolveGiscus(undefined, env)).toEqual({
      host: 'https://giscus.app',
      repo: 'o/r',
      repoId: 'R',
      category: 'c',
      categoryId: 'C',
      inputPosition: 'bottom',
    });
  });

  it('accepts plain http only for a host on this machine (a test double)', () => {
    expect(resolveGiscus(complete, { GISCUS_HOST: 'http://localhost:4630' })?.host).toBe('http://localhost:4630');
    expect(() => resolveGiscus(complete, { GISCUS_HOST: 'http://giscus.example.cn' })).toThrow(
      'GISCUS_HOST: 形如 https://giscus.app / must look like https://giscus.app (got "http://giscus.example.cn")',
    );
  });
});

it('links to a GitHub search for the exact thread title', () => {
  expect(threadSearchUrl('org/site', 'blogs/a-b')).toBe(
    'https://github.com/org/site/discussions?discussions_q=in%3Atitle%20%22blogs%2Fa-b%22',
  );
});

describe('giscusTheme', () => {
  it.each<[string | undefined, boolean, string]>([
    [undefined, false, 'light'],
    [undefined, true, 'dark'],
    ['light', true, 'light'],
    ['dark', false, 'dark'],
    ['contrast', false, 'light_high_contrast'],
    ['contrast', true, 'light_high_contrast'],
    ['unknown', false, 'light'],
  ])('mode %s, system dark %s → %s', (mode, dark, theme) => {
    expect(giscusTheme(mode, dark)).toBe(theme);
  });
});

describe('readGiscusMessage', () => {
  const origin = 'https://giscus.app';

  it.each<[string, unknown, string]>([
    ['another origin', { giscus: { resizeHeight: 100 } }, 'https://evil.example'],
    ['a message without giscus', { resizeHeight: 100 }, origin],
    ['a string', 'giscus', origin],
    ['null', null, origin],
  ])('ignores %s', (_label, data, from) => {
    expect(readGiscusMessage(data, from, origin)).toEqual({ kind: 'ignored' });
  });

  it('takes any Giscus message as a sign of life', () => {
    expect(readGiscusMessage({ giscus: { resizeHeight: 100 } }, origin, origin)).toEqual({ kind: 'alive' });
    expect(readGiscusMessage({ giscus: { error: 'Discussion not found' } }, origin, origin)).toEqual({ kind: 'alive' });
  });

  it('reads the thread counts from metadata', () => {
    const data = { giscus: { discussion: { totalCommentCount: 3, totalReplyCount: 2, reactionCount: 7 } } };
    expect(readGiscusMessage(data, origin, origin)).toEqual({
      kind: 'alive',
      metadata: { totalCommentCount: 3, totalReplyCount: 2, reactionCount: 7 },
    });
  });
});
