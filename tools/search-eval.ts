/**
 * Scoring of the search evaluation (scripts/eval-search.ts): graded relevance
 * per query kind, the fixed split into a tuning half and a held-back half, the
 * share of no-answer queries that show anything, and the targets of issue #20
 * (checked on the held-back half only).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** 2: the page answers the query; 1: related. Pages not listed are judged irrelevant. */
export type Grade = 1 | 2;

export interface EvalQuery {
  kind: string;
  query: string;
  /** Site path → grade, judged by reading the content, e.g. { "/articles/party-dues-standard/": 2 }. Empty: no answer on the site. */
  judged: Record<string, Grade>;
  /** No-answer queries: words that appear nowhere in the content or the build (checked by tests/unit/search-eval.test.ts). */
  absent?: string[];
}

export const TOP = 5;
export const NO_ANSWER = 'none';

export const TARGET = { recall: 0.95, mrr: 0.85, noneShown: 0.1, bytesRatio: 1.2 };

export type Half = 'tuning' | 'held-back';

/**
 * The split, fixed once: FNV-1a (32 bit) of the query's UTF-8 bytes; bit 16
 * even → tuning, odd → held-back. (Bit 0 would only count the odd bytes, and
 * split the set 90/142.) It depends on the query text alone, so adding a query
 * never moves another one between halves.
 */
export function halfOf(query: string): Half {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(query)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash >>> 16) % 2 === 0 ? 'tuning' : 'held-back';
}

/** A result URL as a site path: origin, query and hash dropped, index.html folded into its folder. */
export function sitePath(url: string): string {
  const path = new URL(url, 'http://site.invalid').pathname;
  return decodeURI(path.replace(/index\.html$/, ''));
}

export interface QueryScore {
  /** Grade-2 answers in the top 5, out of as many as fit there (min(5, answers)). */
  recall: number;
  /** 1 / rank of the first page graded 1 or 2; 0 when none is in the top 5. */
  reciprocalRank: number;
  /** nDCG@5 with gain 2^grade − 1. */
  ndcg: number;
  /** 1 when the first result is an answer (grade 2), else 0. */
  firstAnswers: number;
  missing: string[];
}

export function scoreQuery(judged: Record<string, Grade>, ranked: string[]): QueryScore {
  const got = ranked.slice(0, TOP).map(sitePath);
  const answers = Object.keys(judged).filter((path) => judged[path] === 2);
  const missing = answers.filter((path) => !got.includes(path));
  const found = answers.length - missing.length;
  const recall = answers.length === 0 ? 1 : found / Math.min(TOP, answers.length);
  const first = got.findIndex((path) => (judged[path] ?? 0) > 0);
  const gain = (grade: number) => 2 ** grade - 1;
  const dcg = got.reduce((sum, path, i) => sum + gain(judged[path] ?? 0) / Math.log2(i + 2), 0);
  const ideal = Object.values(judged)
    .sort((a, b) => b - a)
    .slice(0, TOP)
    .reduce((sum, grade, i) => sum + gain(grade) / Math.log2(i + 2), 0);
  return {
    recall: Math.min(1, recall),
    reciprocalRank: first === -1 ? 0 : 1 / (first + 1),
    ndcg: ideal === 0 ? 0 : dcg / ideal,
    firstAnswers: got[0] !== undefined && judged[got[0]] === 2 ? 1 : 0,
    missing,
  };
}

export interface KindScore {
  count: number;
  recall: number;
  mrr: number;
  ndcg: number;
  /** Share of queries whose first result answers them (answer@1). */
  first: number;
}

export interface Miss {
  kind: string;
  query: string;
  missing: string[];
  got: string[];
}

export interface EvalScore {
  /** Over the queries that have an answer. */
  recall: number;
  mrr: number;
  ndcg: number;
  /** Share of queries whose first result answers them (answer@1). */
  first: number;
  kinds: Record<string, KindScore>;
  /** No-answer queries: how many, and the share that showed any result. */
  none: { count: number; shown: number; share: number; queries: string[] };
  misses: Miss[];
}

/** Scores of `queries` given, for each, the result URLs the search showed (all of them, best first). */
export function scoreRuns(queries: EvalQuery[], shown: string[][]): EvalScore {
  if (queries.length !== shown.length) throw new Error(`${queries.length} queries but ${shown.length} result lists`);
  type Sum = { count: number; recall: number; rr: number; ndcg: number; first: number };
  const sums: Record<string, Sum> = {};
  const misses: Miss[] = [];
  const none = { count: 0, shown: 0, share: 0, queries: [] as string[] };
  queries.forEach((query, i) => {
    const results = shown[i] ?? [];
    if (query.kind === NO_ANSWER) {
      none.count += 1;
      if (results.length > 0) {
        none.shown += 1;
        none.queries.push(query.query);
      }
      return;
    }
    const score = scoreQuery(query.judged, results);
    for (const key of [query.kind, 'all']) {
      const sum = (sums[key] ??= { count: 0, recall: 0, rr: 0, ndcg: 0, first: 0 });
      sum.count += 1;
      sum.first += score.firstAnswers;
      sum.recall += score.recall;
      sum.rr += score.reciprocalRank;
      sum.ndcg += score.ndcg;
    }
    if (score.missing.length > 0 || score.reciprocalRank < 1 || score.firstAnswers === 0) {
      misses.push({
        kind: query.kind,
        query: query.query,
        missing: score.missing,
        got: results.slice(0, TOP).map(sitePath),
      });
    }
  });
  none.share = none.count === 0 ? 0 : none.shown / none.count;
  const average = (s: Sum) => ({
    count: s.count,
    recall: s.recall / s.count,
    mrr: s.rr / s.count,
    ndcg: s.ndcg / s.count,
    first: s.first / s.count,
  });
  const { all = { count: 0, recall: 0, rr: 0, ndcg: 0, first: 0 }, ...byKind } = sums;
  const overall = all.count === 0 ? { count: 0, recall: 0, mrr: 0, ndcg: 0, first: 0 } : average(all);
  return {
    recall: overall.recall,
    mrr: overall.mrr,
    ndcg: overall.ndcg,
    first: overall.first,
    kinds: Object.fromEntries(Object.entries(byKind).map(([kind, s]) => [kind, average(s)])),
    none,
    misses,
  };
}

/**
 * Whether the site meets the targets on the held-back half: recall@5 and MRR
 * at their floors and at least Pagefind's defaults on the same build, no more
 * than 10 % of no-answer queries showing anything, and a first search no
 * heavier than the defaults' + 20 %. The reasons when not.
 */
export function meetsTarget(
  site: EvalScore,
  defaults: EvalScore,
  bytes: number,
  defaultBytes: number,
): { ok: boolean; failures: string[] } {
  const failures: string[] = [];
  const f = (n: number) => n.toFixed(3);
  if (site.recall < TARGET.recall) failures.push(`recall@5 ${f(site.recall)} < ${TARGET.recall}`);
  if (site.recall < defaults.recall) failures.push(`recall@5 ${f(site.recall)} < defaults ${f(defaults.recall)}`);
  if (site.mrr < TARGET.mrr) failures.push(`MRR ${f(site.mrr)} < ${TARGET.mrr}`);
  if (site.mrr < defaults.mrr) failures.push(`MRR ${f(site.mrr)} < defaults ${f(defaults.mrr)}`);
  if (site.none.share > TARGET.noneShown)
    failures.push(`no-answer queries with results ${f(site.none.share)} > ${TARGET.noneShown}`);
  if (bytes > defaultBytes * TARGET.bytesRatio)
    failures.push(`first search ${bytes} B > ${TARGET.bytesRatio} × ${defaultBytes} B`);
  return { ok: failures.length === 0, failures };
}

/** Target of the question set (issue #36), on its held-back half: the first result answers ≥ 90 % of questions. */
export const QUESTION_TARGET = { first: 0.9, noneShown: 0.1 };

/**
 * What the question set's held-back half must not fall below (exit code 1):
 * the figures reached on 2026-12-07 (answer@1 0.681, 1 of 6 no-answer
 * questions with results), rounded to a floor. Raised as the search gets
 * better; the target above is reported beside it until it is met.
 */
export const QUESTION_FLOOR = { first: 0.65, noneShown: 0.2 };

/**
 * Whether the site meets the question set's target (or floor) on the held-back
 * half: answer@1 at least the target's and Pagefind's defaults', and no more
 * no-answer questions showing anything than it allows. The reasons when not.
 */
export function meetsQuestionTarget(
  site: EvalScore,
  defaults: EvalScore,
  target: { first: number; noneShown: number } = QUESTION_TARGET,
): { ok: boolean; failures: string[] } {
  const failures: string[] = [];
  const f = (n: number) => n.toFixed(3);
  if (site.first < target.first) failures.push(`answer@1 ${f(site.first)} < ${target.first}`);
  if (site.first < defaults.first) failures.push(`answer@1 ${f(site.first)} < defaults ${f(defaults.first)}`);
  if (site.none.share > target.noneShown)
    failures.push(`no-answer questions with results ${f(site.none.share)} > ${target.noneShown}`);
  return { ok: failures.length === 0, failures };
}

/**
 * Where the site says what a no-answer query asks for: each query's `absent` words found in
 * the text of the built pages (admin and the index itself left out). A query that finds an
 * answer is no longer a no-answer query: the set must change with the site, not the ranking.
 */
export function absentWordsFound(dist: string, queries: EvalQuery[]): string[] {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !/^(admin|pagefind)\//.test(file))
    .map((file) => ({ file, text: readFileSync(join(dist, file), 'utf8').replace(/<[^>]*>/g, ' ') }));
  return queries
    .filter((q) => q.kind === NO_ANSWER)
    .flatMap((q) =>
      (q.absent ?? []).flatMap((word) =>
        pages.filter((p) => p.text.includes(word)).map((p) => `${q.query}: “${word}” in ${p.file}`),
      ),
    );
}
