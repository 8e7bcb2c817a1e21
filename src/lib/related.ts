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
  const ranksBefore = (a: { entry: T; score: number }, b: { entry: T; score: number }) => a.score > b.score || (a.score === b.score && a.entry.date > b.entry.date);
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

/** The entries before and after `id` in a list sorted newest first: previous = older, next = newer. */
export function neighbours<T extends { id: string }>(sorted: readonly T[], id: string): { previous?: T; next?: T } {
  const i = sorted.findIndex((e) => e.id === id);
  if (i < 0) return {};
  return { previous: sorted[i + 1], next: i > 0 ? sorted[i - 1] : undefined };
}
