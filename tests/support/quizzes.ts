/** Sample quizzes read from src/content, and a helper that answers one on the page, right or wrong on purpose. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { parseEntryData } from '../../src/model/check-content';
import { ROOT } from './content';

export interface SampleQuestion {
  type: '单选题' | '多选题' | '判断题' | '填空题';
  stem: string;
  options?: string[];
  answer: string[];
}

export function sampleQuiz(id: string): {
  title: string;
  passPercent: number;
  timeLimitMinutes?: number;
  drawCount?: number;
  questions: SampleQuestion[];
} {
  return parseEntryData(readFileSync(join(ROOT, 'src/content/quizzes', `${id}.yml`), 'utf8'), 'yml') as ReturnType<
    typeof sampleQuiz
  >;
}

/** Fills in one question's fieldset: the correct answer, or a wrong one. */
export async function answer(fieldset: Locator, question: SampleQuestion, right: boolean) {
  if (question.type === '填空题') {
    await fieldset.getByRole('textbox').fill(right ? question.answer[0]! : '不知道');
    return;
  }
  const choices = question.type === '判断题' ? ['正确', '错误'] : question.options!;
  const picks = right ? question.answer : [choices.find((c) => !question.answer.includes(c))!];
  for (const pick of picks) await fieldset.getByLabel(pick, { exact: true }).check();
}
