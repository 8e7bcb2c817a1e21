/**
 * Typing slips of the pinyin input method: the right sound, the wrong
 * character (思想会报 for 思想汇报, 三会一棵 for 三会一课). Without a pinyin
 * dictionary in the page, the site's own text is the dictionary: a run of
 * three or more characters that no page holds is read as the text that pages
 * do hold and that differs from it in one character only.
 */
import { FUNCTION_CHARACTERS, matchText } from './words';

/** Shorter runs are left alone: one character off a two-character word is another word (炒股, 入股). */
export const MIN_TYPO_RUN = 3;

/** Characters of context either side when checking where the text's words begin and end. */
const CONTEXT = 4;
let segmenter: Intl.Segmenter | undefined;

/** Whether chars[start, end) begins and ends where the word segmenter puts word edges in that stretch of text. */
function onWordEdges(chars: string[], start: number, end: number): boolean {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const from = Math.max(0, start - CONTEXT);
  const edges = new Set<number>();
  let at = from;
  for (const { segment } of segmenter.segment(chars.slice(from, Math.min(chars.length, end + CONTEXT)).join(''))) {
    edges.add(at);
    at += [...segment].length;
  }
  edges.add(at);
  return edges.has(start) && edges.has(end);
}

/** Runs of Chinese characters in the query's content that could hold a slip, longest first. */
export function typoRuns(content: string): string[] {
  const runs = content.match(/\p{Script=Han}+/gu) ?? [];
  return [...new Set(runs)].filter((run) => [...run].length >= MIN_TYPO_RUN).sort((a, b) => b.length - a.length);
}

/**
 * The form of `run` that the texts hold, with one character changed, when
 * they hold none of `run` itself: the form found in the most texts (then most
 * often). Undefined when the run is there as typed, or no single form is.
 */
export function oneCharacterFix(run: string, texts: string[]): string | undefined {
  const target = [...run];
  const folded = texts.map(matchText);
  if (folded.some((text) => text.includes(run))) return undefined;
  const found = new Map<string, { texts: number; times: number }>();
  folded.forEach((text) => {
    const chars = [...text];
    const inThis = new Set<string>();
    for (let i = 0; i + target.length <= chars.length; i++) {
      let differences = 0;
      let changed = '';
      for (let k = 0; k < target.length && differences < 2; k++)
        if (chars[i + k] !== target[k]) {
          differences += 1;
          changed = chars[i + k]!;
        }
      // A joining character (和, 的) in place of a typed one is the next phrase, not a slip: 物业费 is not 物业和.
      if (differences !== 1 || FUNCTION_CHARACTERS.has(changed)) continue;
      const form = chars.slice(i, i + target.length).join('');
      // The changed character must be a Chinese one: 党费2026 is no slip for 党费标准.
      if (!/^\p{Script=Han}+$/u.test(form)) continue;
      // A whole word or words of the text, not a piece cut out of one: 物业费 is no slip for 物业管(理).
      if (!onWordEdges(chars, i, i + target.length)) continue;
      const count = found.get(form) ?? { texts: 0, times: 0 };
      count.times += 1;
      if (!inThis.has(form)) count.texts += 1;
      inThis.add(form);
      found.set(form, count);
    }
  });
  const ranked = [...found.entries()].sort((a, b) => b[1].texts - a[1].texts || b[1].times - a[1].times);
  const [best, second] = ranked;
  if (!best) return undefined;
  // Two forms equally common: no telling which was meant.
  if (second && second[1].texts === best[1].texts && second[1].times === best[1].times) return undefined;
  return best[0];
}
