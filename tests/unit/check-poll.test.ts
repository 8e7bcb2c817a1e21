import { describe, expect, it } from 'vitest';
import { checkPoll, pollMessages as m } from '../../src/model/check-poll';
import { entryDataProblems } from '../../src/model/check-entry';
import { collectionModel } from '../../src/model/collections';

const FILE = 'src/content/polls/p.md';
const base = { title: '题', opens: '2026-12-01', closes: '2026-12-05' };
const ballot = (extra: object = {}) => ({
  ...base,
  method: '支部服务无记名投票',
  ballot: { kind: '投票', questions: [{ text: '方案', choice: '单选', options: ['甲', '乙'] }], ...extra },
});
const problems = (data: object) => checkPoll(FILE, data).map((p) => [p.field, p.message]);

describe('poll consistency', () => {
  it('accepts the ways a poll is held', () => {
    expect(problems({ ...base, options: ['甲', '乙'], discussion: 3 })).toEqual([]);
    expect(problems({ ...base, options: ['甲', '乙'] })).toEqual([]);
    expect(problems(ballot())).toEqual([]);
    expect(problems({ ...base, method: '支部服务无记名投票', ballot: { kind: '民主评议' } })).toEqual([]);
    expect(
      problems(ballot({ questions: [{ text: '专题', choice: '多选', min: 1, max: 2, options: ['甲', '乙', '丙'] }] })),
    ).toEqual([]);
  });

  it('names what each way needs', () => {
    expect(problems({ ...base })).toEqual([['options', m.fewOptions]]);
    expect(problems({ ...base, method: 'GitHub 讨论投票', options: ['甲', '乙'] })).toEqual([
      ['discussion', m.noDiscussion],
    ]);
    expect(problems({ ...base, method: '支部服务无记名投票' })).toEqual([['ballot', m.noBallot]]);
    // The CMS writes the ballot's defaults into every new poll: other methods ignore them.
    expect(problems({ ...ballot(), method: '会上表决', options: ['甲', '乙'] })).toEqual([]);
  });

  it('checks questions, limits and times', () => {
    expect(problems(ballot({ questions: [] }))).toEqual([['ballot.questions', m.noQuestions]]);
    expect(problems({ ...ballot(), ballot: { ...ballot().ballot, kind: '民主评议' } })).toEqual([
      ['ballot.questions', m.reviewQuestions],
    ]);
    expect(problems(ballot({ questions: [{ text: 'a', choice: '单选', options: ['甲', '甲'] }] }))).toEqual([
      ['ballot.questions.0.options', m.duplicateOption(1, '甲')],
    ]);
    expect(problems(ballot({ questions: [{ text: 'a', choice: '单选', max: 2, options: ['甲', '乙'] }] }))).toEqual([
      ['ballot.questions.0.max', m.singleLimits(1)],
    ]);
    expect(
      problems(ballot({ questions: [{ text: 'a', choice: '多选', min: 3, max: 2, options: ['甲', '乙', '丙'] }] })),
    ).toEqual([['ballot.questions.0.min', m.minAboveMax(1)]]);
    expect(
      problems(ballot({ questions: [{ text: 'a', choice: '多选', max: 4, options: ['甲', '乙', '丙'] }] })),
    ).toEqual([['ballot.questions.0.max', m.maxAboveOptions(1, 3)]]);
    expect(problems({ ...ballot({ opensAt: '20:00', closesAt: '08:00' }), closes: '2026-12-01' })).toEqual([
      ['ballot.closesAt', m.closesBeforeOpens],
    ]);
  });

  it('runs with the schema for the build and the CMS, and rejects a bad clock time', () => {
    const found = entryDataProblems(collectionModel('polls'), FILE, ballot({ opensAt: '8点' }));
    expect(found.map((p) => p.field)).toEqual(['ballot.opensAt']);
    expect(found[0]!.message).toContain('08:00');
  });
});
