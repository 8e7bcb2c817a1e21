/**
 * The study sections (电子图书室、网上视听室、多媒体课件) read through one small
 * wrapper: published entries (future dates hidden in production), newest first.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byDateDescending, civilDateInShanghai } from '../lib/civil-date';
import { isPublished } from '../lib/publishing';

export type StudyCollection = 'library' | 'media' | 'courseware';
export type StudyEntry<N extends StudyCollection> = CollectionEntry<N>;

const caches = new Map<StudyCollection, Promise<unknown[]>>();

export function getStudyEntries<N extends StudyCollection>(name: N): Promise<StudyEntry<N>[]> {
  let cached = caches.get(name);
  if (!cached) {
    cached = (async () => {
      const today = civilDateInShanghai(new Date());
      const all = (await getCollection(name)) as StudyEntry<N>[];
      return all.filter((entry) => isPublished(entry.data, today, import.meta.env.PROD)).sort(byDateDescending((e) => e.data.date));
    })();
    caches.set(name, cached);
  }
  return cached as Promise<StudyEntry<N>[]>;
}

/** `getStaticPaths` of a study section's detail pages: one page per published entry, the entry as prop. */
export function studyPaths<N extends StudyCollection>(name: N) {
  return async () => (await getStudyEntries(name)).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
