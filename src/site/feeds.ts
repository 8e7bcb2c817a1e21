/**
 * The RSS feeds: one per published section (`/<section>/rss.xml`) and one for
 * the whole site (`/rss.xml`), all built by `lib/feed.ts`.
 */
import rss from '@astrojs/rss';
import { buildFeed, type FeedEntry } from '../lib/feed';
import { excerpt } from '../lib/excerpt';
import { getArticles } from './articles';
import { getResourceEntries } from './resources';
import { loadSettings } from './settings';
import { href } from './paths';
import { t, type StringKey } from '../i18n/zh';

export const FEED_SECTIONS = ['articles', 'library', 'media', 'courseware'] as const;
export type FeedSection = (typeof FEED_SECTIONS)[number];

const SECTION_LABEL: Record<FeedSection, StringKey> = {
  articles: 'nav.articles',
  library: 'nav.library',
  media: 'nav.media',
  courseware: 'nav.courseware',
};

const DESCRIPTION: Record<FeedSection, StringKey> = {
  articles: 'articles.description',
  library: 'library.description',
  media: 'media.description',
  courseware: 'courseware.description',
};

async function sectionEntries(section: FeedSection): Promise<FeedEntry[]> {
  const label = t(SECTION_LABEL[section]);
  switch (section) {
    case 'articles':
      return (await getArticles()).map((a) => ({
        title: a.data.title, path: `articles/${a.id}/`, date: a.data.date, summary: a.data.summary, categories: [label, a.data.category, ...a.data.tags],
      }));
    case 'library':
      return (await getResourceEntries('library')).map((e) => ({
        title: e.data.title, path: `library/${e.id}/`, date: e.data.date, summary: e.data.summary, categories: [label, e.data.author],
      }));
    case 'media':
      return (await getResourceEntries('media')).map((e) => ({
        title: e.data.title, path: `media/${e.id}/`, date: e.data.date, summary: excerpt(e.body, 80), categories: [label, e.data.kind],
      }));
    case 'courseware':
      return (await getResourceEntries('courseware')).map((e) => ({
        title: e.data.title, path: `courseware/${e.id}/`, date: e.data.date, summary: excerpt(e.body, 80), categories: [label],
      }));
  }
}

/** The feed of one section, or of all sections when `section` is undefined. */
export async function feedResponse(site: URL | undefined, section?: FeedSection): Promise<Response> {
  const settings = loadSettings();
  const sections = section ? [section] : FEED_SECTIONS;
  const entries = (await Promise.all(sections.map(sectionEntries))).flat();
  return rss(
    buildFeed({
      title: section ? t('feed.section', { site: settings.siteName, section: t(SECTION_LABEL[section]) }) : settings.siteName,
      description: section ? t(DESCRIPTION[section]) : settings.description,
      siteRoot: new URL(href(), site ?? 'http://localhost:4321').toString(),
      entries,
    }),
  );
}

/** `<link rel="alternate">` of a section's feed, for the page head. */
export function sectionFeedLink(section: FeedSection) {
  return { title: t('feed.section', { site: loadSettings().siteName, section: t(SECTION_LABEL[section]) }), href: href(`${section}/rss.xml`) };
}
