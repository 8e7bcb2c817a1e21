import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { excellentLimit, parseReviewRules, REVIEW_RULES_FILE } from '../../../src/lib/branch/review-rules';

const rules = parseReviewRules(yaml.load(readFileSync(REVIEW_RULES_FILE, 'utf8')));

describe('民主评议 rules data', () => {
  it('holds the four grades and the one-third share, each with its source named', () => {
    expect(rules.grades).toEqual(['优秀', '合格', '基本合格', '不合格']);
    expect(rules.excellent).toBe('优秀');
    expect(rules.excellentMaxShare).toBe(0.3333);
    expect(rules.gradesSource).toContain('中共中央组织部《关于对党员进行民主评议的意见》（1988 年）');
    // Honest about the share: the superior organisation's notice, not a regulation's article.
    expect(rules.shareSource).toContain('上级党组织');
    expect(rules.shareSource).toContain('不是党内法规的条文');
    expect(rules.rule).toContain('预备党员参加评议，但不作为评议对象');
  });

  it('names the file, the field and the fix for a bad file', () => {
    const bad = () =>
      parseReviewRules({ grades: ['优秀', '优秀'], excellent: '特优', excellentMaxShare: 2, rule: '' }, 'x.yml');
    expect(bad).toThrow('x.yml');
    expect(bad).toThrow('grades: 至少两个不重复');
    expect(bad).toThrow('excellent: 须是 grades 中的一个等次（当前为“特优”）');
    expect(bad).toThrow('excellentMaxShare: 须是大于 0、不超过 1 的小数');
    expect(bad).toThrow('gradesSource: 不能为空');
    expect(bad).toThrow('rule: 不能为空');
  });

  it('allows a whole third of the members graded, written to four places', () => {
    for (const [graded, limit] of <[number, number][]>[
      [1, 0],
      [2, 0],
      [3, 1],
      [8, 2],
      [9, 3],
      [10, 3],
      [30, 10],
      [33, 11],
      [60, 20],
      [99, 33],
    ])
      expect(excellentLimit(graded, 0.3333), `${graded} graded`).toBe(limit);
    expect(excellentLimit(10, 0.2)).toBe(2);
    expect(excellentLimit(10, 1)).toBe(10);
  });
});
