/**
 * Issue 22: a build after an edit reuses what the edit did not change, and its
 * dist/ is byte for byte the dist/ of a clean build of the same files.
 * A copy of the site, its search index in parts of 10 articles (so that an
 * edit of the newest article leaves the archive parts as they were), is built
 * once; then, for each edit made in the real content files, an incremental
 * build, then a clean build of the same files (cache removed), and the two
 * trees compared. Nothing is ignored in the comparison: no field has to differ.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSite, copySite } from '../../tools/servers';
import { civilDateInShanghai } from '../../src/lib/civil-date';
import { BUILD_DAY_ENV } from '../../src/lib/content/publishing';
import { publishedArticles } from '../support/content';
import { reusedIndexParts, reusedPages } from '../../tools/bench/report';

let copy: string;
const articles = publishedArticles();
// One day for every build of the test, as one build has (a test running over midnight stays whole).
const env = { SEARCH_SHARD_ARTICLES: '10', [BUILD_DAY_ENV]: civilDateInShanghai(new Date()) };

interface Build {
  /** Pages Astro copied from the cache instead of rendering. */
  reusedPages: number;
  /** Index parts copied from the cache instead of indexing. */
  reusedParts: number;
  log: string;
}

async function build(): Promise<Build> {
  const log = await buildSite(join(copy, 'dist'), env, copy);
  return {
    reusedPages: reusedPages(log),
    reusedParts: reusedIndexParts(log)!,
    log,
  };
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** Paths that differ between two trees: missing, extra or with other bytes. */
function differences(a: string, b: string): string[] {
  const left = files(a);
  const right = new Set(files(b));
  const found = left.filter((file) => !right.has(file)).map((file) => `only in the incremental build: ${file}`);
  for (const file of right) if (!left.includes(file)) found.push(`only in the clean build: ${file}`);
  for (const file of left)
    if (right.has(file) && !readFileSync(join(a, file)).equals(readFileSync(join(b, file))))
      found.push(`differs: ${file}`);
  return found;
}

/** An incremental build after `edit`, then a clean build of the same files: resolves with the first and the differences. */
async function editAndCompare(edit: () => void): Promise<Build & { differences: string[] }> {
  edit();
  const incremental = await build();
  renameSync(join(copy, 'dist'), join(copy, 'dist-incremental'));
  rmSync(join(copy, '.cache/astro'), { recursive: true, force: true });
  await build();
  const found = differences(join(copy, 'dist-incremental'), join(copy, 'dist'));
  rmSync(join(copy, 'dist-incremental'), { recursive: true, force: true });
  return { ...incremental, differences: found };
}

const articleFile = (id: string) => join(copy, 'src/content/articles', `${id}.md`);
const page = (path: string) => readFileSync(join(copy, 'dist', path, 'index.html'), 'utf8');
const rewrite = (file: string, change: (text: string) => string) =>
  writeFileSync(file, change(readFileSync(file, 'utf8')));

beforeAll(async () => {
  copy = copySite('dangjian-incremental-');
  const first = await build();
  expect(first.reusedPages).toBe(0);
}, 300_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('a build after an edit', () => {
  it('of the newest article’s text renders that page again, reuses the others and the archive index parts, and equals a clean build', async () => {
    const newest = articles[0]!;
    const result = await editAndCompare(() =>
      rewrite(articleFile(newest.id), (text) => `${text}\n\n增量构建测试段落：桂花开了。\n`),
    );
    expect(result.differences).toEqual([]);
    expect(page(`articles/${newest.id}`)).toContain('增量构建测试段落');
    // Every other article page and most list pages are copies: only the edited page, the pages that
    // show it (lists, its neighbours' related cards) and the unkeyed routes are rendered.
    expect(result.reusedPages).toBeGreaterThanOrEqual(articles.length - 8);
    expect(result.reusedParts).toBeGreaterThanOrEqual(1);
  }, 300_000);

  it('of an article’s title shows the new title on its neighbours’ pages and lists, and equals a clean build', async () => {
    const [previous, middle, next] = articles.slice(4, 7) as [
      (typeof articles)[0],
      (typeof articles)[0],
      (typeof articles)[0],
    ];
    const result = await editAndCompare(() =>
      rewrite(articleFile(middle.id), (text) => text.replace(/^title: .*$/m, 'title: 改过的标题用于增量构建')),
    );
    expect(result.differences).toEqual([]);
    for (const neighbour of [previous, next])
      expect(page(`articles/${neighbour.id}`)).toContain('改过的标题用于增量构建');
    expect(page('articles')).toContain('改过的标题用于增量构建');
  }, 300_000);

  it('removing one article and adding another leaves no page of the removed one, and equals a clean build', async () => {
    const removed = articles[2]!;
    const result = await editAndCompare(() => {
      rmSync(articleFile(removed.id));
      writeFileSync(
        articleFile('incremental-new-article'),
        [
          '---',
          'title: 新加的文章',
          `date: ${articles[1]!.date}`,
          'summary: 增量构建时新加的一篇文章。',
          `category: ${articles[1]!.category}`,
          'tags: [学习]',
          '---',
          '',
          '新文章的正文。',
          '',
        ].join('\n'),
      );
    });
    expect(result.differences).toEqual([]);
    expect(existsSync(join(copy, 'dist/articles', removed.id))).toBe(false);
    // The removed article's page was put back from the last build with the others, then deleted as not built.
    expect(result.log).toMatch(/removed [1-9]\d* pages no longer built/);
    expect(page('articles/incremental-new-article')).toContain('新加的文章');
  }, 300_000);

  it('after a change to the settings is a clean build', async () => {
    const result = await editAndCompare(() =>
      rewrite(join(copy, 'src/settings.yml'), (text) => text.replace(/^siteName: (.*)$/m, 'siteName: $1（增量）')),
    );
    expect(result.differences).toEqual([]);
    expect(result.reusedPages).toBe(0);
    expect(result.reusedParts).toBe(0);
    expect(result.log).toContain('clean build');
  }, 300_000);
});
