/**
 * What a build publishes, decided once: the build day (today in Beijing when
 * the build starts) and, per dated collection, its published entries newest
 * first. Drafts and entries dated after the build day are hidden in production
 * (src/lib/content/publishing.ts) and shown while editing locally. Every section reads
 * its entries here, and every "today" of a build (contest and poll status, 今日一学,
 * 历史上的今天, statistics) is this one day, so a build that runs over midnight
 * cannot disagree with itself.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { byDateDescending, civilDateInShanghai } from '../lib/civil-date';
import { BUILD_DAY_ENV, isPublished } from '../lib/content/publishing';

/** Today in Beijing, when the site is built: fixed as the build starts (src/integrations/incremental-build.ts), so reused and new pages agree. */
export const buildDay = process.env[BUILD_DAY_ENV] ?? civilDateInShanghai(new Date());
/** This month in Beijing, when the site is built (YYYY-MM). */
export const buildMonth = buildDay.slice(0, 7);

/** Collections whose entries carry a required publication `date`. */
export type DatedCollection = {
  [N in CollectionKey]: CollectionEntry<N>['data'] extends { date: string } ? N : never;
}[CollectionKey];

const cache = new Map<DatedCollection, Promise<unknown>>();

/** Published entries of a dated collection, newest first; read once per build. */
export function getPublished<N extends DatedCollection>(name: N): Promise<CollectionEntry<N>[]> {
  let entries = cache.get(name) as Promise<CollectionEntry<N>[]> | undefined;
  if (!entries) {
    entries = getCollection(name).then((all) =>
      (all as CollectionEntry<N>[])
        .filter((entry) => isPublished(entry.data as { date: string; draft?: boolean }, buildDay, import.meta.env.PROD))
        .sort(byDateDescending((entry) => (entry.data as { date: string }).date)),
    );
    cache.set(name, entries);
  }
  return entries;
}
