import { describe, expect, it } from 'vitest';
import { meetsTarget, scoreQuery, scoreRuns, sitePath, type EvalQuery } from '../../tools/search-eval';
import queries from '../search-eval/queries.json';

describe('sitePath', () => {
  it.each([
    ['/articles/a/', '/articles/a/'],
    ['http://127.0.0.1:5046/articles/a/', '/articles/a/'],
    ['/articles/a/index.html', '/articles/a/'],
    ['/articles/a/?q=1#x', '/articles/a/'],
  ])('%j → %j', (url, path) => {
    expect(sitePath(url)).toBe(path);
  });
});

describe('scoreQuery', () => {
  it.each([
    [['/a/'], ['/a/', '/b/'], 1, 1],
    [['/a/'], ['/b/', '/c/', '/a/'], 1, 1 / 3],
    [['/a/', '/b/'], ['/c/', '/b/'], 0.5, 0.5],
    [['/a/'], [], 0, 0],
  ])('expect %j in %j: recall %d, reciprocal rank %d', (expected, ranked, recall, rr) => {
    const score = scoreQuery(expected, ranked);
    expect(score.recall).toBe(recall);
    expect(score.reciprocalRank).toBeCloseTo(rr);
  });
});

describe('scoreRuns and meetsTarget', () => {
  const set: EvalQuery[] = [
    { kind: 'exact', query: '红船', expect: ['/a/'] },
    { kind: 'exact', query: '井冈山', expect: ['/b/'] },
    { kind: 'compound', query: '交党费标准', expect: ['/c/'] },
  ];

  it('averages recall@5 and MRR overall and per kind, and lists the misses', () => {
    const score = scoreRuns(set, [['/a/'], ['/x/', '/b/'], ['/x/']]);
    expect(score.recall).toBeCloseTo(2 / 3);
    expect(score.mrr).toBeCloseTo(0.5);
    expect(score.kinds).toEqual({ exact: { count: 2, recall: 1, mrr: 0.75 }, compound: { count: 1, recall: 0, mrr: 0 } });
    expect(score.misses).toEqual([{ kind: 'compound', query: '交党费标准', missing: ['/c/'], got: ['/x/'] }]);
  });

  it('names every figure below the target', () => {
    const score = scoreRuns(set, [['/a/'], ['/x/', '/b/'], ['/x/']]);
    expect(meetsTarget(score, 130, 100).failures).toEqual([
      'recall@5 0.667 < 0.95',
      'MRR 0.500 < 0.85',
      'compound recall@5 0.000 < 0.9',
      'first search 130 B > 1.2 × 100 B',
    ]);
    const perfect = scoreRuns(set, [['/a/'], ['/b/'], ['/c/']]);
    expect(meetsTarget(perfect, 120, 100)).toEqual({ ok: true, failures: [] });
  });

  it('rejects result lists that do not match the queries', () => {
    expect(() => scoreRuns(set, [[]])).toThrow('3 queries but 1 result lists');
  });
});

describe('the evaluation set', () => {
  it('has at least 80 queries over every kind the issue asks for, each with expected site paths', () => {
    expect(queries.length).toBeGreaterThanOrEqual(80);
    expect(new Set(queries.map((q) => q.kind))).toEqual(new Set(['exact', 'compound', 'partial', 'paraphrase', 'multi', 'person', 'date']));
    for (const q of queries) {
      expect(q.query.trim()).toBe(q.query);
      expect(q.expect.length).toBeGreaterThan(0);
      for (const path of q.expect) expect(path).toMatch(/^\/[a-z0-9/-]+\/$/);
    }
  });
});
