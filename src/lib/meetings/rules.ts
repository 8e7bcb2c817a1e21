/**
 * How often a branch must hold each kind of organisational life: data, each
 * rule with the regulation and article it comes from. A branch whose higher
 * organisation sets stricter rules (党课 every quarter, say) changes `times` or
 * `period` here, not the ledger's code (ledger.ts reads only this list).
 */
import type { MeetingKind } from './kinds';

export type RulePeriod = 'month' | 'quarter' | 'year';

export interface MeetingRule {
  kind: MeetingKind;
  period: RulePeriod;
  /** Held at least this many times in each period. */
  times: number;
  /** true: every 党小组 holds its own (the ledger checks each group that appears in the year's meetings). */
  perGroup?: boolean;
  /** The requirement in words, as the ledger prints it. */
  text: string;
  /** Title of the regulation. */
  source: string;
  /** Article of the regulation. */
  article: string;
}

export const BRANCH_WORK_REGULATION = '《中国共产党支部工作条例（试行）》（2018年）';

export const MEETING_RULES: readonly MeetingRule[] = [
  {
    kind: '党员大会',
    period: 'quarter',
    times: 1,
    text: '党支部党员大会一般每季度召开1次',
    source: BRANCH_WORK_REGULATION,
    article: '第十一条',
  },
  {
    kind: '支委会',
    period: 'month',
    times: 1,
    text: '党支部委员会会议一般每月召开1次',
    source: BRANCH_WORK_REGULATION,
    article: '第十二条',
  },
  {
    kind: '党小组会',
    period: 'month',
    times: 1,
    perGroup: true,
    text: '党小组会一般每月召开1次',
    source: BRANCH_WORK_REGULATION,
    article: '第十三条',
  },
  {
    kind: '主题党日',
    period: 'month',
    times: 1,
    text: '党支部应当每月相对固定1天开展主题党日',
    source: BRANCH_WORK_REGULATION,
    // Read in secondary copies only: the number is to be checked against the official text.
    article: '第十六条（条文序号待与正式文本核对）',
  },
  {
    kind: '党课',
    period: 'year',
    times: 1,
    // The 条例 asks 党员领导干部 to give 党课 regularly and sets no yearly count for a branch: once a year is this
    // site's default, and the branch's superior organisation decides (change `times` or `period`).
    text: '党员领导干部应当定期为基层党员讲党课；党支部每年讲党课的次数以上级党组织要求为准（默认每年至少1次）',
    source: BRANCH_WORK_REGULATION,
    article: '第十五条（“三会一课”；条文序号待与正式文本核对）',
  },
  {
    kind: '组织生活会',
    period: 'year',
    times: 1,
    text: '党支部每年至少召开1次组织生活会，一般安排在第四季度',
    source: BRANCH_WORK_REGULATION,
    article: '第十七条',
  },
  {
    kind: '民主评议会',
    period: 'year',
    times: 1,
    text: '党支部一般每年开展1次民主评议党员',
    source: BRANCH_WORK_REGULATION,
    // The text is confirmed; its number is inferred from the articles before and after it.
    article: '第十八条（按前后条文推定，待核对）',
  },
  {
    kind: '谈心谈话',
    period: 'year',
    times: 1,
    text: '党支部委员之间、委员和党员之间、党员和党员之间每年谈心谈话一般不少于1次',
    source: BRANCH_WORK_REGULATION,
    article: '第十九条',
  },
];
