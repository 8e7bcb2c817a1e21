/**
 * The site's search, shared by the search page and the search evaluation:
 * one query → ranked results with safe excerpts. Pagefind itself is passed in,
 * so this module is pure and testable.
 */

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindLike {
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchHit {
  url: string;
  title: string;
  /** HTML: escaped text in which only <mark> is kept. */
  excerpt: string;
  section?: string;
}

export const RESULTS_PER_PAGE = 10;

/**
 * Pagefind options of the search page (and of the evaluation, which must search
 * the same way). pageLength 0: no penalty for long pages, whose Chinese bodies
 * (lessons, handbooks) otherwise lose to short pages that mention a word once;
 * on the evaluation set it lifts paraphrase recall@5 from 0.833 to 0.917.
 * noWorker: search on the page's own thread. Pagefind's Web Worker would
 * download a second 43 KB copy of its code on the first search, for a search
 * that takes milliseconds on this site's index.
 */
export const PAGEFIND_OPTIONS = { excerptLength: 40, ranking: { pageLength: 0 }, noWorker: true };

/** Keeps Pagefind's <mark> highlights and escapes any other markup. */
export function safeExcerpt(html: string): string {
  return html
    .replace(/<(\/?)mark>/g, '\u0000$1\u0001')
    .replace(/&(?![a-zA-Z][a-zA-Z0-9]*;|#\d+;|#x[0-9a-fA-F]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u0000(\/?)\u0001/g, '<$1mark>');
}

/** The search text as typed: trimmed, inner runs of spaces collapsed. */
export function normaliseQuery(query: string): string {
  return query.replace(/\s+/g, ' ').trim();
}

/** Fewer all-terms results than this, and the search also tries the query's parts. */
export const THIN_RESULTS = 5;

/**
 * The parts of a query worth searching alone: its space-separated words, and a
 * single Chinese run split into words by Intl.Segmenter, because the index
 * splits compounds (组织关系转接手续) differently from the query and an all-terms
 * search then finds nothing. Parts of one character are dropped: they match
 * nearly every page.
 */
export function queryParts(text: string): string[] {
  const words = text.split(' ').filter(Boolean);
  const parts =
    words.length > 1
      ? words
      : [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
  return [...new Set(parts.filter((part) => part.length > 1 && part !== text))];
}

/**
 * Results of the all-terms search first, in Pagefind's order; then pages found
 * by the parts alone, those matching more parts first, then by their best rank.
 */
export function mergeResults<T extends { id: string }>(primary: T[], byPart: T[][]): T[] {
  const seen = new Set(primary.map((r) => r.id));
  const extra = new Map<string, { result: T; parts: number; best: number }>();
  for (const results of byPart) {
    results.forEach((result, rank) => {
      if (seen.has(result.id)) return;
      const entry = extra.get(result.id);
      if (entry) {
        entry.parts += 1;
        entry.best = Math.min(entry.best, rank);
      } else extra.set(result.id, { result, parts: 1, best: rank });
    });
  }
  const rest = [...extra.values()].sort((a, b) => b.parts - a.parts || a.best - b.best).map((e) => e.result);
  return [...primary, ...rest];
}

/**
 * How well a title names the query: the whole query in the title first, then
 * the number of its parts in the title. Pagefind ranks by body statistics, so a
 * page whose title is exactly the query can sit below pages that repeat one word.
 */
export function titleScore(title: string, text: string, parts: string[]): number {
  if (title.includes(text)) return parts.length + 1;
  return parts.filter((part) => title.includes(part)).length;
}

/** Reorders loaded hits by titleScore, keeping Pagefind's order among equals. */
export function rankByTitle<T extends { title: string }>(hits: T[], text: string): T[] {
  const parts = queryParts(text);
  return hits
    .map((hit, index) => ({ hit, index, score: titleScore(hit.title, text, parts) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((entry) => entry.hit);
}

export async function runSearch(pagefind: PagefindLike, query: string, filters: Record<string, string> = {}, limit = RESULTS_PER_PAGE): Promise<{ total: number; hits: SearchHit[] }> {
  const text = normaliseQuery(query);
  if (!text) return { total: 0, hits: [] };
  const response = await pagefind.search(text, { filters });
  if (!response) return { total: 0, hits: [] };
  let results = response.results;
  if (results.length < THIN_RESULTS) {
    const parts = queryParts(text);
    const byPart = await Promise.all(parts.map(async (part) => (await pagefind.search(part, { filters }))?.results ?? []));
    results = mergeResults(results, byPart);
  }
  const data = await Promise.all(results.slice(0, limit).map((r) => r.data()));
  return {
    total: results.length,
    hits: rankByTitle(
      data.map((d) => ({
        url: d.url,
        title: d.meta.title ?? d.url,
        excerpt: safeExcerpt(d.excerpt),
        section: d.filters?.section?.[0],
      })),
      text,
    ),
  };
}
