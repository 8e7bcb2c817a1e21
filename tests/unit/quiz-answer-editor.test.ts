import { describe, expect, it } from 'vitest';
import { answerChoices, pickAnswer } from '../../admin/widgets/quiz-answer-editor';

describe('answerChoices', () => {
  it.each([
    ['单选题', ['甲', '乙'], ['乙'], { mode: 'one', choices: ['甲', '乙'], stale: [] }],
    ['多选题', ['甲', ' 乙 ', '', '甲', 3], ['甲'], { mode: 'many', choices: ['甲', '乙'], stale: [] }],
    ['判断题', [], ['错误'], { mode: 'one', choices: ['正确', '错误'], stale: [] }],
    ['填空题', ['x'], ['一九二一年'], { mode: 'free', choices: [], stale: [] }],
    ['单选题', ['甲', '乙'], ['丙'], { mode: 'one', choices: ['甲', '乙'], stale: ['丙'] }],
    ['判断题', [], ['对'], { mode: 'one', choices: ['正确', '错误'], stale: ['对'] }],
  ] as const)('%s with options %j and answers %j', (type, options, answers, expected) => {
    expect(answerChoices(type, options, answers)).toEqual(expected);
  });
});

describe('pickAnswer', () => {
  const choices = ['甲', '乙', '丙'];
  it.each([
    ['one', ['甲'], '乙', true, ['乙']],
    ['one', ['乙'], '乙', false, []],
    ['many', ['丙'], '甲', true, ['甲', '丙']],
    ['many', ['甲', '丙'], '甲', false, ['丙']],
    ['many', ['旧答案', '乙'], '甲', true, ['甲', '乙', '旧答案']],
    ['many', ['乙'], '乙', true, ['乙']],
  ] as const)('%s: answers %j, %s ticked=%s → %j', (mode, answers, choice, checked, expected) => {
    expect(pickAnswer(mode, choices, answers, choice, checked)).toEqual(expected);
  });
});
