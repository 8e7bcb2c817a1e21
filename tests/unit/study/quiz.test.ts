import { describe, expect, it } from 'vitest';
import {
  isCorrect,
  normaliseFill,
  outcomeOf,
  scoreQuiz,
  unansweredCount,
  type Question,
} from '../../../src/lib/study/quiz';

const single: Question = {
  type: 'single',
  stem: '党的最高领导机关是？',
  options: ['党的全国代表大会和它所产生的中央委员会', '中央纪律检查委员会', '中央军事委员会'],
  answer: ['党的全国代表大会和它所产生的中央委员会'],
};
const multiple: Question = {
  type: 'multiple',
  stem: '三会一课包括？',
  options: ['支部党员大会', '支部委员会', '党小组会', '运动会'],
  answer: ['支部党员大会', '支部委员会', '党小组会'],
};
const judge: Question = { type: 'judge', stem: '预备期为一年。', options: [], answer: ['正确'] };
const fill: Question = { type: 'fill', stem: '中国共产党成立于＿＿年。', options: [], answer: ['1921', '一九二一'] };

describe('isCorrect', () => {
  it.each([
    ['single: the answer', single, [single.answer[0]!], true],
    ['single: another option', single, ['中央军事委员会'], false],
    ['single: nothing chosen', single, [], false],
    ['multiple: exactly the answers, any order', multiple, ['党小组会', '支部党员大会', '支部委员会'], true],
    ['multiple: one missing', multiple, ['支部党员大会', '支部委员会'], false],
    ['multiple: one extra', multiple, ['支部党员大会', '支部委员会', '党小组会', '运动会'], false],
    ['judge: right', judge, ['正确'], true],
    ['judge: wrong', judge, ['错误'], false],
    ['fill: first variant', fill, ['1921'], true],
    ['fill: second variant with spaces and a full stop', fill, [' 一九二一。'], true],
    ['fill: full-width digits', fill, ['１９２１'], true],
    ['fill: wrong', fill, ['1949'], false],
    ['fill: blank', fill, ['  '], false],
  ] as const)('%s', (_name, question, response, expected) => {
    expect(isCorrect(question, [...response])).toBe(expected);
  });

  it('treats no response as wrong', () => {
    expect(isCorrect(judge, undefined)).toBe(false);
  });
});

describe('outcomeOf and unansweredCount', () => {
  it.each([
    ['a right choice', single, [single.answer[0]!], 'right'],
    ['a wrong choice', single, ['中央军事委员会'], 'wrong'],
    ['no choice', multiple, [], 'unanswered'],
    ['a blank fill-in', fill, ['   '], 'unanswered'],
    ['a wrong fill-in', fill, ['1949'], 'wrong'],
  ] as const)('%s', (_name, question, response, expected) => {
    expect(outcomeOf(question, [...response])).toBe(expected);
  });
  it('counts the questions still without an answer', () => {
    expect(unansweredCount([['正确'], [], [' '], undefined, ['1921']])).toBe(3);
    expect(unansweredCount([['正确']])).toBe(0);
  });
});

describe('normaliseFill', () => {
  it('ignores case, width, inner spaces and trailing punctuation', () => {
    expect(normaliseFill(' ＡＢ c。')).toBe('abc');
  });
});

describe('scoreQuiz', () => {
  const questions = [single, multiple, judge, fill];
  it('counts correct answers and rounds the percent down', () => {
    const score = scoreQuiz(questions, [[single.answer[0]!], ['支部党员大会'], ['正确'], ['1921']], 60);
    expect(score).toEqual({
      correct: 3,
      total: 4,
      percent: 75,
      passed: true,
      results: [true, false, true, true],
      outcomes: ['right', 'wrong', 'right', 'right'],
      unanswered: 0,
    });
  });
  it('tells a blank question from a wrong one: both score nothing, only one is 未作答', () => {
    const score = scoreQuiz(questions, [[], ['运动会'], undefined, ['  ']], 60);
    expect(score).toMatchObject({
      correct: 0,
      unanswered: 3,
      outcomes: ['unanswered', 'wrong', 'unanswered', 'unanswered'],
    });
  });
  it('fails below the pass line, passes exactly on it', () => {
    expect(scoreQuiz(questions, [[], [], ['正确'], ['1921']], 60).passed).toBe(false);
    expect(scoreQuiz(questions, [[], [], ['正确'], ['1921']], 50).passed).toBe(true);
  });
  it('never passes 59.9 % on a 60 % line', () => {
    const many = Array.from({ length: 1000 }, () => judge);
    const responses = many.map((_, i) => (i < 599 ? ['正确'] : ['错误']));
    expect(scoreQuiz(many, responses, 60)).toMatchObject({ percent: 59, passed: false });
  });
});
