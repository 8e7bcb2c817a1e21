/**
 * Filters of the study lists (图书、音视频、课件): each item carries its facet
 * values (author, kind, year…) and its text; the reader picks values and types
 * words. All chosen facets and all words must match.
 */

export interface FilterableItem {
  facets: Readonly<Record<string, string>>;
  text: string;
}

export interface FilterCriteria {
  /** Facet name → chosen value; '' means any. */
  facets: Readonly<Record<string, string>>;
  query: string;
}

const normalise = (s: string) => s.normalize('NFKC').toLowerCase();

export function matchesFilter(item: FilterableItem, criteria: FilterCriteria): boolean {
  for (const [name, wanted] of Object.entries(criteria.facets)) {
    if (wanted && item.facets[name] !== wanted) return false;
  }
  const text = normalise(item.text);
  return normalise(criteria.query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => text.includes(word));
}

/** A field of the filter form as FormData gives it: its name and value. */
export type FilterField = readonly [name: string, value: string];

/** What the form's fields choose: `q` holds the words, every other field is a facet. */
export function criteriaOf(fields: readonly FilterField[]): FilterCriteria {
  return {
    facets: Object.fromEntries(fields.filter(([name]) => name !== 'q')),
    query: fields.find(([name]) => name === 'q')?.[1] ?? '',
  };
}

/**
 * The chosen filters as the list's query string (`?q=…&author=…`, empty fields
 * left out, '' when none), so a filtered list can be shared and reloaded.
 */
export function filterSearch(fields: readonly FilterField[]): string {
  const query = new URLSearchParams(fields.filter(([, value]) => value !== '') as [string, string][]).toString();
  return query ? `?${query}` : '';
}

/** The distinct values of a facet, in the collator's order (Chinese by pinyin). */
export function facetValues(items: readonly FilterableItem[], facet: string): string[] {
  const values = new Set(items.map((item) => item.facets[facet]).filter((v): v is string => Boolean(v)));
  return [...values].sort(new Intl.Collator('zh-CN', { numeric: true }).compare);
}
