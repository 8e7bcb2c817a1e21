/**
 * The search index in parts, for large sites. Pagefind holds every page it
 * indexes in memory at once (about 0.4 MB per article page, twice over while it
 * builds the index), and the first search downloads metadata for every page in
 * the index (about 8.5 bytes each: 430 KB for 50,000 articles; 313 KB for a first search over 10,000). So the newest
 * `size` articles and every other page form the main index (`pagefind/`), which
 * the first search uses, and each next `size` articles, older ones, an archive
 * index (`pagefind-archive-1/`, `-2/` …) that the search page merges in only when
 * the reader asks to search older articles too. Pagefind indexes the parts one
 * after another, so its memory is bounded by the largest part.
 * A site with at most `size` articles has only the main index, as before.
 */

/** Articles per index part (the newest ones in the main index). */
export const SEARCH_SHARD_ARTICLES = 8_000;

/** Folder of archive index `k` (k ≥ 1), below the site's base. */
export const archiveFolder = (k: number): string => `pagefind-archive-${k}/`;

/** The index part of the article at `position` in the newest-first list: 0 is the main index. */
export function shardOf(position: number, size: number = SEARCH_SHARD_ARTICLES): number {
  return position < 0 ? 0 : Math.floor(position / size);
}

export interface ArchiveIndex {
  /** Folder below the base, e.g. `pagefind-archive-1/`. */
  path: string;
  /** Articles in it. */
  count: number;
}

/** The archive indexes of a site with `articleCount` published articles, oldest last. */
export function archiveIndexes(articleCount: number, size: number = SEARCH_SHARD_ARTICLES): ArchiveIndex[] {
  const parts: ArchiveIndex[] = [];
  for (let k = 1; k * size < articleCount; k += 1)
    parts.push({ path: archiveFolder(k), count: Math.min(size, articleCount - k * size) });
  return parts;
}

/** The attribute an article page carries in an archive part (none in the main one). */
export const SHARD_ATTRIBUTE = 'data-search-shard';
