/**
 * Reading time of Chinese study material. Adults read about 300–500 Chinese
 * characters a minute; we take 350 so that older readers are not rushed, and
 * 200 words a minute for Latin-script words mixed into the text.
 */
const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[A-Za-z0-9]+(?:[.'-][A-Za-z0-9]+)*/g;
const MARKDOWN_SYNTAX = /[#>*_`~[\]()!|-]/g;

export const CHARS_PER_MINUTE = 350;
export const WORDS_PER_MINUTE = 200;

export function readingMinutes(markdown: string): number {
  const text = markdown.replace(MARKDOWN_SYNTAX, ' ');
  const han = text.match(HAN)?.length ?? 0;
  const words = text.match(LATIN_WORD)?.length ?? 0;
  return Math.max(1, Math.ceil(han / CHARS_PER_MINUTE + words / WORDS_PER_MINUTE));
}
