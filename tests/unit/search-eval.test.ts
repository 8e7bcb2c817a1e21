import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  halfOf,
  meetsQuestionTarget,
  meetsTarget,
  NO_ANSWER,
  scoreQuery,
  scoreRuns,
  sitePath,
  type EvalQuery,
} from '../../tools/search-eval';
import rawQueries from '../search-eval/queries.json';
import rawQuestions from '../search-eval/questions.json';

const queries = rawQueries as EvalQuery[];
const questions = rawQuestions as EvalQuery[];
const ROOT = join(import.meta.dirname, '..', '..');

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

describe('scoreQuery: graded relevance', () => {
  it('counts grade-2 answers for recall, any relevant page for MRR, and grades for nDCG', () => {
    const judged = { '/a/': 2, '/b/': 1 } as const;
    expect(scoreQuery(judged, ['/a/', '/b/'])).toEqual({
      recall: 1,
      reciprocalRank: 1,
      ndcg: 1,
      firstAnswers: 1,
      missing: [],
    });
    const related = scoreQuery(judged, ['/x/', '/b/']);
    expect(related.recall).toBe(0);
    expect(related.reciprocalRank).toBe(0.5);
    expect(related.ndcg).toBeCloseTo(1 / Math.log2(3) / (3 + 1 / Math.log2(3)));
    expect(related.missing).toEqual(['/a/']);
    expect(related.firstAnswers).toBe(0);
  });

  it('counts answer@1 only when the first result is graded 2: a related page first does not answer', () => {
    const judged = { '/a/': 2, '/b/': 1 } as const;
    expect(scoreQuery(judged, ['/b/', '/a/']).firstAnswers).toBe(0);
    expect(scoreQuery(judged, ['/a/']).firstAnswers).toBe(1);
    expect(scoreQuery(judged, []).firstAnswers).toBe(0);
  });

  it('caps recall at the five places shown', () => {
    const judged = Object.fromEntries(['/1/', '/2/', '/3/', '/4/', '/5/', '/6/', '/7/'].map((p) => [p, 2 as const]));
    expect(scoreQuery(judged, ['/1/', '/2/', '/3/', '/4/', '/5/']).recall).toBe(1);
    expect(scoreQuery(judged, ['/1/', '/2/', '/x/', '/y/', '/z/', '/3/']).recall).toBe(0.4);
  });
});

describe('scoreRuns and meetsTarget', () => {
  const set: EvalQuery[] = [
    { kind: 'exact', query: '红船', judged: { '/a/': 2 } },
    { kind: 'exact', query: '井冈山', judged: { '/b/': 2 } },
    { kind: 'compound', query: '交党费标准', judged: { '/c/': 2 } },
    { kind: NO_ANSWER, query: '量子计算机', judged: {} },
    { kind: NO_ANSWER, query: '核酸检测', judged: {} },
  ];

  it('averages per kind over queries with an answer, and counts no-answer queries that showed anything', () => {
    const score = scoreRuns(set, [['/a/'], ['/x/', '/b/'], ['/x/'], ['/x/'], []]);
    expect(score.recall).toBeCloseTo(2 / 3);
    expect(score.mrr).toBeCloseTo(0.5);
    expect(score.kinds.exact).toMatchObject({ count: 2, recall: 1, mrr: 0.75 });
    expect(score.kinds.compound).toMatchObject({ count: 1, recall: 0, mrr: 0 });
    expect(score.none).toEqual({ count: 2, shown: 1, share: 0.5, queries: ['量子计算机'] });
  });

  it('fails below each target of the held-back half, naming the figure', () => {
    const weak = scoreRuns(set, [['/a/'], ['/x/', '/b/'], ['/x/'], ['/x/'], []]);
    const strong = scoreRuns(set, [['/a/'], ['/b/'], ['/c/'], [], []]);
    expect(meetsTarget(weak, strong, 130, 100).failures).toEqual([
      'recall@5 0.667 < 0.95',
      'recall@5 0.667 < defaults 1.000',
      'MRR 0.500 < 0.85',
      'MRR 0.500 < defaults 1.000',
      'no-answer queries with results 0.500 > 0.1',
      'first search 130 B > 1.2 × 100 B',
    ]);
    expect(meetsTarget(strong, weak, 120, 100)).toEqual({ ok: true, failures: [] });
  });

  it('checks the question target on answer@1: at its floor, at least the defaults, few no-answer results', () => {
    const weak = scoreRuns(set, [['/a/'], ['/x/', '/b/'], ['/x/'], ['/x/'], []]);
    const strong = scoreRuns(set, [['/a/'], ['/b/'], ['/c/'], [], []]);
    expect(weak.first).toBeCloseTo(1 / 3);
    expect(meetsQuestionTarget(weak, strong).failures).toEqual([
      'answer@1 0.333 < 0.9',
      'answer@1 0.333 < defaults 1.000',
      'no-answer questions with results 0.500 > 0.1',
    ]);
    expect(meetsQuestionTarget(strong, weak)).toEqual({ ok: true, failures: [] });
    // The floor is a lower bar, checked the same way.
    expect(meetsQuestionTarget(weak, weak, { first: 0.3, noneShown: 0.5 })).toEqual({ ok: true, failures: [] });
  });

  it('rejects result lists that do not match the queries', () => {
    expect(() => scoreRuns(set, [[]])).toThrow('5 queries but 1 result lists');
  });
});

describe('the split', () => {
  it('is fixed by the query text: the same query always lands in the same half', () => {
    expect(halfOf('党费')).toBe(halfOf('党费'));
    expect(new Set(queries.map((q) => halfOf(q.query)))).toEqual(new Set(['tuning', 'held-back']));
  });

  it.each([
    ['keywords', queries],
    ['questions', questions],
  ])('gives both halves of the %s a fair share of every kind', (_name, set) => {
    for (const kind of new Set(set.map((q) => q.kind))) {
      const ofKind = set.filter((q) => q.kind === kind);
      const tuning = ofKind.filter((q) => halfOf(q.query) === 'tuning').length;
      expect(tuning / ofKind.length, kind).toBeGreaterThan(0.25);
      expect(tuning / ofKind.length, kind).toBeLessThan(0.75);
    }
  });
});

describe('the evaluation set', () => {
  it('has at least 200 queries over every kind and every section, each judged on existing site paths', () => {
    expect(queries.length).toBeGreaterThanOrEqual(200);
    expect(new Set(queries.map((q) => q.kind))).toEqual(
      new Set(['exact', 'compound', 'partial', 'paraphrase', 'multi', 'person', 'date', NO_ANSWER]),
    );
    const sections = new Set(queries.flatMap((q) => Object.keys(q.judged).map((path) => path.split('/')[1])));
    for (const section of [
      'articles',
      'library',
      'media',
      'courseware',
      'school',
      'quizzes',
      'daily',
      'reports',
      'contests',
      'topics',
      'history',
      'polls',
      'blogs',
      'people',
      'feedback',
      'stats',
    ]) {
      expect(sections, section).toContain(section);
    }
    for (const q of queries) {
      expect(q.query.trim()).toBe(q.query);
      for (const [path, grade] of Object.entries(q.judged)) {
        expect(path).toMatch(/^\/[a-z0-9/-]+\/$/);
        expect([1, 2]).toContain(grade);
      }
      if (q.kind !== NO_ANSWER) expect(Object.values(q.judged), q.query).toContain(2);
    }
  });
});

describe('the question set (issue 36)', () => {
  it('has at least 150 question-form queries over every section, each judged on existing site paths', () => {
    const answerable = questions.filter((q) => q.kind !== NO_ANSWER);
    expect(answerable.length).toBeGreaterThanOrEqual(150);
    expect(new Set(questions.map((q) => q.kind))).toEqual(
      new Set(['howto', 'rule', 'fulltext', 'define', 'why', 'which', 'fact', 'typo', NO_ANSWER]),
    );
    const sections = new Set(questions.flatMap((q) => Object.keys(q.judged).map((path) => path.split('/')[1])));
    for (const section of [
      'articles',
      'library',
      'media',
      'courseware',
      'school',
      'quizzes',
      'daily',
      'reports',
      'contests',
      'topics',
      'history',
      'polls',
      'blogs',
      'people',
      'feedback',
      'stats',
    ])
      expect(sections, section).toContain(section);
    for (const q of questions) {
      expect(q.query.trim()).toBe(q.query);
      for (const [path, grade] of Object.entries(q.judged)) {
        expect(path).toMatch(/^\/[a-z0-9/-]+\/$/);
        expect([1, 2]).toContain(grade);
      }
      if (q.kind !== NO_ANSWER) expect(Object.values(q.judged), q.query).toContain(2);
    }
  });

  it('shares no query with the keyword set, so no query is scored twice', () => {
    const keywords = new Set(queries.map((q) => q.query));
    expect(questions.filter((q) => keywords.has(q.query)).map((q) => q.query)).toEqual([]);
  });
});

/** Plain text of every file under `dir` with one of `extensions` (HTML tags dropped). */
function textOf(dir: string, extensions: string[], skip: RegExp): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => extensions.some((ext) => file.endsWith(ext)) && !skip.test(file))
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8').replace(/<[^>]*>/g, ' ') }));
}

describe('no-answer queries stay without an answer', () => {
  const noAnswer = [...queries, ...questions].filter((q) => q.kind === NO_ANSWER);

  it('are at least 40, each naming the words the site must not contain', () => {
    expect(noAnswer.length).toBeGreaterThanOrEqual(40);
    for (const q of noAnswer) {
      expect(q.judged, q.query).toEqual({});
      expect(q.absent?.length, q.query).toBeGreaterThan(0);
      for (const word of q.absent!) expect(q.query, q.query).toContain(word);
    }
  });

  // Content added later (a new section, new articles) that mentions one of these subjects makes the query answerable: judge it and move it out of the no-answer kind.
  it('appear nowhere in the content (src/content, members excluded: never published)', () => {
    const files = textOf(join(ROOT, 'src', 'content'), ['.md', '.mdx', '.yml', '.yaml', '.json'], /^members\//);
    expect(files.length).toBeGreaterThan(100);
    for (const q of noAnswer) {
      for (const word of q.absent!)
        expect(
          files.filter((f) => f.text.includes(word)).map((f) => f.file),
          `${q.query}: ${word}`,
        ).toEqual([]);
    }
  });
  // The built pages (dist/) are checked by eval:search, which runs after the build.
});
