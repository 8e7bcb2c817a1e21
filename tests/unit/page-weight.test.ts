import { describe, expect, it } from 'vitest';
import { gzipBytes, pageWeight, staticImports } from '../../tools/page-weight';
import { INTERACTIVE_BUDGET, TEXT_BUDGET, budgetFor, overBudget } from '../../tools/budgets';

describe('staticImports', () => {
  it.each([
    ['minified named import', 'import{a as b}from"./chunk.js";b()', ['./chunk.js']],
    ['side-effect import', 'import"./side.js";', ['./side.js']],
    [
      'default and namespace imports',
      'import x from "/_astro/x.js"\nimport * as y from \'../y.js\'',
      ['/_astro/x.js', '../y.js'],
    ],
    ['re-exports', 'export{c}from"./c.js";export*from"./d.js"', ['./c.js', './d.js']],
    ['a dynamic import is not static', 'button.onclick=()=>import("./later.js")', []],
    ['a word ending in import is not an import', 'reimport"./no.js"', []],
  ])('%s', (_name, code, expected) => {
    expect(staticImports(code)).toEqual(expected);
  });
});

describe('pageWeight', () => {
  const assets: Record<string, string> = {
    '/_astro/page.js': 'import{x}from"./shared.js";import"./shared.js";const later=()=>import("./lazy.js");x(later)',
    '/_astro/shared.js': 'export const x=(f)=>f;',
    '/_astro/lazy.js': 'export default "loaded on demand";'.repeat(50),
    '/_astro/site.css': 'body{margin:0}',
    '/articles/x/local.js': 'console.log(1)',
  };
  const read = (path: string) => assets[path];
  const html = [
    '<html><head><link rel="stylesheet" href="/_astro/site.css"><style>p{color:red}</style>',
    '<script>document.documentElement.dataset.mode="large"</script>',
    '<script type="application/ld+json">{"@type":"Article"}</script>',
    '</head><body><script type="module" src="/_astro/page.js"></script>',
    '<script type="module">import"/_astro/shared.js";</script><script src="local.js"></script></body></html>',
  ].join('');
  const weight = pageWeight(html, '/articles/x/', read);

  it('counts scripts, their static imports once, and relative sources, but not import() or JSON-LD', () => {
    const expected =
      gzipBytes(assets['/_astro/page.js']!) +
      gzipBytes(assets['/_astro/shared.js']!) +
      gzipBytes('document.documentElement.dataset.mode="large"') +
      gzipBytes('import"/_astro/shared.js";') +
      gzipBytes(assets['/articles/x/local.js']!);
    expect(weight.js).toBe(expected);
    expect(weight.files).toEqual(['/_astro/page.js', '/_astro/shared.js', '/articles/x/local.js', '/_astro/site.css']);
  });

  it('counts linked and inline CSS, and the document', () => {
    expect(weight.css).toBe(gzipBytes('body{margin:0}') + gzipBytes('p{color:red}'));
    expect(weight.html).toBe(gzipBytes(html));
  });

  it('counts a modulepreload as loaded', () => {
    const preload = pageWeight('<link rel="modulepreload" href="/_astro/shared.js">', '/', read);
    expect(preload.js).toBe(gzipBytes(assets['/_astro/shared.js']!));
  });

  it('ignores files that do not exist', () => {
    expect(pageWeight('<script type="module" src="/_astro/gone.js"></script>', '/', read).js).toBe(0);
  });
});

describe('budgets', () => {
  it.each([
    ['/', TEXT_BUDGET],
    ['/articles/yanan-spirit/', TEXT_BUDGET],
    ['/library/book/', TEXT_BUDGET],
    ['/history/arrival-wuqi/', TEXT_BUDGET],
    ['/reports/2025-q4/', TEXT_BUDGET],
    ['/school/branch-life/', TEXT_BUDGET],
    ['/school/branch-life/lesson-1/', INTERACTIVE_BUDGET],
    ['/quizzes/branch-life-test/', INTERACTIVE_BUDGET],
    ['/my/', INTERACTIVE_BUDGET],
    ['/search/', INTERACTIVE_BUDGET],
    ['/admin/', undefined],
  ])('%s', (path, budget) => {
    expect(budgetFor(path)).toBe(budget);
  });

  it('names the page, the resource, its size and the limit', () => {
    expect(overBudget('/articles/x/', { js: 13 * 1024, css: 1000, html: 41 * 1024 }, TEXT_BUDGET)).toEqual([
      '/articles/x/: JavaScript 13.0 KB gzip > 文本页预算 12.0 KB',
      '/articles/x/: HTML 41.0 KB gzip > 文本页预算 40.0 KB',
    ]);
    expect(overBudget('/my/', { js: 13 * 1024, css: 1000, html: 1000 }, INTERACTIVE_BUDGET)).toEqual([]);
  });
});
