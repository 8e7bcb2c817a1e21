/**
 * Ballot definitions for the branch service's tests and load bench, in the
 * shape the site's /branch/ballots.json has (docs/branch-service.md), with
 * times relative to now.
 */

/** An ISO time in Beijing, `seconds` from now, as ballots.json writes it. */
export function beijingIn(seconds: number): string {
  const time = new Date(Date.now() + seconds * 1000 + 8 * 3_600_000);
  return `${time.toISOString().slice(0, 19)}+08:00`;
}

/** A question with options o1, o2…; `max` choices (1: single). */
export const ballotQuestion = (id: string, text: string, options: string[], max = 1) => ({
  id,
  text,
  min: 1,
  max,
  options: options.map((option, i) => ({ id: `o${i + 1}`, text: option })),
});

/** A poll open from `opens` to `closes` seconds from now (negative: in the past). */
export const pollDefinition = (
  id: string,
  opens: number,
  closes: number,
  questions = [ballotQuestion('q1', '方案', ['甲', '乙', '丙'])],
  extra: Record<string, unknown> = {},
) => ({
  id,
  title: `测试投票 ${id}`,
  kind: 'poll',
  opens: beijingIn(opens),
  closes: beijingIn(closes),
  includeProbationary: true,
  changeable: false,
  questions,
  ...extra,
});
