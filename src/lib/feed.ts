/**
 * RSS 2.0 feeds: the items of every section in one shape, with absolute links,
 * dates at the start of the Beijing day and categories. The routes hand the
 * result to @astrojs/rss, which writes the XML.
 */

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
