/**
 * Line breaking for Chinese text drawn without a browser (the share posters):
 * a line may end after any Chinese character, but closing punctuation (，。”）…)
 * never starts a line and opening punctuation (“（《) never ends one
 * (禁则, as GB/T 15834 and every Chinese typesetter do it); Latin words and numbers
 * stay whole, but a compound may break after its hyphen (Marxism-｜Leninism, as
 * Unicode line breaking allows: between letters, never in 2026-12-07); only a
 * piece still wider than the line is split by characters. When the text is too
 * long for its box even at the smallest size, it is cut at a line end with “……”.
 */

/** Characters that must not begin a line: they stay with the character before. */
export const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕〉〗〙”’…—～·・%‰℃°,.;:?!)]}>']);
/** Characters that must not end a line: they go with the character after. */
export const NO_LINE_END = new Set([...'（《「『【〔〈〖〘“‘([{<']);

export const ELLIPSIS = '……';

/** Width of a string in pixels (a sum of advances: widths add up). */
export type Measure = (text: string) => number;

const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
const SPACE = /\s/u;
/** After a hyphen between two letters: where a Latin compound may break. */
const AFTER_HYPHEN = /(?<=\p{L}[-\u2010])(?=\p{L})/u;

/** Unbreakable pieces: one Chinese character, one Latin word (or part of a compound up to its hyphen) or number, or one space. */
function atoms(text: string): string[] {
  const result: string[] = [];
  let word = '';
  const flush = () => {
    if (word) result.push(...word.split(AFTER_HYPHEN));
    word = '';
  };
  for (const char of text.replace(/\s+/gu, ' ').trim()) {
    if (SPACE.test(char)) {
      flush();
      result.push(' ');
    } else if (HAN.test(char) || NO_LINE_START.has(char) || NO_LINE_END.has(char)) {
      flush();
      result.push(char);
    } else {
      word += char;
    }
  }
  flush();
  return result;
}

/** Glues punctuation to its neighbour, so no break can fall on the wrong side of it. */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  let opening = '';
  for (const atom of atoms(text)) {
    if (atom === ' ') {
      if (opening) continue;
      units.push(atom);
    } else if (NO_LINE_END.has(atom)) {
      opening += atom;
    } else if (NO_LINE_START.has(atom) && !opening && units.some((unit) => unit !== ' ')) {
      // A stray space before closing punctuation would let it start a line: drop the space.
      if (units.at(-1) === ' ') units.pop();
      units[units.length - 1] += atom;
    } else {
      units.push(opening + atom);
      opening = '';
    }
  }
  if (opening) units.push(opening);
  return units;
}

/** Splits a unit wider than the line by characters (a URL, a very long number). */
function hardSplit(unit: string, measure: Measure, maxWidth: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of unit) {
    if (piece && measure(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Greedy line filling: as many units per line as fit in `maxWidth`. */
export function breakLines(text: string, measure: Measure, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  let space = false;
  for (const unit of breakUnits(text)) {
    if (unit === ' ') {
      space = line !== '';
      continue;
    }
    const gap = space ? measure(' ') : 0;
    const unitWidth = measure(unit);
    space = false;
    if (line && width + gap + unitWidth <= maxWidth) {
      line += (gap ? ' ' : '') + unit;
      width += gap + unitWidth;
      continue;
    }
    if (line) lines.push(line);
    const pieces = unitWidth > maxWidth ? hardSplit(unit, measure, maxWidth) : [unit];
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1)!;
    width = measure(line);
  }
  if (line) lines.push(line);
  return lines;
}

export interface FitOptions {
  maxWidth: number;
  maxHeight: number;
  /** Font sizes in pixels, tried from the largest down. */
  maxSize: number;
  minSize: number;
  step: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
}

export interface FittedText {
  size: number;
  lines: string[];
  /** The text did not fit even at `minSize`: the last line ends with “……”. */
  truncated: boolean;
}

/** Punctuation that should not stand just before the “……” of a cut. */
const BEFORE_ELLIPSIS = /[\s，。、；：,.;:（《「『【“‘([{—…]+$/u;

/** Cuts the last line so that it ends with “……” and still fits. */
function withEllipsis(line: string, measure: Measure, maxWidth: number): string {
  const chars = [...line];
  let kept = chars.join('').replace(BEFORE_ELLIPSIS, '');
  while (chars.length > 0 && measure(kept + ELLIPSIS) > maxWidth) {
    chars.pop();
    kept = chars.join('').replace(BEFORE_ELLIPSIS, '');
  }
  return kept + ELLIPSIS;
}

/**
 * The largest size from `maxSize` down to `minSize` (by `step`) at which the text
 * fits the box; below that the text is cut at `minSize` and marked as cut, so
 * that a long card never overflows and never becomes too small to read.
 */
export function fitText(
  text: string,
  measureAt: (text: string, size: number) => number,
  options: FitOptions,
): FittedText {
  const { maxWidth, maxHeight, maxSize, minSize, step, lineHeight } = options;
  for (let size = maxSize; size >= minSize; size -= step) {
    const lines = breakLines(text, (s) => measureAt(s, size), maxWidth);
    if (lines.length * size * lineHeight <= maxHeight) return { size, lines, truncated: false };
  }
  const measure = (s: string) => measureAt(s, minSize);
  const room = Math.max(1, Math.floor(maxHeight / (minSize * lineHeight)));
  const lines = breakLines(text, measure, maxWidth).slice(0, room);
  lines[room - 1] = withEllipsis(lines[room - 1] ?? '', measure, maxWidth);
  return { size: minSize, lines, truncated: true };
}
