/**
 * URL slugs of tags: 党史 → dang-shi (pinyin-slug.ts); two tags with the same pinyin get
 * -2, -3 … in the order of first appearance, so slugs are stable for a given set.
 */
import { pinyinSlug } from './pinyin-slug';

export function slugifyTag(tag: string): string {
  return pinyinSlug(tag) || 'tag';
}

/** Slugs for a set of tags, unique among themselves. Sorted input gives stable output. */
export function tagSlugs(tags: Iterable<string>): Map<string, string> {
  const result = new Map<string, string>();
  const used = new Set<string>();
  for (const tag of tags) {
    if (result.has(tag)) continue;
    const base = slugifyTag(tag);
    let slug = base;
    for (let n = 2; used.has(slug); n += 1) slug = `${base}-${n}`;
    used.add(slug);
    result.set(tag, slug);
  }
  return result;
}
