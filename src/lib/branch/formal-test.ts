/**
 * A formal test (正式考试) as the page reads the branch service's answers
 * (GET tests/:id/mine, POST tests/:id/start and submit: docs/branch-service.md),
 * what the page shows from them, the answers kept in the browser until the
 * service has them, and the clock of an attempt on the service's time. Pure logic.
 */
import type { Outcome, QuestionType, Response } from '../study/quiz';

export interface PaperQuestion {
  type: QuestionType;
  stem: string;
  choices: string[];
}

export interface ReviewLine {
  type: QuestionType;
  stem: string;
  choices: string[];
  given: string[];
  answer: string[];
  outcome: Outcome;
  explanation?: string;
}

export interface Attempt {
  number: number;
  status: 'open' | 'graded' | 'late';
  startedAt: string;
  deadline?: string;
  /** While open: the questions, never their answers. */
  paper?: PaperQuestion[];
  submittedAt?: string;
  score?: { correct: number; total: number; percent: number; passed: boolean };
  /** Once graded: the answers and explanations. */
  review?: ReviewLine[];
}

export interface MyTest {
  /** The service's clock when it answered (ISO). */
  now: string;
  /** Attempts the member may still start. */
  left: number;
  mine: Attempt[];
}

export type FormalScreen = 'answer' | 'ready' | 'done';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The `mine` answer, or undefined when it is not one (the page then says the service could not be read). */
export function readMyTest(data: unknown): MyTest | undefined {
  if (!isRecord(data) || typeof data.now !== 'string' || typeof data.left !== 'number' || !Array.isArray(data.mine))
    return undefined;
  return { now: data.now, left: data.left, mine: data.mine as Attempt[] };
}

/** The attempt in an answer of `start` or `submit`. */
export function readAttempt(data: unknown): Attempt | undefined {
  const attempt = isRecord(data) && isRecord(data.attempt) ? data.attempt : data;
  return isRecord(attempt) && typeof attempt.number === 'number' && typeof attempt.status === 'string'
    ? (attempt as unknown as Attempt)
    : undefined;
}

/** What the member does next: answer the open paper, start one (attempts left), or nothing more. */
export function formalScreen(test: MyTest): FormalScreen {
  if (test.mine.some((a) => a.status === 'open')) return 'answer';
  return test.left > 0 ? 'ready' : 'done';
}

/**
 * Seconds left of an attempt on the service's clock: the deadline less the
 * service's time when it answered, less what has passed here since. Moving
 * this device's clock changes nothing the service accepts.
 */
export function secondsToDeadline(deadline: string, serviceNow: string): number {
  return Math.max(0, Math.ceil((Date.parse(deadline) - Date.parse(serviceNow)) / 1000));
}

/**
 * Where the answers of one attempt wait in the browser until the service has them: named by
 * the attempt's start as well, so on a shared phone another member's attempt never finds them.
 */
export const answersKey = (testId: string, attempt: Pick<Attempt, 'number' | 'startedAt'>) =>
  `branch-test-answers:${testId}:${attempt.number}:${attempt.startedAt}`;

/** Kept answers, or undefined when there are none or they do not fit the paper. */
export function readKeptAnswers(text: string | null, size: number): Response[] | undefined {
  try {
    const value = JSON.parse(text ?? 'null') as unknown;
    if (!Array.isArray(value) || value.length !== size) return undefined;
    return value.every((r) => Array.isArray(r) && r.every((x) => typeof x === 'string'))
      ? (value as Response[])
      : undefined;
  } catch {
    return undefined;
  }
}
