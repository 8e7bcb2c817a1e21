// @ts-check
/**
 * The rules of a formal test (正式考试), pure: what a definition from the
 * private answer key must hold, a member's paper (the questions of one attempt,
 * without answers), what a valid set of answers is, the grade, the review and
 * the public counts. Grading is grading.mjs: the site's quiz engine's rules,
 * so a self-study quiz and a formal test grade every question type alike.
 */
import { randomInt } from 'node:crypto';
import { choicesOf, outcomeOf, scoreQuiz } from './grading.mjs';

/**
 * @typedef {import('./grading.mjs').Question} Question
 * @typedef {{ id: string, title: string, kind: 'test' | 'contest' | 'daily', passPercent: number,
 *   timeLimitMinutes?: number, attempts: number, shuffle: boolean, drawCount?: number,
 *   questions: Question[] }} FormalTest
 * @typedef {{ index: number, choices: string[] }} PaperItem
 */

/** The longest fill-in answer, in characters: a phrase, never an essay. */
export const FILL_MAX_CHARS = 200;

/** Seconds a submission may arrive after the deadline and still count: the page submits at zero, the network takes time. */
export const GRACE_SECONDS = 60;

const ID = /^[a-z0-9][a-z0-9-]{0,119}$/;
const TYPES = ['single', 'multiple', 'judge', 'fill'];

/**
 * What is wrong with one definition, for the log (empty when it is fine).
 * @param {any} def @returns {string[]}
 */
export function formalTestProblems(def) {
  const name = typeof def?.id === 'string' ? def.id : '（无 id）';
  const problems = [];
  const problem = (/** @type {string} */ text) => problems.push(`正式考试 ${name}：${text}`);
  if (typeof def?.id !== 'string' || !ID.test(def.id)) problem('id 应是小写字母、数字和连字符');
  if (typeof def?.title !== 'string' || !def.title.trim()) problem('缺少标题');
  if (!Number.isInteger(def?.attempts) || def.attempts < 1) problem('允许作答次数应是正整数');
  if (typeof def?.passPercent !== 'number') problem('缺少及格线');
  const questions = Array.isArray(def?.questions) ? def.questions : [];
  if (questions.length === 0) problem('至少要有一道题');
  questions.forEach((/** @type {any} */ q, i) => {
    if (!TYPES.includes(q?.type) || !Array.isArray(q?.answer) || q.answer.length === 0)
      problem(`第 ${i + 1} 题缺少题型或答案`);
  });
  return problems;
}

/** @template T @param {T[]} list @returns {T[]} a new list in random order */
function shuffled(list) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * One attempt's paper, drawn with the server's randomness (the page's seeded
 * papers, src/lib/study/quiz-paper.ts, are for self-study): a test asks every
 * question, in random order when it shuffles; a contest draws `drawCount`;
 * options are shuffled likewise, 正确/错误 stay in their order.
 * @param {FormalTest} def @returns {PaperItem[]}
 */
export function makeFormalPaper(def) {
  const all = [...def.questions.keys()];
  const drawn = def.kind === 'test' ? all : shuffled(all).slice(0, Math.min(all.length, def.drawCount ?? all.length));
  const order = def.kind === 'test' && !def.shuffle ? drawn : shuffled(drawn);
  const mixOptions = def.shuffle || def.kind !== 'test';
  return order.map((index) => {
    const question = /** @type {Question} */ (def.questions[index]);
    const choices = choicesOf(question);
    return { index, choices: mixOptions && question.type !== 'judge' ? shuffled(choices) : choices };
  });
}

/**
 * The paper as the member's page gets it: stems and choices, never answers or explanations.
 * @param {FormalTest} def @param {PaperItem[]} paper
 */
export const publicPaper = (def, paper) =>
  paper.map(({ index, choices }) => {
    const question = /** @type {Question} */ (def.questions[index]);
    return { type: question.type, stem: question.stem, choices };
  });

/**
 * The answers as stored, one list per question of the paper, or the reason they are not valid.
 * @param {FormalTest} def @param {PaperItem[]} paper @param {unknown} answers
 * @returns {{ ok: true, answers: string[][] } | { ok: false, status: number, message: string }}
 */
export function checkFormalAnswers(def, paper, answers) {
  if (!Array.isArray(answers) || answers.length !== paper.length)
    return { ok: false, status: 400, message: '答卷和试卷的题数对不上，请刷新页面后再交卷。' };
  /** @type {string[][]} */
  const clean = [];
  for (let i = 0; i < paper.length; i += 1) {
    const item = /** @type {PaperItem} */ (paper[i]);
    const given = answers[i];
    if (!Array.isArray(given) || !given.every((a) => typeof a === 'string'))
      return { ok: false, status: 400, message: `第 ${i + 1} 题的答案无法读取，请刷新页面后再交卷。` };
    const question = /** @type {Question} */ (def.questions[item.index]);
    if (question.type === 'fill') {
      const text = given.join('');
      if ([...text].length > FILL_MAX_CHARS)
        return { ok: false, status: 413, message: `第 ${i + 1} 题的答案太长，最多 ${FILL_MAX_CHARS} 个字。` };
      clean.push([text]);
      continue;
    }
    const chosen = [...new Set(given)];
    if (!chosen.every((c) => item.choices.includes(c)))
      return { ok: false, status: 400, message: `第 ${i + 1} 题的选择不在选项中，请刷新页面后再交卷。` };
    if (question.type !== 'multiple' && chosen.length > 1)
      return { ok: false, status: 400, message: `第 ${i + 1} 题只能选一项。` };
    clean.push(chosen);
  }
  return { ok: true, answers: clean };
}

/**
 * The grade of one attempt: the quiz engine's score of the paper's questions.
 * @param {FormalTest} def @param {PaperItem[]} paper @param {string[][]} answers
 */
export function gradeAttempt(def, paper, answers) {
  const questions = paper.map(({ index }) => /** @type {Question} */ (def.questions[index]));
  const { correct, total, percent, passed } = scoreQuiz(questions, answers, def.passPercent);
  return { correct, total, percent, passed };
}

/**
 * What the member sees after submitting: per question their answer, the right
 * answer (every accepted variant of a fill-in) and the explanation.
 * @param {FormalTest} def @param {PaperItem[]} paper @param {string[][]} answers
 */
export const reviewOf = (def, paper, answers) =>
  paper.map(({ index, choices }, i) => {
    const question = /** @type {Question} */ (def.questions[index]);
    const given = answers[i] ?? [];
    return {
      type: question.type,
      stem: question.stem,
      choices,
      given: given.some((g) => g.trim() !== '') ? given : [],
      answer: question.answer,
      outcome: outcomeOf(question, given),
      ...(question.explanation ? { explanation: question.explanation } : {}),
    };
  });

/** The bands of the public distribution: whole percent, lower bound included. */
export const SCORE_BANDS = Object.freeze([
  { label: '0–59', from: 0 },
  { label: '60–69', from: 60 },
  { label: '70–79', from: 70 },
  { label: '80–89', from: 80 },
  { label: '90–100', from: 90 },
]);

/**
 * The public figures of a test: how many members took part and passed, and
 * how the best scores spread over the bands. Each member counts once (their
 * best attempt), so the figures never rank or name anyone.
 * @param {{ percent: number, passed: boolean }[]} bestPerMember
 */
export function publicStats(bestPerMember) {
  const bands = SCORE_BANDS.map((band, i) => {
    const to = SCORE_BANDS[i + 1]?.from ?? 101;
    return { band: band.label, members: bestPerMember.filter((m) => m.percent >= band.from && m.percent < to).length };
  });
  return {
    members: bestPerMember.length,
    passed: bestPerMember.filter((m) => m.passed).length,
    distribution: bands,
  };
}
