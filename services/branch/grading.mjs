// @ts-check
/**
 * Grading a formal test on the service: the same rules as the site's quiz
 * engine (src/lib/study/quiz.ts) for every question type. The service is its
 * own package, deployed without the site, so it keeps its own copy of these
 * few lines; tests/unit/branch/formal-rules.test.ts runs both over one table
 * of answers and fails the day they grade anything differently.
 */

/**
 * @typedef {'single' | 'multiple' | 'judge' | 'fill'} QuestionType
 * @typedef {{ type: QuestionType, stem: string, options: string[], answer: string[], explanation?: string }} Question
 * @typedef {'right' | 'wrong' | 'unanswered'} Outcome
 */

/** The choices a question offers: 正确/错误 for judge, none for fill. */
export const JUDGE_OPTIONS = Object.freeze(['正确', '错误']);

/** @param {Question} question @returns {string[]} */
export const choicesOf = (question) =>
  question.type === 'judge' ? [...JUDGE_OPTIONS] : question.type === 'fill' ? [] : question.options;

/**
 * Fill-in answers compare loosely: full-width/half-width forms, case, spaces
 * and trailing punctuation do not matter (“一九二一年。” = “一九二一年”).
 * @param {string} text
 */
export const normaliseFill = (text) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[。．.，,、；;！!？?"“”'‘’]+$/u, '');

/** @param {string[] | undefined} response */
const givenOf = (response) => (response ?? []).filter((r) => r.trim() !== '');

/** @param {Question} question @param {string[] | undefined} response @returns {Outcome} */
export function outcomeOf(question, response) {
  const given = givenOf(response);
  if (given.length === 0) return 'unanswered';
  const right = (() => {
    if (question.type === 'fill') {
      const typed = normaliseFill(given.join(''));
      return question.answer.some((variant) => normaliseFill(variant) === typed);
    }
    if (question.type === 'multiple') {
      const chosen = new Set(given);
      return chosen.size === question.answer.length && question.answer.every((a) => chosen.has(a));
    }
    return given.length === 1 && given[0] === question.answer[0];
  })();
  return right ? 'right' : 'wrong';
}

/**
 * The score of one attempt: whole percent rounded down, so 59.9 % never passes a 60 % line.
 * @param {Question[]} questions @param {(string[] | undefined)[]} responses @param {number} passPercent
 */
export function scoreQuiz(questions, responses, passPercent) {
  const outcomes = questions.map((q, i) => outcomeOf(q, responses[i]));
  const correct = outcomes.filter((o) => o === 'right').length;
  const total = questions.length;
  const percent = total === 0 ? 0 : Math.floor((correct * 100) / total);
  return { correct, total, percent, passed: percent >= passPercent, outcomes };
}
