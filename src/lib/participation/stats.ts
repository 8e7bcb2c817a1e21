/**
 * Aggregates for /stats/ from the discussion snapshot and the published
 * content: participation per month, the most discussed threads, poll turnout
 * and content per section per month. Pure logic; months are Beijing months
 * (the caller passes the conversion).
 */
import type { SnapshotDiscussion } from '../discussion/snapshot';

export interface MonthlyParticipation {
  month: string;
  /** Comments and replies written that month. */
  comments: number;
  /** Reactions on the threads opened that month (GitHub gives no date per reaction). */
  reactions: number;
  /** Distinct accounts that opened a thread or wrote that month. */
  participants: number;
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((sum, n) => sum + n, 0);

export function monthlyParticipation(
  discussions: readonly SnapshotDiscussion[],
  toMonth: (iso: string) => string,
): MonthlyParticipation[] {
  const months = new Map<string, { comments: number; reactions: number; people: Set<string> }>();
  const month = (key: string) => {
    let row = months.get(key);
    if (!row) months.set(key, (row = { comments: 0, reactions: 0, people: new Set() }));
    return row;
  };
  for (const discussion of discussions) {
    const opened = month(toMonth(discussion.createdAt));
    opened.reactions += total(discussion.reactions);
    opened.people.add(discussion.author);
    for (const post of discussion.posts) {
      const row = month(toMonth(post.date));
      row.comments += 1;
      row.people.add(post.author);
    }
  }
  return [...months]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, row]) => ({
      month: key,
      comments: row.comments,
      reactions: row.reactions,
      participants: row.people.size,
    }));
}

export interface ThreadActivity {
  discussion: SnapshotDiscussion;
  /** Comments plus replies. */
  posts: number;
  reactions: number;
}

/** Threads with the most comments and replies (then reactions), at most `limit`; silent threads left out. */
export function mostDiscussed(discussions: readonly SnapshotDiscussion[], limit = 10): ThreadActivity[] {
  return discussions
    .map((discussion) => ({
      discussion,
      posts: discussion.comments + discussion.replies,
      reactions: total(discussion.reactions),
    }))
    .filter((t) => t.posts > 0)
    .sort((a, b) => b.posts - a.posts || b.reactions - a.reactions || a.discussion.number - b.discussion.number)
    .slice(0, limit);
}

/** Votes cast in each poll, in the snapshot's order. */
export function pollTurnout(
  discussions: readonly SnapshotDiscussion[],
): { number: number; question: string; votes: number }[] {
  return discussions.flatMap((d) =>
    d.poll ? [{ number: d.number, question: d.poll.question, votes: d.poll.totalVotes }] : [],
  );
}

export interface PublishedItem {
  section: string;
  /** Civil date YYYY-MM-DD. */
  date: string;
}

export interface ContentByMonth {
  months: string[];
  sections: string[];
  /** counts[monthIndex][sectionIndex] */
  counts: number[][];
}

/** Entries published per section in each of the last `monthCount` months up to `lastMonth` (months without entries included). */
export function contentByMonth(
  items: readonly PublishedItem[],
  sections: readonly string[],
  lastMonth: string,
  monthCount = 6,
): ContentByMonth {
  const months = lastMonths(lastMonth, monthCount);
  const counts = months.map((m) =>
    sections.map((s) => items.filter((i) => i.section === s && i.date.startsWith(m)).length),
  );
  return { months, sections: [...sections], counts };
}

/** The `count` months ending with `last` (YYYY-MM), oldest first. */
export function lastMonths(last: string, count: number): string[] {
  const [year, month] = last.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(year, month - 1 - (count - 1 - i), 1));
    return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

/**
 * The `count` whole months before the month of `day` (YYYY-MM-DD), oldest first. The month
 * in progress is left out of monthly series: a few days of it (and study records, which
 * members submit after the month ends) beside full months read as a collapse to 0.
 */
export function completeMonths(day: string, count: number): string[] {
  const [previous] = lastMonths(day.slice(0, 7), 2) as [string, string];
  return lastMonths(previous, count);
}
