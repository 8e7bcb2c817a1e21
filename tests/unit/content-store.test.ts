import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHUNKED_STORE_FROM_BYTES, collectionStorage, contentBytes } from '../../src/integrations/content-store';

describe('content store mode', () => {
  it('keeps the one-file store for ordinary sites and chunks it above 100 MB of content', () => {
    expect(CHUNKED_STORE_FROM_BYTES).toBe(100 * 1024 * 1024);
    expect(collectionStorage(0)).toBe('single-file');
    expect(collectionStorage(CHUNKED_STORE_FROM_BYTES)).toBe('single-file');
    expect(collectionStorage(CHUNKED_STORE_FROM_BYTES + 1)).toBe('chunked');
  });

  it('adds up the content files, nested folders included, and reads a missing folder as empty', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-bytes-'));
    try {
      mkdirSync(join(dir, 'articles'));
      writeFileSync(join(dir, 'articles', 'a.md'), 'x'.repeat(10));
      writeFileSync(join(dir, 'b.yml'), 'yy');
      expect(contentBytes(dir)).toBe(12);
      expect(contentBytes(join(dir, 'missing'))).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the sample site stays on the one-file store', () => {
    expect(collectionStorage(contentBytes(join(import.meta.dirname, '../../src/content')))).toBe('single-file');
  });
});
