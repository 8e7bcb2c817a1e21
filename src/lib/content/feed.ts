/**
 * RSS 2.0 feeds: the items of every section in one shape, with absolute links,
 * dates at the start of the Beijing day and categories. The routes hand the
 * result to @astrojs/rss, which writes the XML.
 */
import { excerpt } from './excerpt';

export interface FeedEntry {
  title: string;
  /** Site-relative path of the page, e.g. 'library/some-book/' (no base). */
  path: string;
  /** Civil date YYYY-MM-DD (Beijing). */
  date: string;
  summary?: string;
  categories: readonly string[];
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description?: string;
  categories: string[];
}

export interface FeedOptions {
  title: string;
  description: string;
  /** Absolute URL of the site root including the base path, e.g. https://example.cn/dangjian/. */
  siteRoot: string;
  entries: readonly FeedEntry[];
  /** Most items in the feed; the newest are kept. */
  limit?: number;
}

/** Midnight in Beijing of a civil date, as an instant. */
export function feedDate(civilDate: string): Date {
  return new Date(`${civilDate}T00:00:00+08:00`);
}

/** Newest first (ties: by title, so the output is stable), at most `limit` items, absolute links. */
export function buildFeed({ title, description, siteRoot, entries, limit = 50 }: FeedOptions) {
  const root = siteRoot.endsWith('/') ? siteRoot : `${siteRoot}/`;
  const items: FeedItem[] = [...entries]
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.title.localeCompare(b.title, 'zh-CN')))
    .slice(0, limit)
    .map((entry) => ({
      title: entry.title,
      link: new URL(entry.path.replace(/^\//, ''), root).toString(),
      pubDate: feedDate(entry.date),
      ...(entry.summary ? { description: entry.summary } : {}),
      categories: [...new Set(entry.categories.filter(Boolean))],
    }));
  return { title, description, site: root, items, customData: '<language>zh-cn</language>' };
}

/** What a feed needs of a collection's model (src/model/collections.ts). */
export interface FeedModel {
  titleField: string;
  fields: Readonly<Record<string, unknown>>;
  section?: { path: string; feed?: { categories: readonly string[] } };
}

/** The models whose section has a feed, in the order given (the menu's). */
export function feedModels<M extends FeedModel>(models: readonly M[]): M[] {
  return models.filter((model) => model.section?.feed !== undefined);
}

/**
 * The feed item of one published entry, from its collection's model: its
 * title field, its page under the section's path, its own `summary` field when
 * the model has one (else the body's opening), and as categories the section's
 * name followed by the values of the fields the model names.
 */
export function feedEntryOf(
  model: FeedModel,
  sectionName: string,
  entry: { id: string; body?: string; data: Readonly<Record<string, unknown>> },
): FeedEntry {
  const { data } = entry;
  const values = (field: string) =>
    [data[field]]
      .flat()
      .filter((value) => value !== undefined && value !== null)
      .map(String);
  return {
    title: String(data[model.titleField]),
    path: `${model.section?.path ?? ''}${entry.id}/`,
    date: String(data.date),
    summary: 'summary' in model.fields ? (data.summary as string | undefined) : excerpt(entry.body, 80),
    categories: [sectionName, ...(model.section?.feed?.categories ?? []).flatMap(values)],
  };
}
