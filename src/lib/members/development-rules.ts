/**
 * The intervals of 发展党员 as data: each rule names the steps it links, the
 * interval, and where it is written (regulation and article), so a branch whose
 * higher level sets a stricter rule changes a number here, not the code
 * (development.ts reads these rules and nothing else).
 *
 * Steps are the dated fields of an archive's `development` record
 * (src/model/collections.ts), in the order the procedure takes them.
 */

/** The dated steps of the five stages, in procedural order. */
export const DEVELOPMENT_STEPS = [
  'applied',
  'talked',
  'activist',
  'contacts',
  'reviews',
  'candidate',
  'politicalReview',
  'training',
  'admitted',
  'approved',
  'oath',
  'confirmed',
] as const;
export type DevelopmentStep = (typeof DEVELOPMENT_STEPS)[number];

export interface RuleSource {
  /** Title of the regulation, e.g. 中国共产党发展党员工作细则. */
  title: string;
  /** 第七条 … */
  article: string;
}

const RULES_2014: RuleSource['title'] = '中国共产党发展党员工作细则';
const CONSTITUTION: RuleSource['title'] = '中国共产党章程';

interface RuleBase {
  id: string;
  /** What has to be done, as the list shows it. */
  task: string;
  /** The rule in a sentence, as the help page and the report explain it. */
  text: string;
  source: RuleSource;
  /** The step the rule asks for. */
  step: DevelopmentStep;
  /** The step whose date starts the interval. */
  from: DevelopmentStep;
  /** Once this step is recorded the rule asks nothing more (the procedure has moved on). */
  until?: DevelopmentStep;
}

/** `step` is due once `from` is recorded: within `months` (none: 及时, no fixed day), never past `limitMonths`. */
export interface DeadlineRule extends RuleBase {
  kind: 'deadline';
  months?: number;
  limitMonths?: number;
  /** The archive field holding months added to the interval (延长预备期). */
  extendedBy?: 'extensionMonths';
}

/** `step` may not come before `months` after `from` (一年以上培养教育和考察). */
export interface EarliestRule extends RuleBase {
  kind: 'earliest';
  months: number;
}

/** `step` (a list of dates) recurs every `months` from `from` until `until` is recorded. */
export interface PeriodicRule extends RuleBase {
  kind: 'periodic';
  months: number;
  until: DevelopmentStep;
}

/** `step` is done before `before`, and lasts at least `minimum` (days or class hours). */
export interface BeforeRule extends RuleBase {
  kind: 'before';
  before: DevelopmentStep;
  minimum?: { days: number; hours: number };
}

export type DevelopmentRule = DeadlineRule | EarliestRule | PeriodicRule | BeforeRule;

export const DEVELOPMENT_RULES: readonly DevelopmentRule[] = [
  {
    id: 'talk',
    kind: 'deadline',
    task: '派人同入党申请人谈话',
    text: '党组织收到入党申请书后，应当在一个月内派人同入党申请人谈话。',
    source: { title: RULES_2014, article: '第七条' },
    step: 'talked',
    from: 'applied',
    until: 'activist',
    months: 1,
  },
  {
    id: 'contacts',
    kind: 'deadline',
    task: '指定培养联系人',
    text: '党组织应当指定一至两名正式党员作入党积极分子的培养联系人。',
    source: { title: RULES_2014, article: '第十条' },
    step: 'contacts',
    from: 'activist',
    until: 'candidate',
  },
  {
    id: 'review',
    kind: 'periodic',
    task: '对入党积极分子进行半年一次的考察',
    text: '党支部每半年对入党积极分子进行一次考察。',
    source: { title: RULES_2014, article: '第十一条' },
    step: 'reviews',
    from: 'activist',
    until: 'candidate',
    months: 6,
  },
  {
    id: 'candidate',
    kind: 'earliest',
    task: '讨论能否列为发展对象',
    text: '经过一年以上培养教育和考察、基本具备党员条件的入党积极分子，可列为发展对象。',
    source: { title: RULES_2014, article: '第十三条' },
    step: 'candidate',
    from: 'activist',
    months: 12,
  },
  {
    id: 'political-review',
    kind: 'before',
    task: '对发展对象进行政治审查',
    text: '发展对象须经政治审查；未经政治审查或政治审查不合格的，不能发展入党。',
    source: { title: RULES_2014, article: '第十六条' },
    step: 'politicalReview',
    from: 'candidate',
    before: 'admitted',
  },
  {
    id: 'training',
    kind: 'before',
    task: '参加短期集中培训',
    text: '对发展对象进行短期集中培训，时间一般不少于三天（或不少于二十四个学时）；未经培训的，一般不能发展入党。',
    source: { title: RULES_2014, article: '第十八条' },
    step: 'training',
    from: 'candidate',
    before: 'admitted',
    minimum: { days: 3, hours: 24 },
  },
  {
    id: 'approval',
    kind: 'deadline',
    task: '上级党委审批',
    text: '上级党委审批发展党员，应当在三个月内审批；因特殊原因可适当延长，但不得超过六个月。',
    source: { title: RULES_2014, article: '第二十五条' },
    step: 'approved',
    from: 'admitted',
    until: 'oath',
    months: 3,
    limitMonths: 6,
  },
  {
    id: 'oath',
    kind: 'deadline',
    task: '组织入党宣誓',
    text: '预备党员必须面向党旗进行入党宣誓。',
    source: { title: CONSTITUTION, article: '第六条' },
    step: 'oath',
    from: 'approved',
    until: 'confirmed',
  },
  {
    id: 'confirm',
    kind: 'deadline',
    task: '预备期满，支部大会讨论能否转为正式党员',
    text: '预备期为一年，从支部大会通过其为预备党员之日算起；需要继续考察的，可延长一次预备期，不少于半年、最长不超过一年。',
    source: { title: RULES_2014, article: '第三十二条' },
    step: 'confirmed',
    from: 'admitted',
    months: 12,
    extendedBy: 'extensionMonths',
  },
];

/** 延长预备期: the bounds the archive form enforces (第三十二条). */
export const PROBATION_EXTENSION = {
  minMonths: 6,
  maxMonths: 12,
  source: { title: RULES_2014, article: '第三十二条' },
};
