/**
 * The logic of the CMS's answer editor (admin/widgets/quiz-answer.ts): which
 * answers a question type lets the editor pick, and how a click changes the
 * stored answers. Answers are stored as option texts, so an editor picks them
 * from the options instead of typing them (or an index) again.
 */
import { JUDGE_OPTIONS } from '../../src/lib/study/quiz';

/** one: radio buttons; many: check boxes; free: typed accepted answers (fill-in). */
export type AnswerMode = 'one' | 'many' | 'free';

const MODES: Readonly<Record<string, AnswerMode>> = { 单选题: 'one', 多选题: 'many', 判断题: 'one', 填空题: 'free' };

export interface AnswerChoices {
  mode: AnswerMode;
  /** What the editor can pick: the question's options, or 正确/错误; empty for fill-in. */
  choices: string[];
  /** Stored answers that are no longer among the choices (an option was reworded or removed). */
  stale: string[];
}

/** Options as the build reads them: trimmed, without blanks and repeats. */
function cleanOptions(options: readonly unknown[]): string[] {
  const texts = options.filter((o): o is string => typeof o === 'string').map((o) => o.trim());
  return [...new Set(texts.filter((o) => o !== ''))];
}

export function answerChoices(type: unknown, options: readonly unknown[], answers: readonly string[]): AnswerChoices {
  const mode = MODES[String(type)] ?? 'one';
  if (mode === 'free') return { mode, choices: [], stale: [] };
  const choices = type === '判断题' ? [...JUDGE_OPTIONS] : cleanOptions(options);
  return { mode, choices, stale: answers.filter((a) => !choices.includes(a.trim())) };
}

/** The answers after the editor ticks (`checked`) or unticks `choice`; kept in the options' order. */
export function pickAnswer(
  mode: AnswerMode,
  choices: readonly string[],
  answers: readonly string[],
  choice: string,
  checked: boolean,
): string[] {
  if (mode === 'one') return checked ? [choice] : answers.filter((a) => a !== choice);
  const chosen = new Set(answers.filter((a) => a !== choice));
  if (checked) chosen.add(choice);
  const rank = (a: string) => (choices.includes(a) ? choices.indexOf(a) : choices.length);
  return [...chosen].sort((a, b) => rank(a) - rank(b));
}
