/**
 * The bare Astro site `npm run bench` compares against: the same Astro (the
 * project's node_modules), the same articles as one Markdown page each, a
 * minimal layout with <html lang="zh-CN"> and a data-pagefind-body region,
 * no integrations; then Pagefind over its dist/ through its Node API.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LAYOUT = `---
const { frontmatter } = Astro.props;
---
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{frontmatter.title}</title>
  </head>
  <body>
    <main data-pagefind-body>
      <h1>{frontmatter.title}</h1>
      <p>{frontmatter.date} · {frontmatter.category}</p>
      <slot />
    </main>
  </body>
</html>
`;

const INDEXER = `import * as pagefind from 'pagefind';
const { index } = await pagefind.createIndex({});
const { page_count } = await index.addDirectory({ path: 'dist' });
await index.writeFiles({ outputPath: 'dist/pagefind' });
await pagefind.close();
console.log('indexed ' + page_count + ' pages');
`;

const quoted = (text) => JSON.stringify(text);

/** Writes the reference project into `dir`; returns the commands that build and index it. */
export function writeReferenceSite(dir, articles, nodeModules) {
  mkdirSync(join(dir, 'src/layouts'), { recursive: true });
  mkdirSync(join(dir, 'src/pages/articles'), { recursive: true });
  symlinkSync(nodeModules, join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-reference', private: true, type: 'module' }));
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
  writeFileSync(join(dir, 'src/layouts/Article.astro'), LAYOUT);
  writeFileSync(join(dir, 'index.mjs'), INDEXER);
  for (const article of articles) {
    const frontmatter = `---\nlayout: ../../layouts/Article.astro\ntitle: ${quoted(article.title)}\ndate: ${quoted(article.date)}\ncategory: ${quoted(article.category)}\n---\n\n`;
    writeFileSync(join(dir, 'src/pages/articles', `${article.id}.md`), frontmatter + article.body + '\n');
  }
}
