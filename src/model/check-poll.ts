/**
 * Consistency of a poll beyond its fields' schemas: what its way of being held
 * needs (options, a GitHub discussion, a ballot), a ballot's questions and
 * limits, and its times in order. Run by the build's content guard and by the
 * CMS before saving (check-entry.ts); each message says the field and the fix.
 */
import type { ContentProblem } from './content-problem';
import { BALLOT_CHOICES, BALLOT_KINDS, POLL_METHODS } from './collections';
import { findSlug } from './fields';

export const pollMessages = {
  fewOptions: '至少填 2 个选项：GitHub 讨论投票和会上表决要列出选项 / list at least 2 options',
  noDiscussion:
    '表决方式是“GitHub 讨论投票”，请填写“GitHub 讨论编号”，或改选其他表决方式 / a GitHub poll needs its discussion number',
  noBallot:
    '表决方式是“支部服务无记名投票”，请填写“无记名投票”（类型、开始和截止时刻、题目）/ a ballot needs its ballot fields',
  noQuestions: '类型是“投票”，至少要有一道题 / a poll ballot needs at least one question',
  reviewQuestions:
    '类型是“民主评议”，不填题目（评议对象和等次由花名册和评议规则决定）：请删除题目 / a review has no questions',
  duplicateOption: (n: number, option: string) =>
    `第 ${n} 题的选项“${option}”重复：请删除或改写 / question ${n} repeats an option`,
  singleLimits: (n: number) =>
    `第 ${n} 题是单选，不填“至少选几项”“至多选几项”（都是 1）：请清空，或改为多选 / question ${n} is single choice: clear min and max`,
  minAboveMax: (n: number) =>
    `第 ${n} 题“至少选几项”大于“至多选几项”：请改小至少、或改大至多 / question ${n}: min is above max`,
  maxAboveOptions: (n: number, count: number) =>
    `第 ${n} 题最多可选的个数超过了它的 ${count} 个选项：请改小“至多选几项”或“至少选几项” / question ${n}: a limit exceeds its ${count} options`,
  closesBeforeOpens: '截止时间早于开始时间：请检查截止日期和“截止时刻” / the ballot closes before it opens',
} as const;

type Raw = Record<string, unknown>;
const record = (value: unknown): Raw | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Raw) : undefined;
const texts = (value: unknown) =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').map((v) => v.trim()) : [];

/** The poll's method: the field, or as before the field existed (a GitHub discussion number, else the meeting). */
export function pollMethodOf(data: { method?: unknown; discussion?: unknown }): 'github' | 'ballot' | 'meeting' {
  return findSlug(POLL_METHODS, data.method) ?? (typeof data.discussion === 'number' ? 'github' : 'meeting');
}

function questionProblems(question: Raw, n: number): { field: string; message: string }[] {
  const m = pollMessages;
  const at = (key: string) => `ballot.questions.${n - 1}.${key}`;
  const problems: { field: string; message: string }[] = [];
  const options = texts(question.options);
  const seen = new Set<string>();
  for (const option of options) {
    if (seen.has(option)) problems.push({ field: at('options'), message: m.duplicateOption(n, option) });
    seen.add(option);
  }
  const { min, max } = question;
  if (findSlug(BALLOT_CHOICES, question.choice ?? '单选') === 'single') {
    if (min !== undefined || max !== undefined) problems.push({ field: at('max'), message: m.singleLimits(n) });
    return problems;
  }
  const low = typeof min === 'number' ? min : 1;
  const high = typeof max === 'number' ? max : options.length;
  if (low > high) problems.push({ field: at('min'), message: m.minAboveMax(n) });
  else if (options.length >= 2 && high > options.length)
    problems.push({ field: at('max'), message: m.maxAboveOptions(n, options.length) });
  return problems;
}

/** Problems of one poll file's data (already parsed); schema errors are reported elsewhere. */
export function checkPoll(file: string, data: unknown): ContentProblem[] {
  const poll = record(data);
  if (!poll) return [];
  const m = pollMessages;
  const problems: ContentProblem[] = [];
  const method = pollMethodOf(poll);
  const ballot = record(poll.ballot);
  if (method !== 'ballot' && texts(poll.options).length < 2)
    problems.push({ file, field: 'options', message: m.fewOptions });
  if (method === 'github' && poll.discussion === undefined)
    problems.push({ file, field: 'discussion', message: m.noDiscussion });
  // The CMS fills a new entry's 无记名投票 with its defaults whatever the method: only a ballot reads them.
  if (method !== 'ballot') return problems;
  if (!ballot) return [...problems, { file, field: 'ballot', message: m.noBallot }];
  const questions = Array.isArray(ballot.questions) ? ballot.questions : [];
  const kind = findSlug(BALLOT_KINDS, ballot.kind ?? '投票');
  if (kind === 'poll' && questions.length === 0)
    problems.push({ file, field: 'ballot.questions', message: m.noQuestions });
  if (kind === 'review' && questions.length > 0)
    problems.push({ file, field: 'ballot.questions', message: m.reviewQuestions });
  if (kind === 'poll')
    questions.forEach((q, i) => {
      const question = record(q);
      if (question) problems.push(...questionProblems(question, i + 1).map((p) => ({ file, ...p })));
    });
  const opens = `${String(poll.opens)}T${String(ballot.opensAt ?? '08:00')}`;
  const closes = `${String(poll.closes)}T${String(ballot.closesAt ?? '20:00')}`;
  if (typeof poll.opens === 'string' && typeof poll.closes === 'string' && closes <= opens)
    problems.push({ file, field: 'ballot.closesAt', message: m.closesBeforeOpens });
  return problems;
}
