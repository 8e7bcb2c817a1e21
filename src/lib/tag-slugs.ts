/**
 * ASCII URL slugs for Chinese tags (URLs stay ASCII: a tag never becomes a
 * percent-encoded path). 党史 → dang-shi; two tags with the same pinyin get
 * -2, -3 … in the order of first appearance, so slugs are stable for a given set.
 */
import { pinyin } from 'pinyin-pro';

export function slugifyTag(tag: string): string {
  const syllables = pinyin(tag, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const slug = syllables
    .join('-')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // ü → u, without splitting the syllable (略 lüe → lue)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'tag';
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
