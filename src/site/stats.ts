/**
 * What /stats/ aggregates, read from the collections: published entries per
 * section, the titles behind discussion terms, and member archives reduced
 * to counts (src/lib/members/stats.ts) before anything reaches a page.
 */
import { getCollection, getEntry, type CollectionKey } from 'astro:content';
import { COLLECTIONS, MEMBER_STAGES, MEMBER_STATUSES, collectionModel } from '../model/collections';
import { statsSections } from '../model/published';
import { entryPath } from '../model/sections';
import { civilMonthInShanghai } from '../lib/civil-date';
import { memberAggregates, type MemberAggregates } from '../lib/members/stats';
import { completeMonths, type PublishedItem } from '../lib/participation/stats';
import type { Snapshot, SnapshotDiscussion } from '../lib/discussion/snapshot';
import { href } from './paths';
import { buildDay, getPublished, type DatedCollection } from './published';
import { loadSettings } from './settings';
import { t } from '../i18n/zh';

export const toBeijingMonth = (iso: string) => civilMonthInShanghai(new Date(iso));

/** The collections /stats/ counts (`published.stats` in the model); `getPublished` needs their `date`. */
type StatsCollection = Extract<(typeof COLLECTIONS)[number], { published: { stats: true } }>['name'] & DatedCollection;

/** Published entries of the sections the model counts, labelled with the section's name (essays: 专题征文). */
export async function publishedItems(): Promise<{ sections: string[]; items: PublishedItem[] }> {
  const sources = await Promise.all(
    statsSections().map(
      async ({ collection, section }) => [section, await getPublished(collection as StatsCollection)] as const,
    ),
  );
  return {
    sections: [...new Set(sources.map(([section]) => section))],
    items: sources.flatMap(([section, entries]) =>
      entries.map((entry) => ({ section, date: (entry.data as { date: string }).date })),
    ),
  };
}

/** The page title behind a thread's term (`reports/…`), or the discussion's own title. */
export async function threadTitle(discussion: SnapshotDiscussion): Promise<string> {
  if (!discussion.term) return discussion.title;
  const [collection, id] = discussion.term.split('/') as [string, string];
  if (collection === 'feedback') return t('feedback.threadTitle');
  try {
    const entry = await getEntry(collection as CollectionKey, id);
    return (entry?.data as { title?: string } | undefined)?.title ?? discussion.title;
  } catch {
    // A term of a collection this site does not have: show GitHub's title.
    return discussion.title;
  }
}

/**
 * Where a thread of the snapshot is read: GitHub's discussion page, or, for the
 * branch's own service (Waline), the site's page of the entry the thread
 * belongs to; `undefined` when the entry no longer exists.
 */
export async function threadHref(
  discussion: SnapshotDiscussion,
  provider: Snapshot['provider'],
): Promise<string | undefined> {
  if (provider !== 'waline') return discussion.url;
  if (!discussion.term) return undefined;
  const [collection, id] = discussion.term.split('/') as [string, string];
  if (collection === 'feedback') return href('feedback/');
  try {
    const entry = await getEntry(collection as CollectionKey, id);
    if (!entry) return undefined;
    return href(entryPath(collectionModel(entry.collection), id, entry.data));
  } catch {
    return undefined;
  }
}

/** Aggregates of the member archives over the last six whole months; `undefined` without archives. */
export async function memberStatistics(): Promise<MemberAggregates | undefined> {
  const members = await getCollection('members');
  if (members.length === 0) return undefined;
  return memberAggregates(
    members.map((m) => m.data),
    {
      target: loadSettings().monthlyTargetMinutes,
      months: completeMonths(buildDay, 6),
      stages: MEMBER_STAGES.map((s) => s.value),
      statuses: MEMBER_STATUSES.map((s) => s.value),
    },
  );
}
