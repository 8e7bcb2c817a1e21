import { describe, expect, it } from 'vitest';
import { ballotDefinition, ballotPhase, beijingTime, type BallotSource } from '../../../src/lib/branch/ballots';
import type { ReviewRules } from '../../../src/lib/branch/review-rules';

const rules: ReviewRules = {
  grades: ['优秀', '合格', '基本合格', '不合格'],
  gradesSource: '等次的出处',
  excellent: '优秀',
  excellentMaxShare: 0.3333,
  shareSource: '比例的出处',
  rule: '“优秀”一般不超过三分之一',
};

const poll: BallotSource = {
  id: '2026-12-theme-day',
  title: '十二月主题党日活动去哪里？',
  opens: '2026-12-01',
  closes: '2026-12-05',
  opensAt: '08:00',
  closesAt: '20:00',
  kind: 'poll',
  includeProbationary: true,
  changeable: false,
  questions: [
    { text: '活动方案', choice: 'single', options: ['革命纪念馆参观学习', '社区志愿服务'] },
    { text: '可以参加的时间', choice: 'multiple', options: ['周六上午', '周六下午', '周日上午'] },
    { text: '专题', choice: 'multiple', min: 2, max: 2, options: ['甲', '乙', '丙'] },
  ],
};

describe('ballot definitions (/branch/ballots.json)', () => {
  it('writes a poll as the contract shows it: ids by order, Beijing times, limits', () => {
    const def = ballotDefinition(poll, rules);
    // The contract's example, key for key and in its order.
    expect(JSON.stringify({ ...def, questions: def.kind === 'poll' ? def.questions.slice(0, 1) : [] })).toBe(
      JSON.stringify({
        id: '2026-12-theme-day',
        title: '十二月主题党日活动去哪里？',
        kind: 'poll',
        opens: '2026-12-01T08:00:00+08:00',
        closes: '2026-12-05T20:00:00+08:00',
        includeProbationary: true,
        changeable: false,
        questions: [
          {
            id: 'q1',
            text: '活动方案',
            min: 1,
            max: 1,
            options: [
              { id: 'o1', text: '革命纪念馆参观学习' },
              { id: 'o2', text: '社区志愿服务' },
            ],
          },
        ],
      }),
    );
    if (def.kind !== 'poll') throw new Error('poll expected');
    expect(def.questions.map((q) => [q.id, q.min, q.max])).toEqual([
      ['q1', 1, 1],
      ['q2', 1, 3],
      ['q3', 2, 2],
    ]);
  });

  it('writes a 民主评议 with the rules and their sources, and no questions', () => {
    const def = ballotDefinition({ ...poll, kind: 'review', questions: [] }, rules);
    expect(def).not.toHaveProperty('questions');
    expect(def).toMatchObject({
      kind: 'review',
      review: {
        grades: rules.grades,
        excellent: '优秀',
        excellentMaxShare: 0.3333,
        rule: '“优秀”一般不超过三分之一',
        source: '等次的出处；“优秀”的比例：比例的出处',
      },
    });
  });

  it('reads times in Beijing whatever the machine zone', () => {
    expect(new Date(beijingTime('2026-12-01', '08:00')).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    const def = ballotDefinition(poll, rules);
    expect(ballotPhase(def, new Date('2026-11-30T23:59:59Z'))).toBe('upcoming');
    expect(ballotPhase(def, new Date('2026-12-01T00:00:00Z'))).toBe('open');
    expect(ballotPhase(def, new Date('2026-12-05T12:00:00Z'))).toBe('closed');
  });
});
