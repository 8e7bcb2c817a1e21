/**
 * ASCII words for Chinese text (URLs stay ASCII: a title or tag never becomes a
 * percent-encoded path): 党费收缴 → dang-fei-shou-jiao. Used for tag pages and
 * for the address of an entry created in the CMS.
 */
import { pinyin } from 'pinyin-pro';

/**
 * Pinyin syllables without tones joined by hyphens; Latin letters and digits kept
 * (2026年 → 2026-nian). Longer than `maxLength`: cut at the last whole syllable
 * that fits. Empty when the text has nothing to spell (punctuation only).
 */
export function pinyinSlug(text: string, maxLength = Infinity): string {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const slug = syllables
    .join('-')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // ü → u, without splitting the syllable (略 lüe → lue)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  return cut.slice(0, Math.max(cut.lastIndexOf('-'), 0)) || slug.slice(0, maxLength);
}
