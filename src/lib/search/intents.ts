/**
 * What kind of answer a question asks for. Members type questions
 * (怎么写思想汇报, 预备党员多久转正, 入党誓词全文), not keywords: the question words
 * say what kind of page answers, not what the page is about. So they are taken
 * out of the words a page must contain and used to prefer pages of that kind.
 *
 * The table is data: a question word, a section or a title mark is added here,
 * never in the ranking code. It names kinds of pages and sentences, never pages.
 */

/** What a question wants. */
export type IntentId = 'howto' | 'rule' | 'fulltext' | 'define' | 'why' | 'which' | 'when' | 'where' | 'who';

export interface Intent {
  id: IntentId;
  /** Question words that ask for it, as members type them (the longest is matched first). */
  cues: string[];
  /**
   * An answering sentence holds the question's words and matches this
   * (a number with a unit for 多久, "X是…" for 是什么). Written as a RegExp source;
   * `{word}` stands for any of the question's words.
   */
  answer?: string;
  /** Words in a page's title that mark a page of this kind (怎样, 指南 for how-to). */
  titleMarks?: string[];
  /** Sections whose pages are of this kind. */
  sections?: string[];
  /** Sections whose pages are not: 每日一学 cards paraphrase, they never hold a full text. */
  avoidSections?: string[];
  /** Words that ask for it too but stay words a page must contain: 入党誓词 asks for the oath's text. */
  hints?: string[];
}

/** Digits and Chinese numerals, for rules stated with numbers (一年, 六个月, 三人以上, 百分之二). */
const NUMBER = '[0-9０-９一二两三四五六七八九十百千万半]+';

export const INTENTS: Intent[] = [
  {
    id: 'howto',
    cues: [
      // A one-character verb goes with its question word: left alone it would be glued to the next word (写思想汇报).
      '怎么写',
      '怎么办',
      '咋办',
      '怎么交',
      '怎么开',
      '怎么搞',
      '怎么弄',
      '怎么做',
      '怎么算',
      '怎么学',
      '怎么转',
      '怎么评',
      '怎么提',
      '怎么用',
      '怎么记',
      '怎么读',
      '怎么听',
      '怎么过',
      '怎么帮',
      '怎么给',
      '怎样',
      '如何',
      '怎么',
      '咋写',
      '咋交',
      '咋开',
      '咋',
    ],
    answer: '(步骤|首先|先|然后|再|最后|可以|应当|要|建议|办法|方式|一般)',
    titleMarks: [
      '怎么',
      '怎样',
      '如何',
      '指南',
      '手册',
      '方法',
      '步骤',
      '流程',
      '要求',
      '要点',
      '问答',
      '模板',
      '讲清楚',
      '提醒',
      '请看这里',
      '注意事项',
    ],
    sections: ['网上党校', '电子图书室', '网上视听室', '多媒体课件'],
  },
  {
    id: 'rule',
    cues: [
      '多长时间',
      '多久一次',
      '多久',
      '几个月',
      '几年',
      '几岁',
      '几次',
      '几项',
      '几种',
      '几名',
      '几个',
      '多少钱',
      '多少',
      '多大',
      '开一次',
      '上一次',
      '搞一次',
      '一次',
      '会怎样',
      '最多',
    ],
    answer: `(${NUMBER}(个)?(年|月|季度|天|日|周|小时|学时|次|名|人|项|种|岁|元|字)|每(年|月|季度|周|半年)|百分之|不少于|不超过|至少|以上|以下|以内|为期)`,
    titleMarks: ['标准', '程序', '要求', '频次', '规定', '制度', '注意事项'],
    sections: ['网上党校', '每日一学'],
  },
  {
    id: 'fulltext',
    cues: ['全文', '原文', '完整版', '完整', '全部内容'],
    hints: ['誓词'],
    avoidSections: ['每日一学'],
  },
  {
    id: 'define',
    cues: [
      '是什么意思',
      '什么意思',
      '指的是什么',
      '指什么',
      '是什么',
      '什么是',
      '什么叫',
      '是啥',
      '啥是',
      '怎么回事',
      '什么样子',
      '什么样',
      '讲了什么',
      '讲的什么',
      '的内涵',
    ],
    answer: '{word}[^。！？；]{0,8}?(是|指|即|就是|包括|分为|为|确立|确定|提出)',
    titleMarks: ['是什么', '什么是', '了解', '内涵', '基本原则'],
    sections: ['网上党校', '每日一学'],
  },
  {
    id: 'why',
    cues: ['为什么', '为何', '为啥', '为什么说'],
    answer: '(因为|由于|所以|因此|意义|是党员的义务|转折点|纪念)',
  },
  {
    id: 'which',
    cues: ['有哪些', '哪些', '哪几个', '哪几', '有什么', '要注意'],
    answer: '(、|包括|分别|主要有|以下)',
  },
  {
    id: 'when',
    cues: ['什么时候', '哪一年', '哪年', '哪天', '几月几号', '何时'],
    answer: `(${NUMBER}年|${NUMBER}月|${NUMBER}日)`,
  },
  {
    id: 'where',
    cues: ['在哪里', '在哪儿', '在哪', '去哪里', '去哪儿', '哪里'],
    answer: '(在|到|赴).{1,10}(召开|举行|开展|参观)',
  },
  {
    id: 'who',
    cues: ['是谁', '找谁', '谁负责', '谁'],
    answer: '(职务|负责|书记|委员)',
  },
];

/**
 * One-character verbs of a question (党费交多少, 几岁能入党): next to a question
 * word they go with it, or they would be glued to the word beside them (党费交).
 */
export const QUESTION_VERBS = [...'交写开算学转评提用记读听过帮给搞弄做上办'];

/** Spoken fillers that ask for no kind of answer and are no word a page must contain (才好, 一下). */
export const FILLERS = ['才好', '才行', '一下', '的话', '请问', '能不能', '可不可以', '要不要', '是不是', '内容'];

/** A question read for its intent: the text left for words, and what kinds of answer it asks for. */
export interface Question {
  /** The query with its question words replaced by spaces, for queryWords(). */
  content: string;
  intents: Intent[];
}

/**
 * The question words of `query`, longest first, each replaced by a space so
 * the words around it stay apart (党费怎么交 → 党费). When nothing but
 * question words is left, the query is kept as typed: it is about them.
 */
export function readQuestion(
  query: string,
  table: Intent[] = INTENTS,
  fillers: string[] = FILLERS,
  verbs: string[] = QUESTION_VERBS,
): Question {
  const cues = [
    ...table.flatMap((intent) => intent.cues.map((cue) => ({ cue, intent: intent as Intent | undefined }))),
    ...fillers.map((cue) => ({ cue, intent: undefined })),
  ];
  // Every occurrence of every cue is taken out, overlapping ones too: 党徽是什么样的 holds 是什么 and 什么样.
  const chars = [...query];
  const taken = new Array<boolean>(chars.length).fill(false);
  const found = new Set<Intent>();
  for (const { cue, intent } of cues) {
    const length = [...cue].length;
    for (let i = 0; i + length <= chars.length; i++) {
      if (chars.slice(i, i + length).join('') !== cue) continue;
      taken.fill(true, i, i + length);
      if (intent) found.add(intent);
    }
  }
  // A question's one-character verb goes with the question word it touches, unless that would leave
  // one character alone on its other side: 党费交多少 → 党费, but 多久转正 keeps 转正.
  const free = (i: number) => i >= 0 && i < chars.length && !taken[i] && /[\p{L}\p{N}]/u.test(chars[i]!);
  for (let i = 0; i < chars.length; i++) {
    if (taken[i] || !verbs.includes(chars[i]!)) continue;
    const step = taken[i - 1] ? 1 : taken[i + 1] ? -1 : 0;
    if (step === 0) continue;
    let rest = 0;
    for (let k = i + step; free(k); k += step) rest += 1;
    if (rest !== 1) taken[i] = true;
  }
  const content = chars
    .map((c, i) => (taken[i] ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  if (!/[\p{L}\p{N}]/u.test(content)) return { content: query, intents: [] };
  for (const intent of table) if (intent.hints?.some((hint) => content.includes(hint))) found.add(intent);
  return { content, intents: table.filter((intent) => found.has(intent)) };
}

/** Sentences of a text: cut after 。！？；, kept with their end. */
export function sentences(text: string): string[] {
  return (
    text
      .match(/[^。！？；!?;]+[。！？；!?;]?/gu)
      ?.map((s) => s.trim())
      .filter(Boolean) ?? []
  );
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The answer pattern of an intent for the question's words (their forms as `{word}`). */
function answerPattern(intent: Intent, forms: string[]): RegExp | undefined {
  if (!intent.answer) return undefined;
  const words = forms.length > 0 ? forms.map(escapeRegExp).join('|') : '(?!)';
  return new RegExp(intent.answer.replaceAll('{word}', `(?:${words})`), 'u');
}

export interface PageForIntent {
  title: string;
  section?: string;
  /** The page's text as read (readableText of its indexed content). */
  text: string;
}

export interface IntentFit {
  /** How well the page is the kind of page asked for: higher is better, 0 when nothing speaks for or against it. */
  score: number;
  /** The page is of a kind the question does not want (a card for 全文, a member's report for 怎么写). */
  avoided: boolean;
  /** The sentence that answers the question, when the page has one. */
  sentence?: string;
}

/**
 * How well a page fits what the question asks for: the best sentence that
 * holds the most of the question's words and states the kind of answer
 * (a number for 多久, a definition for 是什么), the title marks and the section.
 * `wordForms` are the question's words, each with its forms; `present`
 * tells whether a text holds a word (search's own matching).
 */
export function intentFit(
  page: PageForIntent,
  intents: Intent[],
  wordForms: string[][],
  present: (text: string, forms: string[]) => boolean,
): IntentFit {
  if (intents.length === 0) return { score: 0, avoided: false };
  const all = wordForms.flat();
  // A page's title is the context of each of its sentences: under 三会一课, "支部党员大会一般每季度召开一次" answers 三会一课多久开一次.
  const inTitle = wordForms.map((forms) => present(page.title, forms));
  const candidates = sentences(page.text).map((s) => ({ s, has: wordForms.map((forms) => present(s, forms)) }));
  let best: IntentFit | undefined;
  for (const intent of intents) {
    let score = 0;
    let sentence: string | undefined;
    const pattern = answerPattern(intent, all);
    if (pattern) {
      // The sentence with the most of the question's words (its own, then the title's) that states the answer.
      let bestShare = 0;
      let bestOwn = 0;
      for (const { s, has } of candidates) {
        const own = has.filter(Boolean).length;
        if (own === 0 && !inTitle.some(Boolean)) continue;
        if (!pattern.test(s)) continue;
        const share = has.filter((h, i) => h || inTitle[i]).length / wordForms.length;
        if (share > bestShare || (share === bestShare && own > bestOwn)) {
          bestShare = share;
          bestOwn = own;
          sentence = own > 0 ? s : sentence;
        }
      }
      score += bestShare;
    }
    if (intent.titleMarks?.some((mark) => page.title.includes(mark))) score += 0.5;
    if (page.section && intent.sections?.includes(page.section)) score += 0.5;
    if (!best || score > best.score) best = { score, sentence, avoided: false };
  }
  // Avoided when any kind asked for rules the page out: a card never holds the full text, whatever else is asked.
  const avoided = intents.some((intent) => page.section && intent.avoidSections?.includes(page.section));
  return { score: best?.score ?? 0, sentence: best?.sentence, avoided };
}
