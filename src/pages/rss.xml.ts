import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getArticles } from '../site/articles';
import { loadSettings } from '../site/settings';
import { href } from '../site/paths';

/** The whole site's feed; sections add their own `/<section>/rss.xml`. */
export async function GET(context: APIContext) {
  const settings = loadSettings();
  const articles = await getArticles();
  return rss({
    title: settings.siteName,
    description: settings.description,
    site: new URL(href(), context.site).toString(),
    items: articles.slice(0, 50).map((a) => ({
      title: a.data.title,
      pubDate: new Date(`${a.data.date}T00:00:00+08:00`),
      description: a.data.summary,
      categories: [a.data.category, ...a.data.tags],
      link: href(`articles/${a.id}/`),
    })),
    customData: '<language>zh-cn</language>',
  });
}
