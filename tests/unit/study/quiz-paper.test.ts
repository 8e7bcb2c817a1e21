import { describe, expect, it } from 'vitest';
import { drawIndexes, seededRandom, shuffled } from '../../../src/lib/study/seeded-random';
import { attemptSize, dailySeed, makePaper, type QuizSpec } from '../../../src/lib/study/quiz-paper';
import { isCorrect, type Question } from '../../../src/lib/study/quiz';

const bank: Question[] = Array.from({ length: 20 }, (_, i) => ({
  type: 'single',
  stem: `第${i + 1}题`,
  options: ['甲', '乙', '丙', '丁'].map((o) => `${o}${i}`),
  answer: [`丙${i}`],
}));
const judge: Question = { type: 'judge', stem: '判断', options: [], answer: ['错误'] };

describe('seeded randomness', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = Array.from({ length: 5 }, seededRandom('x'));
    expect(Array.from({ length: 5 }, seededRandom('x'))).toEqual(a);
    expect(Array.from({ length: 5 }, seededRandom('y'))).not.toEqual(a);
    for (const n of a) expect(n >= 0 && n < 1).toBe(true);
  });
  it('shuffles a copy with every item kept', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const out = shuffled(items, seededRandom('s'));
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...out].sort()).toEqual(items);
    expect(out).not.toEqual(items);
  });
  it('draws distinct indexes, at most the size', () => {
    const drawn = drawIndexes(10, 4, seededRandom('d'));
    expect(new Set(drawn).size).toBe(4);
    expect(drawIndexes(3, 10, seededRandom('d'))).toHaveLength(3);
  });
});

describe('makePaper', () => {
  const test: QuizSpec = { kind: 'test', shuffle: true, questions: [...bank, judge] };
  it('same seed, same order of questions and options', () => {
    expect(makePaper(test, 'seed-1')).toEqual(makePaper(test, 'seed-1'));
    expect(makePaper(test, 'seed-1').map((q) => q.index)).not.toEqual(makePaper(test, 'seed-2').map((q) => q.index));
  });
  it('keeps every answer mapped to its question after shuffling', () => {
    for (const q of makePaper(test, 'seed-3')) {
      expect(q.stem).toBe([...bank, judge][q.index]!.stem);
      expect(q.choices).toContain(q.answer[0]);
      expect(isCorrect(q, [q.answer[0]!])).toBe(true);
    }
  });
  it('keeps 正确 before 错误 on judge questions', () => {
    expect(makePaper(test, 'seed-4').find((q) => q.type === 'judge')!.choices).toEqual(['正确', '错误']);
  });
  it('leaves an unshuffled test in its order', () => {
    expect(makePaper({ ...test, shuffle: false }, 'any').map((q) => q.index)).toEqual([...Array(21).keys()]);
    expect(makePaper({ ...test, shuffle: false }, 'any')[0]!.choices).toEqual(bank[0]!.options);
  });
  it('draws N questions for a contest', () => {
    const paper = makePaper({ kind: 'contest', shuffle: false, drawCount: 6, questions: bank }, 'c');
    expect(paper).toHaveLength(6);
    expect(new Set(paper.map((q) => q.index)).size).toBe(6);
  });
  it('draws five daily questions by the date: same day same set, next day another', () => {
    const daily: QuizSpec = { kind: 'daily', shuffle: false, questions: bank };
    const today = makePaper(daily, dailySeed('2026-11-26')).map((q) => q.index);
    expect(today).toHaveLength(5);
    expect(makePaper(daily, dailySeed('2026-11-26')).map((q) => q.index)).toEqual(today);
    expect(makePaper(daily, dailySeed('2026-11-27')).map((q) => q.index)).not.toEqual(today);
  });
});

describe('attemptSize', () => {
  it.each([
    ['test', 12, undefined, 12],
    ['test', 12, 5, 12],
    ['daily', 12, undefined, 5],
    ['daily', 3, undefined, 3],
    ['daily', 12, 8, 8],
    ['contest', 50, 20, 20],
    ['contest', 50, undefined, 50],
    ['contest', 10, 20, 10],
  ] as const)('%s with %i questions, draw %s → %i', (kind, bank, draw, expected) => {
    expect(attemptSize(kind, bank, draw)).toBe(expected);
  });
});
