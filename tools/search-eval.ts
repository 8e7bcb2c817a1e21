/**
 * Scoring of the search evaluation (scripts/eval-search.mjs): recall@k and MRR
 * per query kind, the misses, and whether the target of issue #10 is met.
 */

export interface EvalQuery {
  kind: string;
  query: string;
  /** Site paths that must appear among the top results, e.g. "/articles/party-dues-standard/". */
  expect: string[];
}

export interface KindScore {
  count: number;
  recall: number;
  mrr: number;
}

export interface Miss {
  kind: string;
  query: string;
  missing: string[];
  got: string[];
}

export interface EvalScore {
  recall: number;
  mrr: number;
  kinds: Record<string, KindScore>;
  misses: Miss[];
}

export const TARGET = { recall: 0.95, mrr: 0.85, kindRecall: 0.9, bytesRatio: 1.2 };

/** A result URL as a site path: origin, query and hash dropped, index.html folded into its folder. */
export function sitePath(url: string): string {
  const path = new URL(url, 'http://site.invalid').pathname;
  return decodeURI(path.replace(/index\.html$/, ''));
}

/**
 * recall@k of one query: the share of its expected pages found in `ranked`
 * (already cut to k); reciprocal rank: 1 / position of the first expected page.
 */
export function scoreQuery(expect: string[], ranked: string[]): { recall: number; reciprocalRank: number; missing: string[] } {
  const got = ranked.map(sitePath);
  const missing = expect.filter((path) => !got.includes(path));
  const first = got.findIndex((path) => expect.includes(path));
  return { recall: (expect.length - missing.length) / expect.length, reciprocalRank: first === -1 ? 0 : 1 / (first + 1), missing };
}

export function scoreRuns(queries: EvalQuery[], ranked: string[][]): EvalScore {
  if (queries.length !== ranked.length) throw new Error(`${queries.length} queries but ${ranked.length} result lists`);
  const sums: Record<string, { count: number; recall: number; rr: number }> = {};
  const misses: Miss[] = [];
  let recall = 0;
  let rr = 0;
  queries.forEach((query, i) => {
    const score = scoreQuery(query.expect, ranked[i] ?? []);
    const sum = (sums[query.kind] ??= { count: 0, recall: 0, rr: 0 });
    sum.count += 1;
    sum.recall += score.recall;
    sum.rr += score.reciprocalRank;
    recall += score.recall;
    rr += score.reciprocalRank;
    if (score.missing.length > 0) misses.push({ kind: query.kind, query: query.query, missing: score.missing, got: (ranked[i] ?? []).map(sitePath) });
  });
  const kinds = Object.fromEntries(Object.entries(sums).map(([kind, s]) => [kind, { count: s.count, recall: s.recall / s.count, mrr: s.rr / s.count }]));
  const n = Math.max(1, queries.length);
  return { recall: recall / n, mrr: rr / n, kinds, misses };
}

/** Whether the site's figures meet the target; the reasons when not. */
export function meetsTarget(score: EvalScore, bytes: number, defaultBytes: number): { ok: boolean; failures: string[] } {
  const failures: string[] = [];
  if (score.recall < TARGET.recall) failures.push(`recall@5 ${score.recall.toFixed(3)} < ${TARGET.recall}`);
  if (score.mrr < TARGET.mrr) failures.push(`MRR ${score.mrr.toFixed(3)} < ${TARGET.mrr}`);
  for (const [kind, s] of Object.entries(score.kinds)) {
    if (s.recall < TARGET.kindRecall) failures.push(`${kind} recall@5 ${s.recall.toFixed(3)} < ${TARGET.kindRecall}`);
  }
  if (bytes > defaultBytes * TARGET.bytesRatio) failures.push(`first search ${bytes} B > ${TARGET.bytesRatio} × ${defaultBytes} B`);
  return { ok: failures.length === 0, failures };
}
