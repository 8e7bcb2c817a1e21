/**
 * Consistency of quiz banks, beyond what field schemas can say: every answer is
 * one of the options, a single-choice question has one answer, a multiple-choice
 * question at least two, a judge question offers only 正确/错误, options are not
 * repeated, stems are not empty, and a contest or daily quiz can draw as many
 * questions as it asks for, and a formal test is no 每日一练. Each message names
 * the question number and the fix.
 */
import type { ContentProblem } from './content-problem';
import { QUESTION_TYPES, QUIZ_KINDS } from './collections';
import { findSlug } from './fields';
import { JUDGE_OPTIONS } from '../lib/study/quiz';

const JUDGE: readonly string[] = JUDGE_OPTIONS;
const [TRUE, FALSE] = JUDGE_OPTIONS;

export interface RawQuestion {
  type?: unknown;
  stem?: unknown;
  options?: unknown;
  answer?: unknown;
}

const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').map((v) => v.trim()) : [];

export const quizBankMessages = {
  emptyStem: (n: number) =>
    `第 ${n} 题的题干为空：请填写题目内容 / question ${n} has an empty stem: write the question`,
  fewOptions: (n: number) =>
    `第 ${n} 题是选择题，至少需要 2 个选项：请补充选项 / question ${n} is a choice question and needs at least 2 options: add options`,
  duplicateOption: (n: number, option: string) =>
    `第 ${n} 题的选项“${option}”重复：请删除或改写重复的选项 / question ${n} repeats the option "${option}": remove or reword it`,
  answerNotOption: (n: number, answer: string) =>
    `第 ${n} 题的正确答案“${answer}”不在选项中：请把答案改成与某个选项完全相同的文字 / question ${n}: the answer "${answer}" is not one of its options: use the exact text of an option`,
  singleAnswers: (n: number, count: number) =>
    `第 ${n} 题是单选题，却有 ${count} 个正确答案：请只保留一个 / question ${n} is single choice but has ${count} answers: keep exactly one`,
  multipleAnswers: (n: number) =>
    `第 ${n} 题是多选题，正确答案少于 2 个：请至少填 2 个正确答案，或改为单选题 / question ${n} is multiple choice with fewer than 2 correct answers: give at least 2 or make it single choice`,
  judgeOptions: (n: number) =>
    `第 ${n} 题是判断题，不应有“${TRUE}”“${FALSE}”以外的选项：请清空选项 / question ${n} is true/false and must not have other options: clear the options`,
  judgeAnswer: (n: number) =>
    `第 ${n} 题是判断题，正确答案只能填一个“${TRUE}”或“${FALSE}” / question ${n} is true/false: the answer must be one of ${TRUE} or ${FALSE}`,
  fillOptions: (n: number) =>
    `第 ${n} 题是填空题，不应有选项：请清空选项，把可接受的答案都写在“正确答案”中 / question ${n} is fill-in and must not have options: clear them and list accepted answers instead`,
  formalDaily: () =>
    '每日一练不能设为正式考试：正式考试请把类型改为“在线测试”或“知识竞赛”，或取消勾选“正式考试” / a daily quiz cannot be a formal test: choose 在线测试 or 知识竞赛, or untick 正式考试',
  drawTooMany: (draw: number, size: number) =>
    `每次抽题数 ${draw} 超过题库的 ${size} 道题：请减少抽题数或增加题目 / draws ${draw} questions from a bank of ${size}: lower drawCount or add questions`,
} as const;

/**
 * Problems of question number `n` (1-based), each with its field path. Also run by
 * the CMS's answer editor (admin/widgets/quiz-answer.ts) before an entry is saved.
 */
export function questionProblems(question: RawQuestion, n: number): { field: string; message: string }[] {
  const m = quizBankMessages;
  const problems: { field: string; message: string }[] = [];
  const at = (key: string) => `questions.${n - 1}.${key}`;
  const type = findSlug(QUESTION_TYPES, question.type);
  const options = texts(question.options);
  const answers = texts(question.answer);
  if (typeof question.stem === 'string' && question.stem.trim() === '')
    problems.push({ field: at('stem'), message: m.emptyStem(n) });
  const seen = new Set<string>();
  for (const option of options) {
    if (seen.has(option)) problems.push({ field: at('options'), message: m.duplicateOption(n, option) });
    seen.add(option);
  }
  if (type === 'single' || type === 'multiple') {
    if (options.length < 2) problems.push({ field: at('options'), message: m.fewOptions(n) });
    for (const answer of answers)
      if (options.length >= 2 && !seen.has(answer))
        problems.push({ field: at('answer'), message: m.answerNotOption(n, answer) });
    if (type === 'single' && answers.length > 1)
      problems.push({ field: at('answer'), message: m.singleAnswers(n, answers.length) });
    if (type === 'multiple' && new Set(answers).size < 2)
      problems.push({ field: at('answer'), message: m.multipleAnswers(n) });
  }
  if (type === 'judge') {
    if (options.some((o) => !JUDGE.includes(o))) problems.push({ field: at('options'), message: m.judgeOptions(n) });
    if (answers.length !== 1 || !JUDGE.includes(answers[0]!))
      problems.push({ field: at('answer'), message: m.judgeAnswer(n) });
  }
  if (type === 'fill' && options.length > 0) problems.push({ field: at('options'), message: m.fillOptions(n) });
  return problems;
}

/** Problems of one quiz file's data (already parsed); schema errors are reported elsewhere. */
export function checkQuizBank(file: string, data: unknown): ContentProblem[] {
  if (typeof data !== 'object' || data === null) return [];
  const { questions, drawCount, kind, formal } = data as {
    questions?: unknown;
    drawCount?: unknown;
    kind?: unknown;
    formal?: unknown;
  };
  // The daily quiz is the same for everyone each day and practised freely: the opposite of a formal test.
  const formalProblems: ContentProblem[] =
    formal === true && findSlug(QUIZ_KINDS, kind) === 'daily'
      ? [{ file, field: 'formal', message: quizBankMessages.formalDaily() }]
      : [];
  if (!Array.isArray(questions)) return formalProblems;
  const problems: ContentProblem[] = [
    ...formalProblems,
    ...questions.flatMap((q, i) =>
      typeof q === 'object' && q !== null ? questionProblems(q as RawQuestion, i + 1).map((p) => ({ file, ...p })) : [],
    ),
  ];
  if (typeof drawCount === 'number' && drawCount > questions.length) {
    problems.push({ file, field: 'drawCount', message: quizBankMessages.drawTooMany(drawCount, questions.length) });
  }
  return problems;
}
