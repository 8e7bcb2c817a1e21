/**
 * The resource sections (电子图书室、网上视听室、多媒体课件): their published
 * entries (src/site/published.ts) and the detail pages' paths.
 */
import type { CollectionEntry } from 'astro:content';
import { getPublished } from './published';

export type ResourceCollection = 'library' | 'media' | 'courseware';
export type ResourceEntry<N extends ResourceCollection> = CollectionEntry<N>;

export const getResourceEntries = <N extends ResourceCollection>(name: N): Promise<ResourceEntry<N>[]> =>
  getPublished(name);

/** `getStaticPaths` of a resource section's detail pages: one page per published entry, the entry as prop. */
export function resourcePaths<N extends ResourceCollection>(name: N) {
  return async () => (await getResourceEntries(name)).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
