// @ts-check
/**
 * The rules of a ballot, pure: what a definition must hold, when it is open,
 * what a valid poll answer and a valid 民主评议 are, and the counts. The
 * definitions come from the site's /branch/ballots.json (docs/branch-service.md);
 * the 民主评议 rules inside them come from the site's rules data, with their source.
 */
import { createHash } from 'node:crypto';

/**
 * @typedef {{ id: string, text: string }} BallotOption
 * @typedef {{ id: string, text: string, min: number, max: number, options: BallotOption[] }} BallotQuestion
 * @typedef {{ grades: string[], excellent: string, excellentMaxShare: number, rule: string, source: string }} ReviewRules
 * @typedef {{ id: string, title: string, kind: 'poll' | 'review', opens: string, closes: string,
 *   includeProbationary: boolean, changeable: boolean, questions?: BallotQuestion[], review?: ReviewRules }} BallotDefinition
 * @typedef {{ memberId: string, name: string, accountId: number }} Candidate
 * @typedef {{ receipt: string, answers?: Record<string, string[]>, grades?: Record<string, string>,
 *   fingerprint?: string, changeKeyHash?: string }} Cast
 */

const ISO_BEIJING = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;
const ID = /^[a-z0-9][a-z0-9-]{0,119}$/;

/**
 * What is wrong with one definition, in words an editor can act on (empty when it is fine).
 * @param {any} def @returns {string[]}
 */
export function definitionProblems(def) {
  const name = typeof def?.id === 'string' ? def.id : '（无 id）';
  const problems = [];
  const problem = (/** @type {string} */ text) => problems.push(`投票 ${name}：${text}`);
  if (typeof def?.id !== 'string' || !ID.test(def.id)) problem('id 应是小写字母、数字和连字符');
  if (typeof def?.title !== 'string' || !def.title.trim()) problem('缺少标题');
  if (def?.kind !== 'poll' && def?.kind !== 'review') problem('kind 只能是 poll（投票）或 review（民主评议）');
  for (const key of ['opens', 'closes'])
    if (typeof def?.[key] !== 'string' || !ISO_BEIJING.test(def[key]))
      problem(`${key} 应是北京时间，如 2026-12-01T08:00:00+08:00`);
  if (problems.length === 0 && Date.parse(def.opens) >= Date.parse(def.closes)) problem('截止时间应晚于开始时间');
  if (def?.kind === 'poll') {
    const questions = Array.isArray(def.questions) ? def.questions : [];
    if (questions.length === 0) problem('至少要有一个题目');
    for (const q of questions) {
      const options = Array.isArray(q?.options) ? q.options : [];
      if (options.length < 2) problem(`题目 ${q?.id} 至少要有两个选项`);
      if (
        !Number.isInteger(q?.min) ||
        !Number.isInteger(q?.max) ||
        q.min < 1 ||
        q.max < q.min ||
        q.max > options.length
      )
        problem(`题目 ${q?.id} 的可选个数应满足 1 ≤ 最少 ≤ 最多 ≤ 选项数`);
      if (new Set(options.map((/** @type {any} */ o) => o?.id)).size !== options.length)
        problem(`题目 ${q?.id} 的选项 id 重复`);
    }
  }
  if (def?.kind === 'review') {
    const review = def.review;
    if (!Array.isArray(review?.grades) || review.grades.length < 2) problem('民主评议至少要有两个等次');
    else if (!review.grades.includes(review.excellent)) problem('“优秀”等次应是等次之一');
    if (typeof review?.excellentMaxShare !== 'number' || review.excellentMaxShare <= 0 || review.excellentMaxShare > 1)
      problem('“优秀”比例应在 0 到 1 之间');
  }
  return problems;
}

/** @param {BallotDefinition} def @param {number} now ms @returns {'upcoming' | 'open' | 'closed'} */
export function ballotState(def, now) {
  if (now < Date.parse(def.opens)) return 'upcoming';
  return now < Date.parse(def.closes) ? 'open' : 'closed';
}

/**
 * A poll's answers as the service stores them, or the reason they are not valid.
 * @param {BallotDefinition} def @param {unknown} answers
 * @returns {{ ok: true, answers: Record<string, string[]> } | { ok: false, message: string }}
 */
export function checkAnswers(def, answers) {
  if (typeof answers !== 'object' || answers === null) return { ok: false, message: '没有收到您的选择，请重新选择。' };
  /** @type {Record<string, string[]>} */
  const clean = {};
  for (const question of def.questions ?? []) {
    const chosen = /** @type {Record<string, unknown>} */ (answers)[question.id];
    const ids = Array.isArray(chosen) ? [...new Set(chosen)] : [];
    if (!ids.every((id) => question.options.some((o) => o.id === id)))
      return { ok: false, message: `“${question.text}”的选择不在选项中，请刷新页面后重选。` };
    if (ids.length < question.min || ids.length > question.max) {
      const count = question.min === question.max ? `${question.min} 项` : `${question.min}–${question.max} 项`;
      return { ok: false, message: `“${question.text}”请选择 ${count}。` };
    }
    clean[question.id] = ids.sort();
  }
  const extra = Object.keys(answers).filter((key) => !(def.questions ?? []).some((q) => q.id === key));
  if (extra.length) return { ok: false, message: '选票中有本次投票没有的题目，请刷新页面后重选。' };
  return { ok: true, answers: clean };
}

/**
 * How many 优秀 one voter may give among `graded` members: the share, rounded
 * down. A third written as 0.3333 still allows 10 of 30 and 20 of 60: the share
 * is taken to four decimals (the page counts the same: src/lib/branch/).
 * @param {number} share @param {number} graded
 */
export const excellentLimit = (share, graded) => Math.floor(graded * (share + 0.00005));

/** The candidates a voter grades: everyone but themselves. @param {Candidate[]} candidates @param {string | undefined} voterMemberId */
export const candidatesFor = (candidates, voterMemberId) => candidates.filter((c) => c.memberId !== voterMemberId);

/**
 * A 民主评议 as stored, or the reason it is not valid: every candidate but the
 * voter graded once, with a grade of the rules, 优秀 within the share.
 * @param {ReviewRules} rules @param {Candidate[]} candidates @param {string | undefined} voterMemberId @param {unknown} grades
 * @returns {{ ok: true, grades: Record<string, string> } | { ok: false, message: string }}
 */
export function checkGrades(rules, candidates, voterMemberId, grades) {
  if (typeof grades !== 'object' || grades === null) return { ok: false, message: '没有收到您的评议，请重新评议。' };
  const mine = candidatesFor(candidates, voterMemberId);
  const given = /** @type {Record<string, unknown>} */ (grades);
  const unknown = Object.keys(given).filter((id) => !mine.some((c) => c.memberId === id));
  if (unknown.length)
    return { ok: false, message: '评议中有不在本次评议名单上的人（或您自己），请刷新页面后重新评议。' };
  /** @type {Record<string, string>} */
  const clean = {};
  for (const candidate of mine) {
    const grade = given[candidate.memberId];
    if (typeof grade !== 'string' || !rules.grades.includes(grade))
      return { ok: false, message: `还没有给${candidate.name}评定等次。` };
    clean[candidate.memberId] = grade;
  }
  const limit = excellentLimit(rules.excellentMaxShare, mine.length);
  const excellent = Object.values(clean).filter((g) => g === rules.excellent).length;
  if (excellent > limit)
    return { ok: false, message: `“${rules.excellent}”最多评 ${limit} 人（${rules.rule}），您评了 ${excellent} 人。` };
  return { ok: true, grades: clean };
}

/**
 * The fingerprint a voter checks a 民主评议 receipt with: SHA-256 of the salt and
 * the grades, one "id=grade" line per member in id order; first 16 hex digits.
 * The page computes the same (src/lib/branch/).
 * @param {string} salt @param {Record<string, string>} grades
 */
export function reviewFingerprint(salt, grades) {
  const lines = Object.keys(grades)
    .sort()
    .map((id) => `${id}=${grades[id]}`);
  return createHash('sha256')
    .update([salt, ...lines].join('\n'))
    .digest('hex')
    .slice(0, 16);
}

/** @param {Record<string, string>} grades @param {string[]} gradeNames */
const gradeCounts = (grades, gradeNames) =>
  Object.fromEntries(gradeNames.map((g) => [g, Object.values(grades).filter((x) => x === g).length]));

/**
 * The published results: counts, and every receipt with what it holds (a
 * poll: the choices; a 民主评议: how many of each grade and the fingerprint,
 * never whom it graded what).
 * @param {BallotDefinition} def @param {Cast[]} casts @param {number} eligible
 */
export function publicResults(def, casts, eligible) {
  const sorted = [...casts].sort((a, b) => a.receipt.localeCompare(b.receipt));
  if (def.kind === 'review') {
    const grades = def.review?.grades ?? [];
    const receipts = sorted.map((c) => ({
      receipt: c.receipt,
      counts: gradeCounts(c.grades ?? {}, grades),
      fingerprint: c.fingerprint,
    }));
    const totals = Object.fromEntries(grades.map((g) => [g, receipts.reduce((sum, r) => sum + (r.counts[g] ?? 0), 0)]));
    return { kind: def.kind, cast: casts.length, eligible, totals, receipts };
  }
  /** @type {Record<string, Record<string, number>>} */
  const tallies = {};
  for (const question of def.questions ?? []) {
    tallies[question.id] = Object.fromEntries(question.options.map((o) => [o.id, 0]));
    for (const cast of casts)
      for (const id of cast.answers?.[question.id] ?? [])
        tallies[question.id][id] = (tallies[question.id][id] ?? 0) + 1;
  }
  return {
    kind: def.kind,
    cast: casts.length,
    eligible,
    tallies,
    receipts: sorted.map((c) => ({ receipt: c.receipt, answers: c.answers })),
  };
}

/**
 * The secretary's 民主评议 report: each member's grades, in the candidates' order.
 * @param {ReviewRules} rules @param {Candidate[]} candidates @param {Cast[]} casts
 */
export function reviewReport(rules, candidates, casts) {
  return candidates.map((candidate) => {
    const counts = Object.fromEntries(rules.grades.map((g) => [g, 0]));
    for (const cast of casts) {
      const grade = cast.grades?.[candidate.memberId];
      if (grade !== undefined) counts[grade] = (counts[grade] ?? 0) + 1;
    }
    const graded = Object.values(counts).reduce((a, b) => a + b, 0);
    return { memberId: candidate.memberId, name: candidate.name, graded, counts };
  });
}
