/**
 * The RSS feeds: one per section whose model asks for one (`section.feed`),
 * at `/<section>/rss.xml`, and one for the whole site (`/rss.xml`), all built
 * by `lib/feed.ts` from the published entries.
 */
import rss from '@astrojs/rss';
import type { CollectionEntry } from 'astro:content';
import { buildFeed, feedEntryOf, feedModels, type FeedEntry } from '../lib/content/feed';
import {
  COLLECTIONS,
  collectionModel,
  sectionName,
  type CollectionModel,
  type FeedCollection,
} from '../model/collections';
import { getPublished } from './published';
import { loadSettings } from './settings';
import { href } from './paths';
import { t } from '../i18n/zh';

export type FeedSection = FeedCollection;

/** The sections with a feed, in menu order. */
export const FEED_SECTIONS = feedModels<CollectionModel>(COLLECTIONS).map((model) => model.name as FeedSection);

async function sectionEntries(section: FeedSection): Promise<FeedEntry[]> {
  const model = collectionModel(section);
  const entries: CollectionEntry<FeedSection>[] = await getPublished(section);
  return entries.map((entry) => feedEntryOf(model, sectionName(model), entry));
}

const feedTitle = (section: FeedSection) =>
  t('feed.section', { site: loadSettings().siteName, section: sectionName(collectionModel(section)) });

/** The feed of one section, or of all sections when `section` is undefined. */
export async function feedResponse(site: URL | undefined, section?: FeedSection): Promise<Response> {
  const settings = loadSettings();
  const sections = section ? [section] : FEED_SECTIONS;
  const entries = (await Promise.all(sections.map(sectionEntries))).flat();
  return rss(
    buildFeed({
      title: section ? feedTitle(section) : settings.siteName,
      // Each section's description is its `<name>.description` string (also its list page's).
      description: section ? t(`${section}.description`) : settings.description,
      siteRoot: new URL(href(), site ?? 'http://localhost:4321').toString(),
      entries,
    }),
  );
}

/** `<link rel="alternate">` of a section's feed, for the page head. */
export function sectionFeedLink(section: FeedSection) {
  return { title: feedTitle(section), href: href(`${collectionModel(section).section!.path}rss.xml`) };
}
