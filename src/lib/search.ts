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

export interface PagefindLike {
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

export interface SearchHit {
  url: string;
  title: string;
  /** HTML: escaped text in which only <mark> is kept. */
  excerpt: string;
  section?: string;
}

export const RESULTS_PER_PAGE = 20;

/** Pagefind options of the search page (and of the evaluation, which must search the same way). */
export const PAGEFIND_OPTIONS = { excerptLength: 40 };

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

export async function runSearch(pagefind: PagefindLike, query: string, filters: Record<string, string> = {}, limit = RESULTS_PER_PAGE): Promise<{ total: number; hits: SearchHit[] }> {
  const text = normaliseQuery(query);
  if (!text) return { total: 0, hits: [] };
  const response = await pagefind.search(text, { filters });
  if (!response) return { total: 0, hits: [] };
  const data = await Promise.all(response.results.slice(0, limit).map((r) => r.data()));
  return {
    total: response.results.length,
    hits: data.map((d) => ({
      url: d.url,
      title: d.meta.title ?? d.url,
      excerpt: safeExcerpt(d.excerpt),
      section: d.filters?.section?.[0],
    })),
  };
}
