/**
 * The words of a Chinese query, as the search counts them, and the text they
 * are looked for in.
 *
 * The browser's word segmenter (Intl.Segmenter, ICU's dictionary) does not know
 * many Party-work terms: it splits 党费 into 党 | 费, 三会一课 into 三 | 会 | 一课,
 * 转接 into 转 | 接. Counting those single characters as words is what made
 * 量子计算机 match 量力 and 商量. So runs of single characters are joined back
 * into one word, a lone character joins its neighbour, question words and
 * lone function characters are dropped, and a number keeps its unit (1949年).
 */

/** Question and filler words: they say what kind of answer is wanted, not what it is about. */
const QUESTION_WORDS = new Set([
  '怎么',
  '怎样',
  '怎么样',
  '如何',
  '什么',
  '哪些',
  '哪里',
  '哪个',
  '哪儿',
  '为什么',
  '为何',
  '是否',
  '能否',
  '多少',
  '几个',
  '几次',
  '多久',
  '可以',
  '能够',
  '需要',
  '应该',
  '应当',
  '有关',
  '关于',
  '一下',
  '的话',
  '请问',
  '我们',
  '我',
  '你',
  '大家',
]);

/** Single characters that only join words (的, 和…): standing alone between words, they are dropped, not glued to a neighbour. */
export const FUNCTION_CHARACTERS = new Set([...'的了和与及或在是吗呢啊吧把被给对从向到为也就都而之其要能会该']);

/** Units written after a number, kept with it: 1949年, 10月, 50年, 3000元. */
const NUMBER_UNITS = new Set([...'年月日号届次期天周岁元名人个条项']);

const HAN = /\p{Script=Han}/u;
const DIGITS = /^\d+$/;

/** A word of the query: its text, and other spellings any of which counts as the word being present. */
export interface QueryWord {
  text: string;
  /**
   * The text itself first; then other forms that also count as the word:
   * the two-character pieces of a word the segmenter left in single
   * characters (交党费: 交党, 党费), the word without a character glued to it
   * (每月交: 每月). A page with the first form ranks above one with another.
   */
  forms: string[];
}

let segmenter: Intl.Segmenter | undefined;
function segments(text: string): { segment: string; wordLike: boolean }[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(text)].map((s) => ({ segment: s.segment, wordLike: Boolean(s.isWordLike) }));
}

const isSingleHan = (s: string) => [...s].length === 1 && HAN.test(s);

/** Two-character pieces of a word: 交党费 → 交党, 党费. */
function pairs(word: string): string[] {
  const chars = [...word];
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}

/**
 * Words of one run of text without spaces or punctuation, after the segmenter:
 * single characters joined, a lone one glued to its neighbour, numbers with units.
 */
function runWords(parts: string[]): QueryWord[] {
  const words: { text: string; fromSingles: number; bare?: string }[] = [];
  let singles: string[] = [];
  const flushSingles = () => {
    if (singles.length > 0) words.push({ text: singles.join(''), fromSingles: singles.length });
    singles = [];
  };
  for (const part of parts) {
    const previous = words.at(-1);
    if (isSingleHan(part) && singles.length === 0 && previous && DIGITS.test(previous.text) && NUMBER_UNITS.has(part)) {
      previous.text += part;
    } else if (isSingleHan(part)) {
      singles.push(part);
    } else {
      flushSingles();
      words.push({ text: part, fromSingles: 0 });
    }
  }
  flushSingles();
  // A lone character is no word alone: it belongs to the word before it (申请 书) or, first in the run, to the next (党 50年).
  // The word found without the glued character counts too (每月交 is also 每月), ranked below the whole.
  const joined: { text: string; fromSingles: number; bare?: string }[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.fromSingles === 1 && FUNCTION_CHARACTERS.has(word.text)) continue;
    if (word.fromSingles !== 1) {
      joined.push(word);
    } else if (joined.length > 0) {
      const previous = joined.at(-1)!;
      previous.bare ??= previous.text;
      previous.text += word.text;
    } else if (i + 1 < words.length) {
      const next = words[i + 1]!;
      words[i + 1] = { ...next, text: word.text + next.text, bare: next.text } as typeof next;
    } else {
      joined.push(word);
    }
  }
  return joined.map(({ text, fromSingles, bare }) => ({
    text,
    forms: fromSingles >= 3 ? [text, ...pairs(text)] : bare && [...bare].length > 1 ? [text, bare] : [text],
  }));
}

/**
 * The words a page is expected to contain for a query: space-separated parts,
 * each split by Intl.Segmenter('zh') as described above. Question words,
 * function characters and one-character leftovers are not words; a query made
 * only of those is one word, itself.
 */
export function queryWords(query: string): QueryWord[] {
  const words: QueryWord[] = [];
  for (const chunk of query.normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean)) {
    let run: string[] = [];
    const flush = () => {
      words.push(...runWords(run));
      run = [];
    };
    for (const { segment, wordLike } of segments(chunk)) {
      if (!wordLike || QUESTION_WORDS.has(segment)) flush();
      else run.push(segment);
    }
    flush();
  }
  const seen = new Set<string>();
  const kept = words.filter((word) => [...word.text].length > 1 && !seen.has(word.text) && seen.add(word.text));
  if (kept.length > 0) return kept;
  const whole = matchText(query);
  return whole ? [{ text: whole, forms: [whole] }] : [];
}

/**
 * Text as words are looked for in it: full-width forms folded (２０２６ → 2026),
 * lower case, no spaces and no punctuation, so 2026 年 matches 2026年 and
 * “三会一课”制度 matches 三会一课制度.
 */
export function matchText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, '');
}

/**
 * Search keywords for labels shown beside a page (its section, its kind):
 * the labels' words separated by spaces, because Pagefind indexes metadata by
 * spaces only, and 专题征文 as one word would never be found by 征文.
 */
export function indexKeywords(...labels: (string | undefined)[]): string {
  const words = labels
    .filter((label): label is string => Boolean(label))
    .flatMap((label) => queryWords(label).map((word) => word.text));
  return [...new Set(words)].join(' ');
}

/**
 * Attributes of the element holding a page's searchable text: Pagefind indexes
 * it (data-pagefind-body), files the page under its section for the filter
 * menu, and makes the section and other labels searchable as keywords. The
 * section is given as an attribute value, not as hidden text: hidden text is
 * indexed and opened excerpts with cut-off labels ("室 党费…").
 */
export function searchBodyAttributes(section: string, ...labels: (string | undefined)[]): Record<string, string> {
  return {
    'data-pagefind-body': '',
    'data-pagefind-filter': `section:${section}`,
    'data-pagefind-meta': `keywords:${indexKeywords(section, ...labels)}`,
  };
}
