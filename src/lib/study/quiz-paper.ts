/**
 * A "paper": the questions of one attempt in the order the member sees them.
 * Tests may shuffle questions and options; contests draw N questions from a
 * bank; the daily quiz draws five by the Beijing date, the same for everyone.
 */
import { choicesOf, type Question } from './quiz';
import { drawIndexes, seededRandom, shuffled } from './seeded-random';

export type QuizKind = 'test' | 'contest' | 'daily';

export interface QuizSpec {
  kind: QuizKind;
  shuffle: boolean;
  /** Contests and the daily quiz: how many questions one attempt draws. */
  drawCount?: number;
  questions: Question[];
}

export const DAILY_QUESTION_COUNT = 5;

export interface PaperQuestion extends Question {
  /** Index in the bank, so an attempt can be reviewed and recorded. */
  index: number;
  /** The choices in the order shown. */
  choices: string[];
}

/** The seed of the daily quiz: the Beijing date alone, so everyone gets the same set. */
export const dailySeed = (date: string) => `daily:${date}`;

/** How many questions one attempt has: the daily quiz and contests draw from the bank, a test asks them all. */
export function attemptSize(kind: QuizKind, bankSize: number, drawCount?: number): number {
  if (kind === 'daily') return Math.min(bankSize, drawCount ?? DAILY_QUESTION_COUNT);
  if (kind === 'contest') return Math.min(bankSize, drawCount ?? bankSize);
  return bankSize;
}

export function makePaper(spec: QuizSpec, seed: string): PaperQuestion[] {
  const random = seededRandom(seed);
  const size = spec.questions.length;
  let indexes: number[];
  if (spec.kind === 'daily') indexes = drawIndexes(size, spec.drawCount ?? DAILY_QUESTION_COUNT, random);
  else if (spec.kind === 'contest') indexes = drawIndexes(size, spec.drawCount ?? size, random);
  else indexes = spec.shuffle ? shuffled([...Array(size).keys()], random) : [...Array(size).keys()];

  // Judge questions keep 正确 before 错误; the others shuffle when the quiz asks (contests always do).
  const shuffleOptions = spec.shuffle || spec.kind !== 'test';
  return indexes.map((index) => {
    const question = spec.questions[index]!;
    const choices = choicesOf(question);
    return {
      ...question,
      index,
      choices: shuffleOptions && question.type !== 'judge' ? shuffled(choices, random) : choices,
    };
  });
}
