/**
 * The 理论学习 section read through one small wrapper: published articles
 * (drafts and future dates hidden in production), newest first, with the
 * category and tag indexes that list pages need.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ARTICLE_CATEGORIES } from '../model/collections';
import { byDateDescending, civilDateInShanghai } from '../lib/civil-date';
import { isPublished } from '../lib/publishing';
import { tagSlugs } from '../lib/tag-slugs';

export type Article = CollectionEntry<'articles'>;
export type ArticleCategory = Article['data']['category'];

export const ARTICLES_PER_PAGE = 10;

let cache: Promise<Article[]> | undefined;

export function getArticles(): Promise<Article[]> {
  cache ??= (async () => {
    const today = civilDateInShanghai(new Date());
    const all = await getCollection('articles', ({ data }) => isPublished(data, today, import.meta.env.PROD));
    return all.sort(byDateDescending((a) => a.data.date));
  })();
  return cache;
}

export function categorySlug(category: ArticleCategory): string {
  return ARTICLE_CATEGORIES.find((c) => c.value === category)!.slug;
}

export const categories = ARTICLE_CATEGORIES.map((c) => ({ name: c.value as ArticleCategory, slug: c.slug }));

/** Tags of all published articles with their ASCII slugs and counts, by count then name. */
export async function getTagIndex() {
  const articles = await getArticles();
  const counts = new Map<string, number>();
  for (const article of articles) for (const tag of article.data.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const names = [...counts.keys()].sort(new Intl.Collator('zh-CN').compare);
  const slugs = tagSlugs(names);
  return names
    .map((name) => ({ name, slug: slugs.get(name)!, count: counts.get(name)! }))
    .sort((a, b) => b.count - a.count);
}
