import { describe, expect, it } from 'vitest';
import { archiveFolder, archiveIndexes, SEARCH_SHARD_ARTICLES, shardOf } from '../../../src/lib/search/shards';
import { pageShard } from '../../../src/integrations/pagefind';

describe('search index parts', () => {
  it('keeps the newest articles in the main index and each next block in an archive part', () => {
    expect(SEARCH_SHARD_ARTICLES).toBe(8_000);
    expect(shardOf(0)).toBe(0);
    expect(shardOf(7_999)).toBe(0);
    expect(shardOf(8_000)).toBe(1);
    expect(shardOf(49_999)).toBe(6);
    expect(shardOf(-1)).toBe(0);
    expect(shardOf(5, 2)).toBe(2);
  });

  it('lists the archive parts a site has: none up to one part of articles', () => {
    expect(archiveIndexes(0)).toEqual([]);
    expect(archiveIndexes(8_000)).toEqual([]);
    expect(archiveIndexes(8_001)).toEqual([{ path: 'pagefind-archive-1/', count: 1 }]);
    expect(archiveIndexes(50_000)).toEqual([
      ...[1, 2, 3, 4, 5].map((k) => ({ path: archiveFolder(k), count: 8_000 })),
      { path: archiveFolder(6), count: 2_000 },
    ]);
    expect(archiveIndexes(5, 2)).toEqual([
      { path: 'pagefind-archive-1/', count: 2 },
      { path: 'pagefind-archive-2/', count: 1 },
    ]);
  });

  it('reads the part of a built page: none without a search body, 0 without the attribute', () => {
    const page = (article: string) => Buffer.from(`<html lang="zh-CN"><body><main>${article}</main></body></html>`);
    expect(pageShard(page('<ul><li>列表</li></ul>'))).toBeUndefined();
    expect(pageShard(page('<article class="article" data-pagefind-body="">正文</article>'))).toBe(0);
    expect(pageShard(page('<article class="article" data-pagefind-body="" data-search-shard="3">正文</article>'))).toBe(
      3,
    );
    expect(pageShard(page('<article data-pagefind-body data-search-shard="x">正文</article>'))).toBe(0);
  });
});
