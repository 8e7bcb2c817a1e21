import { describe, expect, it } from 'vitest';
import { answerProblem, ballotScreen, checkReview, gradeCounts, gradesFor } from '../../../src/lib/branch/ballot-form';
import type { BallotQuestion } from '../../../src/lib/branch/ballots';

const options = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `o${i + 1}`, text: `选项${i + 1}` }));
const questions: BallotQuestion[] = [
  { id: 'q1', text: '时间', min: 1, max: 1, options: options(3) },
  { id: 'q2', text: '专题', min: 1, max: 2, options: options(4) },
];

describe('a poll form', () => {
  it('accepts answers within every limit', () => {
    expect(answerProblem(questions, { q1: ['o2'], q2: ['o1', 'o4'] })).toBeUndefined();
  });

  it('names the first question answered outside its limits', () => {
    expect(answerProblem(questions, { q2: ['o1'] })).toEqual({ question: 'q1', kind: 'too-few', min: 1, max: 1 });
    expect(answerProblem(questions, { q1: ['o1'], q2: ['o1', 'o2', 'o3'] })).toEqual({
      question: 'q2',
      kind: 'too-many',
      min: 1,
      max: 2,
    });
    // An option the ballot does not have does not count.
    expect(answerProblem(questions, { q1: ['o9'], q2: ['o1'] })?.kind).toBe('too-few');
  });
});

const candidates = Array.from({ length: 7 }, (_, i) => ({ memberId: `m${i}`, name: `党员${i}（示例）` }));
const rules = { excellent: '优秀', excellentMaxShare: 0.3333 };

describe('a 民主评议 form', () => {
  it('counts who is still to grade and the 优秀 given against the limit', () => {
    const check = checkReview(candidates, { m0: '优秀', m1: '合格', m2: '优秀' }, rules);
    expect(check.missing.map((c) => c.memberId)).toEqual(['m3', 'm4', 'm5', 'm6']);
    expect(check.excellentGiven).toBe(2);
    expect(check.excellentLimit).toBe(2);
  });

  it('drops grades of members no longer on the list, and counts each grade in the rules order', () => {
    const grades = gradesFor(candidates.slice(0, 2), { m0: '合格', m1: '优秀', gone: '不合格' });
    expect(grades).toEqual({ m0: '合格', m1: '优秀' });
    expect(gradeCounts(grades, ['优秀', '合格', '基本合格', '不合格'])).toEqual({
      优秀: 1,
      合格: 1,
      基本合格: 0,
      不合格: 0,
    });
  });
});

describe('which part of a ballot shows', () => {
  const open = { status: 'open' as const };
  it.each([
    ['before opening', { status: 'upcoming' as const }, true, false, 'upcoming'],
    ['after closing, to anyone', { status: 'closed' as const }, false, false, 'results'],
    ['signed out', open, false, false, 'sign-in'],
    ['not on the roll', { ...open, me: { eligible: false, voted: false } }, true, false, 'not-eligible'],
    ['eligible', { ...open, me: { eligible: true, voted: false } }, true, false, 'form'],
    ['voted', { ...open, me: { eligible: true, voted: true } }, true, false, 'voted'],
    ['voted, changing', { ...open, me: { eligible: true, voted: true } }, true, true, 'form'],
  ] as const)('%s', (_, state, signedIn, changing, screen) => {
    expect(ballotScreen(state, signedIn, changing)).toBe(screen);
  });
});
