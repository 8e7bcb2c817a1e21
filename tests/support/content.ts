/** Reads the sample content the way the site does, so tests pick real entries instead of hard-coding them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEntryData } from '../../src/model/check-content';
import { civilDateFromYaml, civilDateInShanghai } from '../../src/lib/civil-date';

export const ROOT = join(import.meta.dirname, '../..');
export const ARTICLES_DIR = join(ROOT, 'src/content/articles');

export interface SampleArticle {
  id: string;
  title: string;
  date: string;
  category: string;
  tags: string[];
  draft: boolean;
}

export function sampleArticles(): SampleArticle[] {
  return readdirSync(ARTICLES_DIR)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const data = parseEntryData(readFileSync(join(ARTICLES_DIR, name), 'utf8'), 'md') as Record<string, unknown>;
      const date = data.date instanceof Date ? civilDateFromYaml(data.date) : String(data.date);
      return {
        id: name.replace(/\.md$/, ''),
        title: String(data.title),
        date,
        category: String(data.category),
        tags: (data.tags as string[] | undefined) ?? [],
        draft: data.draft === true,
      };
    });
}

/** Articles a production build publishes: no drafts, nothing dated after today in Beijing. */
export function publishedArticles(): SampleArticle[] {
  const today = civilDateInShanghai(new Date());
  return sampleArticles()
    .filter((a) => !a.draft && a.date <= today)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
