/**
 * State of the search page that lives outside Pagefind: what the address keeps
 * (query and filters, so a search can be shared), which result the arrow keys
 * move to, and the filter choices Pagefind reports.
 */

/** The filters the page offers, in the order shown. */
export const FILTER_KEYS = ['section', 'category', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type SearchState = { query: string; filters: Partial<Record<FilterKey, string>> };

export function readState(url: URL): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = url.searchParams.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return { query: url.searchParams.get('q') ?? '', filters };
}

/** The address of a search: ?q= and the chosen filters; empty values are left out. */
export function writeState(url: URL, state: SearchState): URL {
  const next = new URL(url);
  next.searchParams.delete('q');
  for (const key of FILTER_KEYS) next.searchParams.delete(key);
  if (state.query.trim()) next.searchParams.set('q', state.query);
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) next.searchParams.set(key, value);
  }
  return next;
}

/**
 * Where ArrowDown/ArrowUp go from `current` (-1: the search box) among `count`
 * results: down from the box to the first, up from the first back to the box,
 * and no further than the last.
 */
export function moveFocus(current: number, key: string, count: number): number | undefined {
  if (count === 0) return undefined;
  if (key === 'ArrowDown') return Math.min(current + 1, count - 1);
  if (key === 'ArrowUp') return current <= 0 ? -1 : current - 1;
  if (key === 'Home' && current >= 0) return 0;
  if (key === 'End' && current >= 0) return count - 1;
  return undefined;
}

/** Filter values as Pagefind counts them, most used first, then by name (years newest first). */
export function filterChoices(counts: Record<string, number> | undefined, key: FilterKey): string[] {
  const entries = Object.entries(counts ?? {}).filter(([, n]) => n > 0);
  if (key === 'year') return entries.map(([value]) => value).sort((a, b) => b.localeCompare(a));
  return entries.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh')).map(([value]) => value);
}
