import { describe, expect, it } from 'vitest';
import { oneCharacterFix, typoRuns } from '../../../src/lib/search/typos';

const site = [
  '怎样写好一篇思想汇报。思想汇报要写真实的想法。',
  '“三会一课”指支部党员大会、支部委员会、党小组会和按时上好党课。',
  '党员没有正当理由，连续六个月不交纳党费，就被认为是自行脱党。',
  '社区物业和居委会一起开展志愿服务。',
];

describe('typoRuns', () => {
  it('gives the runs of three or more Chinese characters, longest first', () => {
    expect(typoRuns('思想会报 怎么 专正 三会一棵课')).toEqual(['三会一棵课', '思想会报']);
  });
});

describe('oneCharacterFix: a slip of the pinyin input method, read from the site’s own text', () => {
  it.each([
    ['思想会报', '思想汇报'],
    ['三会一棵', '三会一课'],
    ['自行拖党', '自行脱党'],
  ])('%j → %j', (run, fixed) => {
    expect(oneCharacterFix(run, site)).toBe(fixed);
  });

  it('leaves a run the site holds as typed', () => {
    expect(oneCharacterFix('思想汇报', site)).toBeUndefined();
  });

  it('does not read a joining character as a slip: 物业费 is not 物业和', () => {
    expect(oneCharacterFix('物业费', site)).toBeUndefined();
  });

  it('does not cut a form out of a longer word: 物业费 is not 物业管(理)', () => {
    expect(oneCharacterFix('物业费', ['小区物业管理规定。'])).toBeUndefined();
  });

  it('gives up when two forms are equally likely', () => {
    expect(oneCharacterFix('学习笔迹', ['学习笔记。', '学习笔试。'])).toBeUndefined();
  });

  it('finds nothing for a subject that is nowhere on the site', () => {
    expect(oneCharacterFix('量子计算机', site)).toBeUndefined();
  });
});
