/**
 * The resource sections (电子图书室、网上视听室、多媒体课件) read through one small
 * wrapper: published entries (future dates hidden in production), newest first.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byDateDescending, civilDateInShanghai } from '../lib/civil-date';
import { isPublished } from '../lib/publishing';

export type ResourceCollection = 'library' | 'media' | 'courseware';
export type ResourceEntry<N extends ResourceCollection> = CollectionEntry<N>;

const caches = new Map<ResourceCollection, Promise<unknown[]>>();

export function getResourceEntries<N extends ResourceCollection>(name: N): Promise<ResourceEntry<N>[]> {
  let cached = caches.get(name);
  if (!cached) {
    cached = (async () => {
      const today = civilDateInShanghai(new Date());
      const all = (await getCollection(name)) as ResourceEntry<N>[];
      return all.filter((entry) => isPublished(entry.data, today, import.meta.env.PROD)).sort(byDateDescending((e) => e.data.date));
    })();
    caches.set(name, cached);
  }
  return cached as Promise<ResourceEntry<N>[]>;
}

/** `getStaticPaths` of a study section's detail pages: one page per published entry, the entry as prop. */
export function resourcePaths<N extends ResourceCollection>(name: N) {
  return async () => (await getResourceEntries(name)).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
