/** Related reading: entries that share tags (and, less, the category) with the current one. */
export interface Relatable {
  id: string;
  category?: string;
  tags: readonly string[];
  date: string;
}

const TAG_WEIGHT = 2;
const CATEGORY_WEIGHT = 1;

/**
 * The `limit` best candidates by score, then newest. One pass that keeps only
 * the current best few (no sort of the whole collection): it runs for every
 * article page, so the build stays linear in the number of articles.
 */
export function relatedEntries<T extends Relatable>(current: Relatable, candidates: readonly T[], limit = 4): T[] {
  if (limit <= 0) return [];
  const tags = new Set(current.tags);
  const best: { entry: T; score: number }[] = [];
  const ranksBefore = (a: { entry: T; score: number }, b: { entry: T; score: number }) =>
    a.score > b.score || (a.score === b.score && a.entry.date > b.entry.date);
  for (const entry of candidates) {
    if (entry.id === current.id) continue;
    let score = current.category && entry.category === current.category ? CATEGORY_WEIGHT : 0;
    for (const tag of entry.tags) if (tags.has(tag)) score += TAG_WEIGHT;
    if (score === 0) continue;
    const candidate = { entry, score };
    if (best.length === limit && !ranksBefore(candidate, best[limit - 1]!)) continue;
    // Insert after every entry that ranks before it or ties with it, so equal entries keep their order.
    let at = best.length;
    while (at > 0 && ranksBefore(candidate, best[at - 1]!)) at -= 1;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map((s) => s.entry);
}

/**
 * `relatedEntries` for every entry of a collection, for a build that asks once
 * per page. Scanning the whole collection per page made 10,000 articles cost
 * 19 s; instead, lists of who has each category and tag are built once, and a
 * page walks its own tags' lists only: any shared tag outscores the category
 * alone, so entries sharing just the category are needed only to fill the
 * last places (their list, newest first). Walking the category's list for
 * every page as well was half the work: 50,000 bench articles 16.7 s → 7.0 s.
 * The results are exactly those of `relatedEntries(current, entries, limit)`.
 */
export function relatedFinder<T extends Relatable>(entries: readonly T[], limit = 4): (current: Relatable) => T[] {
  // Newest first, collection order among equal dates: how relatedEntries breaks ties.
  const ranked = entries
    .map((entry, at) => ({ entry, at }))
    .sort((a, b) => (a.entry.date > b.entry.date ? -1 : a.entry.date < b.entry.date ? 1 : a.at - b.at))
    .map(({ entry }) => entry);
  const holders = new Map<string, number[]>();
  ranked.forEach((entry, at) => {
    const keys = [...(entry.category ? [`c:${entry.category}`] : []), ...entry.tags.map((tag) => `t:${tag}`)];
    for (const key of keys) {
      const list = holders.get(key);
      if (list) list.push(at);
      else holders.set(key, [at]);
    }
  });
  // Categories as numbers, so a tag sharer's category bonus is one comparison.
  const categoryIds = new Map<string, number>();
  for (const { category } of ranked)
    if (category && !categoryIds.has(category)) categoryIds.set(category, categoryIds.size);
  const categoryOf = Int32Array.from(ranked, ({ category }) => (category ? categoryIds.get(category)! : -1));
  const scores = new Uint32Array(ranked.length);
  const positions = new Map(ranked.map((entry, at) => [entry.id, at]));
  return (current) => {
    const self = positions.get(current.id) ?? -1;
    const category = current.category ? (categoryIds.get(current.category) ?? -2) : -2;
    const touched: number[] = [];
    for (const tag of new Set(current.tags)) {
      const list = holders.get(`t:${tag}`) ?? [];
      for (let i = 0; i < list.length; i += 1) {
        const at = list[i]!;
        if (scores[at] === 0) touched.push(at);
        scores[at] = scores[at]! + TAG_WEIGHT;
      }
    }
    // The best `limit` by score, then by rank (date, then collection order).
    const best: number[] = [];
    const before = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
    for (let i = 0; i < touched.length && limit > 0; i += 1) {
      const at = touched[i]!;
      if (categoryOf[at] === category) scores[at] = scores[at]! + CATEGORY_WEIGHT;
      if (at === self || (best.length === limit && !before(at, best[limit - 1]!))) continue;
      let slot = best.length;
      while (slot > 0 && before(at, best[slot - 1]!)) slot -= 1;
      best.splice(slot, 0, at);
      if (best.length > limit) best.pop();
    }
    // The rest share only the category and all score CATEGORY_WEIGHT, below any tag sharer: they fill the last places, newest first.
    const sameCategory = current.category ? (holders.get(`c:${current.category}`) ?? []) : [];
    for (let i = 0; i < sameCategory.length && best.length < limit; i += 1) {
      const at = sameCategory[i]!;
      if (scores[at] === 0 && at !== self) best.push(at);
    }
    for (const at of touched) scores[at] = 0;
    return best.map((at) => ranked[at]!);
  };
}

/**
 * How a list is sorted: 'newest-first' (articles: the list page's order) or
 * 'in-order' (lessons: first to last). Said by every caller, because the same
 * list position means "previous" in one and "next" in the other.
 */
export type ListOrder = 'newest-first' | 'in-order';

const positions = new WeakMap<readonly { id: string }[], Map<string, number>>();

/**
 * Where `id` stands in `list` (-1 when absent). Every article page asks this of the same
 * list; searching it each time made the build quadratic (50,000 articles: 1.25 billion
 * comparisons), so each list's positions are read once.
 */
export function listPosition(list: readonly { id: string }[], id: string): number {
  let map = positions.get(list);
  if (!map) {
    map = new Map();
    for (const [at, entry] of list.entries()) if (!map.has(entry.id)) map.set(entry.id, at);
    positions.set(list, map);
  }
  return map.get(id) ?? -1;
}

/** The entries read before and after `id`: previous is the older (or earlier) one, next the newer (or later). */
export function neighbours<T extends { id: string }>(
  list: readonly T[],
  id: string,
  order: ListOrder,
): { previous?: T; next?: T } {
  const i = listPosition(list, id);
  if (i < 0) return {};
  const before = i > 0 ? list[i - 1] : undefined;
  const after = list[i + 1];
  return order === 'in-order' ? { previous: before, next: after } : { previous: after, next: before };
}
