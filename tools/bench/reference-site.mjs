/**
 * The bare Astro site `npm run bench` compares against, built as a bare site
 * would be today: the same Astro (the project's node_modules), the same article
 * files (the Markdown the CMS writes, tools/bench/corpus.ts) read through a
 * content collection with the glob loader, one `src/pages/articles/[id].astro`
 * page with a minimal layout (<html lang="zh-CN">, a data-pagefind-body
 * region), no integrations; then Pagefind over its dist/ through its Node API.
 * Its page is keyed for Astro's incremental build (CONFIG), like the project's.
 * (Until issue 22 it was one `src/pages/*.md` page per article, a slower path
 * than the content layer, which flattered the project.)
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: './src/content/articles' }),
  schema: z.object({ title: z.string(), date: z.coerce.date(), summary: z.string(), category: z.string(), tags: z.array(z.string()), draft: z.boolean() }),
});

export const collections = { articles };
`;

/**
 * Astro's incremental build as its documentation shows it (a page keyed by its entry's digest), so the
 * build after an edit is compared with the best a bare site does; its cache in its own folder.
 */
const CONFIG = { cacheDir: './.cache/astro/', experimental: { incrementalBuild: true } };

const LAYOUT = `---
const { title } = Astro.props;
---
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
  </head>
  <body>
    <main data-pagefind-body>
      <slot />
    </main>
  </body>
</html>
`;

const ARTICLE_PAGE = `---
import { getCollection, render } from 'astro:content';
import Layout from '../../layouts/Layout.astro';

export async function getStaticPaths() {
  const articles = await getCollection('articles', ({ data }) => !data.draft);
  return articles.map((entry) => ({ params: { id: entry.id }, props: { entry }, cacheKey: entry.digest }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Layout title={entry.data.title}>
  <h1>{entry.data.title}</h1>
  <p><time datetime={entry.data.date.toISOString().slice(0, 10)}>{entry.data.date.toISOString().slice(0, 10)}</time> · {entry.data.category}</p>
  <Content />
</Layout>
`;

const INDEXER = `import * as pagefind from 'pagefind';
const { index } = await pagefind.createIndex({});
const { page_count } = await index.addDirectory({ path: 'dist' });
await index.writeFiles({ outputPath: 'dist/pagefind' });
await pagefind.close();
console.log('indexed ' + page_count + ' pages');
`;

/** Writes the reference project into `dir`, with each article as `markdown(article)` writes it (the project's own files). */
export function writeReferenceSite(dir, articles, nodeModules, markdown) {
  mkdirSync(join(dir, 'src/layouts'), { recursive: true });
  mkdirSync(join(dir, 'src/pages/articles'), { recursive: true });
  mkdirSync(join(dir, 'src/content/articles'), { recursive: true });
  symlinkSync(nodeModules, join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-reference', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig(${JSON.stringify(CONFIG)});\n`,
  );
  writeFileSync(join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
  writeFileSync(join(dir, 'src/layouts/Layout.astro'), LAYOUT);
  writeFileSync(join(dir, 'src/pages/articles/[id].astro'), ARTICLE_PAGE);
  writeFileSync(join(dir, 'index.mjs'), INDEXER);
  for (const article of articles)
    writeFileSync(join(dir, 'src/content/articles', `${article.id}.md`), markdown(article));
}
