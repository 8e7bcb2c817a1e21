/**
 * What the digest announces, read straight from src/content/ (no build needed):
 * the 每日一学 cards and the dated entries of the public sections. The same
 * content check as the build runs first: content the site would refuse is never
 * mailed out.
 */
import { checkContent, formatProblems, loadCollection } from '../../src/model/check-content.ts';
import { collectionModel } from '../../src/model/collections.ts';
import { digestSources } from '../../src/model/published.ts';
import { digestItem } from '../../src/lib/digest/sources.ts';
import type { DigestItem } from '../../src/lib/digest/selection.ts';
import type { DigestCard } from '../../src/lib/digest/mail.ts';
import type { WeekMeeting } from '../../src/lib/meetings/week.ts';
import type { ContentProblem } from '../../src/model/content-problem.ts';

export interface DigestContent {
  cards: DigestCard[];
  items: DigestItem[];
  /** Every meeting's public facts; the digest names those of the coming week. */
  meetings: WeekMeeting[];
}

export function loadDigestContent(root: string): DigestContent {
  const problems: ContentProblem[] = checkContent(root);
  if (problems.length > 0)
    throw new Error(
      `${formatProblems(problems)}\n\n摘要没有发送：请先修正内容。/ No digest was sent: fix the content first.`,
    );
  const cards = loadCollection(root, collectionModel('daily'), problems).map(({ id, data }) => {
    const { text, source, topic, date } = data as Record<string, string>;
    return { id, text: text!, source: source!, topic: topic!, ...(date ? { date } : {}) };
  });
  const items = digestSources().flatMap((source) =>
    loadCollection(root, collectionModel(source.collection), problems).flatMap(
      ({ id, data }) => digestItem(source, id, data as Record<string, unknown>) ?? [],
    ),
  );
  const meetings = loadCollection(root, collectionModel('meetings'), problems).map(({ id, data }) => {
    const { title, kind, date, start, end, place, audience, group, status } = data as Record<string, string>;
    return {
      id,
      title: title!,
      kind: kind!,
      date: date!,
      start: start!,
      end: end!,
      ...(place ? { place } : {}),
      audience: audience === '党小组' && group ? group : audience!,
      cancelled: status === '已取消',
    };
  });
  return { cards, items, meetings };
}
