/**
 * The quiz engine's pure core: question types, scoring of every type and the
 * reduction of a whole attempt to a score. Answers are option texts (not
 * indexes), so shuffling options never changes which answer is right.
 */

export type QuestionType = 'single' | 'multiple' | 'judge' | 'fill';

export interface Question {
  type: QuestionType;
  stem: string;
  /** Choices for single/multiple; 正确/错误 for judge; empty for fill. */
  options: string[];
  /** Correct option texts; for fill, every accepted variant. */
  answer: string[];
  explanation?: string;
}

/** What the member gave: chosen option texts, or the typed text for fill. */
export type Response = string[];

export const JUDGE_OPTIONS = ['正确', '错误'] as const;

/** The choices a question offers (judge questions always offer 正确/错误). */
export function choicesOf(question: Question): string[] {
  return question.type === 'judge' ? [...JUDGE_OPTIONS] : question.type === 'fill' ? [] : question.options;
}

/**
 * Fill-in answers compare loosely: full-width/half-width forms, case, spaces
 * and trailing punctuation do not matter (“一九二一年。” = “一九二一年”).
 */
export function normaliseFill(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[。．.，,、；;！!？?"“”'‘’]+$/u, '');
}

/** The non-blank parts of a response: a blank fill-in or no choice is no answer. */
const givenOf = (response: Response | undefined) => (response ?? []).filter((r) => r.trim() !== '');

export const isAnswered = (response: Response | undefined): boolean => givenOf(response).length > 0;

/** How many questions of a paper have no answer yet (交卷 asks first when there are any). */
export const unansweredCount = (responses: readonly (Response | undefined)[]): number =>
  responses.filter((r) => !isAnswered(r)).length;

/** A question left blank scores like a wrong one but is reviewed as 未作答, not 答错. */
export type Outcome = 'right' | 'wrong' | 'unanswered';

export function outcomeOf(question: Question, response: Response | undefined): Outcome {
  if (!isAnswered(response)) return 'unanswered';
  return isCorrect(question, response) ? 'right' : 'wrong';
}

export function isCorrect(question: Question, response: Response | undefined): boolean {
  const given = givenOf(response);
  if (given.length === 0) return false;
  switch (question.type) {
    case 'single':
    case 'judge':
      return given.length === 1 && given[0] === question.answer[0];
    case 'multiple': {
      const chosen = new Set(given);
      return chosen.size === question.answer.length && question.answer.every((a) => chosen.has(a));
    }
    case 'fill': {
      const typed = normaliseFill(given.join(''));
      return question.answer.some((variant) => normaliseFill(variant) === typed);
    }
  }
}

export interface QuizScore {
  correct: number;
  total: number;
  /** Whole percent, rounded down so 59.9 % never passes a 60 % line. */
  percent: number;
  passed: boolean;
  /** Per question, in the order given. */
  results: boolean[];
  /** Per question: right, wrong or left blank. */
  outcomes: Outcome[];
  unanswered: number;
}

export function scoreQuiz(
  questions: readonly Question[],
  responses: readonly (Response | undefined)[],
  passPercent: number,
): QuizScore {
  const outcomes = questions.map((q, i) => outcomeOf(q, responses[i]));
  const results = outcomes.map((outcome) => outcome === 'right');
  const correct = results.filter(Boolean).length;
  const total = questions.length;
  const percent = total === 0 ? 0 : Math.floor((correct * 100) / total);
  const unanswered = outcomes.filter((outcome) => outcome === 'unanswered').length;
  return { correct, total, percent, passed: percent >= passPercent, results, outcomes, unanswered };
}
