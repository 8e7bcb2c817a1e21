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

const WORDS = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;

/**
 * Pinyin by words, not syllables, for addresses people read and share: 支部组织
 * 秋冬植树活动 → zhibu-zuzhi-qiudong-zhi-shu-huodong. Longer than `maxLength`: cut
 * after the last whole word that fits, never inside a word (活动 is huodong or
 * nothing, never huo). Without a word segmenter (old browsers) it is pinyinSlug.
 */
export function pinyinWordSlug(text: string, maxLength = Infinity): string {
  if (!WORDS) return pinyinSlug(text, maxLength);
  const words = [...WORDS.segment(text)]
    .filter((segment) => segment.isWordLike)
    .map((segment) => pinyinSlug(segment.segment).replaceAll('-', ''))
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const longer = slug ? `${slug}-${word}` : word;
    if (longer.length > maxLength) break;
    slug = longer;
  }
  // A first word longer than the limit on its own: whole syllables of it.
  return slug || pinyinSlug(text, maxLength);
}
