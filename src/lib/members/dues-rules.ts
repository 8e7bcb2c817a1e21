/**
 * 党费 as data: the brackets and fixed amounts of 中组发〔2008〕3号, with the part
 * of the document each comes from, and the branch's early warning on arrears.
 * dues.ts computes from these and nothing else; the public calculator imports
 * this file into the browser, so it holds no strings from src/i18n/.
 */

export const DUES_DOCUMENT = '关于中国共产党党费收缴、使用和管理的规定（中组发〔2008〕3号）';

/** A bracket: the rate (percent) for a base up to and including `upTo` yuan; no `upTo`: everything above. */
export interface DuesBracket {
  upTo?: number;
  percent: number;
}

/** The kinds of member the document sets a rule for, with the ASCII key the page and the archive use. */
export const DUES_KINDS = ['employed', 'retired', 'minimum', 'farmer'] as const;
export type DuesKind = (typeof DUES_KINDS)[number];

interface KindRule {
  /** The part of the document. */
  part: string;
}
export interface PercentRule extends KindRule {
  brackets: readonly DuesBracket[];
}
export interface FixedRule extends KindRule {
  /** Yuan per month. */
  amount: number;
}
export interface RangeRule extends KindRule {
  /** Yuan per month: the branch sets the amount within these bounds. */
  min: number;
  max: number;
}

export const DUES_RULES = {
  /** 在职党员: monthly regular wage income after tax (税后). */
  employed: {
    part: '一（一）1',
    brackets: [{ upTo: 3000, percent: 0.5 }, { upTo: 5000, percent: 1 }, { upTo: 10000, percent: 1.5 }, { percent: 2 }],
  },
  /** 离退休党员: monthly pension. */
  retired: {
    part: '一（一）2',
    brackets: [{ upTo: 5000, percent: 0.5 }, { percent: 1 }],
  },
  /** 学生党员、下岗失业的党员、依靠抚恤或救济生活的党员、领取当地最低生活保障金的党员. */
  minimum: { part: '一（一）4', amount: 0.2 },
  /** 农民党员: the branch's amount within the range (src/settings.yml `dues.farmerAmount`). */
  farmer: { part: '一（一）3', min: 0.2, max: 1 },
} as const satisfies {
  employed: PercentRule;
  retired: PercentRule;
  minimum: FixedRule;
  farmer: RangeRule;
};

/**
 * Arrears: 党章 第九条 treats six months in a row unpaid without good reason as
 * leaving the Party; the branch is warned at `warnMonths`, well before that.
 */
export const ARREARS_RULE = {
  warnMonths: 3,
  lapseMonths: 6,
  source: { title: '中国共产党章程', article: '第九条' },
} as const;
