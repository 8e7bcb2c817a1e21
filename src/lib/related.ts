/** Related reading: entries that share tags (and, less, the category) with the current one. */
export interface Relatable {
  id: string;
  category?: string;
  tags: readonly string[];
  date: string;
}

const TAG_WEIGHT = 2;
const CATEGORY_WEIGHT = 1;

export function relatedEntries<T extends Relatable>(current: Relatable, candidates: readonly T[], limit = 4): T[] {
  const tags = new Set(current.tags);
  return candidates
    .filter((c) => c.id !== current.id)
    .map((c) => ({
      entry: c,
      score: c.tags.filter((tag) => tags.has(tag)).length * TAG_WEIGHT + (current.category && c.category === current.category ? CATEGORY_WEIGHT : 0),
    }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || (a.entry.date < b.entry.date ? 1 : a.entry.date > b.entry.date ? -1 : 0))
    .slice(0, limit)
    .map((s) => s.entry);
}

/** The entries before and after `id` in a list sorted newest first: previous = older, next = newer. */
export function neighbours<T extends { id: string }>(sorted: readonly T[], id: string): { previous?: T; next?: T } {
  const i = sorted.findIndex((e) => e.id === id);
  if (i < 0) return {};
  return { previous: sorted[i + 1], next: i > 0 ? sorted[i - 1] : undefined };
}
