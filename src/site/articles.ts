/**
 * The 理论学习 section read through one small wrapper: published articles
 * (drafts and future dates hidden in production), newest first, with the
 * category and tag indexes that list pages need.
 */
import type { CollectionEntry } from 'astro:content';
import { ARTICLE_CATEGORIES } from '../model/collections';
import { slugOf } from '../model/fields';
import { getPublished } from './published';
import { tagSlugs } from '../lib/content/tag-slugs';
import { relatedFinder, type Relatable } from '../lib/content/related';
import { SEARCH_SHARD_ARTICLES } from '../lib/search/shards';

export type Article = CollectionEntry<'articles'>;
export type ArticleCategory = Article['data']['category'];

export const ARTICLES_PER_PAGE = 10;

/**
 * Articles per part of the search index (src/lib/search/shards.ts); SEARCH_SHARD_ARTICLES
 * in the environment of a build overrides it, so tests can split a small site.
 */
export const searchShardSize =
  Number(process.env.SEARCH_SHARD_ARTICLES) > 0 ? Number(process.env.SEARCH_SHARD_ARTICLES) : SEARCH_SHARD_ARTICLES;

export const getArticles = (): Promise<Article[]> => getPublished('articles');

export const categorySlug = (category: ArticleCategory): string => slugOf(ARTICLE_CATEGORIES, category);

export const categories = ARTICLE_CATEGORIES.map((c) => ({ name: c.value as ArticleCategory, slug: c.slug }));

let tagIndex: ReturnType<typeof buildTagIndex> | undefined;

/**
 * Tags of all published articles with their ASCII slugs and counts, by count
 * then name. Built once per build: every article page asks for it, and
 * rebuilding it each time made the build quadratic in the number of articles.
 */
export function getTagIndex() {
  tagIndex ??= buildTagIndex();
  return tagIndex;
}

async function buildTagIndex() {
  const articles = await getArticles();
  const counts = new Map<string, number>();
  for (const article of articles) for (const tag of article.data.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const names = [...counts.keys()].sort(new Intl.Collator('zh-CN').compare);
  const slugs = tagSlugs(names);
  return names
    .map((name) => ({ name, slug: slugs.get(name)!, count: counts.get(name)! }))
    .sort((a, b) => b.count - a.count);
}

type RelatableArticle = Relatable & { entry: Article };
const flat = (a: Article): RelatableArticle => ({
  id: a.id,
  category: a.data.category,
  tags: a.data.tags,
  date: a.data.date,
  entry: a,
});
let findRelated: Promise<(current: Relatable) => RelatableArticle[]> | undefined;

/** Articles to read next: those sharing tags or the category (src/lib/content/related.ts); the indexes are built once per build. */
export async function relatedArticles(article: Article): Promise<Article[]> {
  findRelated ??= getArticles().then((articles) => relatedFinder(articles.map(flat)));
  return (await findRelated)(flat(article)).map((r) => r.entry);
}
