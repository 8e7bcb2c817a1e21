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

/** Reading time in (fractional) minutes, before rounding. */
function readingTime(markdown: string): number {
  const text = markdown.replace(MARKDOWN_SYNTAX, ' ');
  const han = text.match(HAN)?.length ?? 0;
  const words = text.match(LATIN_WORD)?.length ?? 0;
  return han / CHARS_PER_MINUTE + words / WORDS_PER_MINUTE;
}

export function readingMinutes(markdown: string): number {
  return Math.max(1, Math.ceil(readingTime(markdown)));
}

/** Minutes of a media length written as 12:30 or 1:02:30 (the media field's format); 0 when absent or malformed. */
export function durationMinutes(duration: string | undefined): number {
  const parts = duration?.match(/^(?:(\d+):)?(\d{1,2}):(\d{2})$/);
  if (!parts) return 0;
  const [, hours = '0', minutes, seconds] = parts;
  return Number(hours) * 60 + Number(minutes) + Number(seconds) / 60;
}

/**
 * A lesson's study time: the editor's figure when given (minutes), otherwise
 * reading its text plus watching or hearing its media once, rounded up.
 */
export function lessonMinutes(lesson: { body: string; minutes?: number; mediaDuration?: string }): number {
  if (lesson.minutes) return lesson.minutes;
  return Math.max(1, Math.ceil(readingTime(lesson.body) + durationMinutes(lesson.mediaDuration)));
}
