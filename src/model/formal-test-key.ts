/**
 * The private answer key of the formal tests (正式考试, quizzes marked
 * `formal`): what the branch service grades with (services/branch/formal-tests.mjs,
 * docs/branch-service.md 正式考试). Built from the quiz entries as stored; the
 * build writes it beside dist/, never inside (src/integrations/formal-test-key.ts),
 * so no answer of a formal test reaches a browser before that member submits.
 */
import { QUESTION_TYPES, QUIZ_KINDS } from './collections';
import { slugOf } from './fields';
import type { Question } from '../lib/study/quiz';
import type { QuizKind } from '../lib/study/quiz-paper';

/** A question as the quiz entry stores it: the type by its Chinese name. */
export interface StoredQuestion {
  type: (typeof QUESTION_TYPES)[number]['value'];
  stem: string;
  options?: string[] | undefined;
  answer: string[];
  explanation?: string | undefined;
}

/** The quiz entry's fields the key needs (validated by the build's content guard before this runs). */
export interface StoredQuiz {
  title: string;
  kind: (typeof QUIZ_KINDS)[number]['value'];
  formal?: boolean | undefined;
  attempts?: number | undefined;
  timeLimitMinutes?: number | undefined;
  passPercent: number;
  shuffle?: boolean | undefined;
  drawCount?: number | undefined;
  questions: StoredQuestion[];
}

/** One formal test as the service reads it (services/branch/formal-rules.mjs FormalTest). */
export interface FormalTest {
  id: string;
  title: string;
  kind: QuizKind;
  passPercent: number;
  attempts: number;
  shuffle: boolean;
  timeLimitMinutes?: number;
  drawCount?: number;
  questions: Question[];
}

/** The key file's name, in the folder beside the build's output (config.mjs DEFAULT_FORMAL_TESTS). */
export const FORMAL_KEY_PATH = 'branch-private/formal-tests.json';

/** A formal test allows one attempt unless the editor says otherwise. */
export const DEFAULT_ATTEMPTS = 1;

export const isFormal = (quiz: Pick<StoredQuiz, 'formal'>): boolean => quiz.formal === true;

/** The quiz engine's questions of an entry (the type by its slug; options may be absent for judge and fill). */
export function questionsOf(questions: readonly StoredQuestion[]): Question[] {
  return questions.map((q) => ({
    type: slugOf(QUESTION_TYPES, q.type),
    stem: q.stem,
    options: q.options ?? [],
    answer: q.answer,
    ...(q.explanation ? { explanation: q.explanation } : {}),
  }));
}

/** The key file: every formal test among `quizzes`, with its answers and explanations. */
export function formalTestKey(quizzes: readonly { id: string; data: StoredQuiz }[]): {
  version: 1;
  tests: FormalTest[];
} {
  return {
    version: 1,
    tests: quizzes
      .filter(({ data }) => isFormal(data))
      .map(({ id, data }) => ({
        id,
        title: data.title,
        kind: slugOf(QUIZ_KINDS, data.kind),
        passPercent: data.passPercent,
        attempts: data.attempts ?? DEFAULT_ATTEMPTS,
        shuffle: data.shuffle === true,
        ...(data.timeLimitMinutes ? { timeLimitMinutes: data.timeLimitMinutes } : {}),
        ...(data.drawCount ? { drawCount: data.drawCount } : {}),
        questions: questionsOf(data.questions),
      })),
  };
}
