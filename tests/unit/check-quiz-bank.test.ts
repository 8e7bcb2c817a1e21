import { describe, expect, it } from 'vitest';
import { checkQuizBank } from '../../src/model/check-quiz-bank';

const FILE = 'src/content/quizzes/bank.yml';
const ok = {
  single: { type: '单选题', stem: '甲？', options: ['A', 'B'], answer: ['A'] },
  multiple: { type: '多选题', stem: '乙？', options: ['A', 'B', 'C'], answer: ['A', 'B'] },
  judge: { type: '判断题', stem: '丙。', answer: ['正确'] },
  fill: { type: '填空题', stem: '丁＿＿。', answer: ['一', '1'] },
};

const bank = (question: object, extra: object = {}) => ({ questions: [ok.single, question], ...extra });

describe('quiz bank consistency', () => {
  it('accepts consistent questions of every type', () => {
    expect(checkQuizBank(FILE, { questions: Object.values(ok) })).toEqual([]);
  });

  it.each([
    [
      'an answer that is not an option',
      { ...ok.single, answer: ['C'] },
      'questions.1.answer',
      '第 2 题的正确答案“C”不在选项中：请把答案改成与某个选项完全相同的文字 / question 2: the answer "C" is not one of its options: use the exact text of an option',
    ],
    [
      'a multiple-choice question with one answer',
      { ...ok.multiple, answer: ['A'] },
      'questions.1.answer',
      '第 2 题是多选题，正确答案少于 2 个：请至少填 2 个正确答案，或改为单选题 / question 2 is multiple choice with fewer than 2 correct answers: give at least 2 or make it single choice',
    ],
    [
      'a single-choice question with two answers',
      { ...ok.single, answer: ['A', 'B'] },
      'questions.1.answer',
      '第 2 题是单选题，却有 2 个正确答案：请只保留一个 / question 2 is single choice but has 2 answers: keep exactly one',
    ],
    [
      'a judge question with other options',
      { ...ok.judge, options: ['对', '错'] },
      'questions.1.options',
      '第 2 题是判断题，不应有“正确”“错误”以外的选项：请清空选项 / question 2 is true/false and must not have other options: clear the options',
    ],
    [
      'a judge answer other than 正确/错误',
      { ...ok.judge, answer: ['对'] },
      'questions.1.answer',
      '第 2 题是判断题，正确答案只能填一个“正确”或“错误” / question 2 is true/false: the answer must be one of 正确 or 错误',
    ],
    [
      'duplicate options',
      { ...ok.single, options: ['A', 'B', 'A'] },
      'questions.1.options',
      '第 2 题的选项“A”重复：请删除或改写重复的选项 / question 2 repeats the option "A": remove or reword it',
    ],
    [
      'an empty stem',
      { ...ok.single, stem: '  ' },
      'questions.1.stem',
      '第 2 题的题干为空：请填写题目内容 / question 2 has an empty stem: write the question',
    ],
    [
      'a choice question with one option',
      { ...ok.single, options: ['A'] },
      'questions.1.options',
      '第 2 题是选择题，至少需要 2 个选项：请补充选项 / question 2 is a choice question and needs at least 2 options: add options',
    ],
    [
      'a fill question with options',
      { ...ok.fill, options: ['一', '二'] },
      'questions.1.options',
      '第 2 题是填空题，不应有选项：请清空选项，把可接受的答案都写在“正确答案”中 / question 2 is fill-in and must not have options: clear them and list accepted answers instead',
    ],
  ])('rejects %s, naming the file, question number and fix', (_name, question, field, message) => {
    expect(checkQuizBank(FILE, bank(question))).toEqual([{ file: FILE, field, message }]);
  });

  it('rejects a contest drawing more questions than the bank has', () => {
    expect(checkQuizBank(FILE, bank(ok.judge, { drawCount: 3 }))).toEqual([
      {
        file: FILE,
        field: 'drawCount',
        message:
          '每次抽题数 3 超过题库的 2 道题：请减少抽题数或增加题目 / draws 3 questions from a bank of 2: lower drawCount or add questions',
      },
    ]);
  });

  it('rejects a 每日一练 marked 正式考试, and accepts a formal test or contest', () => {
    expect(checkQuizBank(FILE, bank(ok.judge, { kind: '每日一练', formal: true }))).toEqual([
      { file: FILE, field: 'formal', message: expect.stringContaining('每日一练不能设为正式考试') },
    ]);
    expect(checkQuizBank(FILE, bank(ok.judge, { kind: '每日一练', formal: false }))).toEqual([]);
    expect(checkQuizBank(FILE, bank(ok.judge, { kind: '在线测试', formal: true }))).toEqual([]);
    expect(checkQuizBank(FILE, bank(ok.judge, { kind: '知识竞赛', formal: true }))).toEqual([]);
  });
});
