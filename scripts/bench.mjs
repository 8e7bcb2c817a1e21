#!/usr/bin/env node
/**
 * `npm run bench [-- --pages 10000] [--seed s] [--query 词] [--keep] [--cold]`: how the
 * site builds at scale, against a bare Astro site with the same content.
 *   1. generates N synthetic Chinese articles (src/lib/bench-corpus.ts);
 *   2. copies the project to a temporary folder with those articles in place of
 *      src/content/articles, builds it and measures time (Astro and Pagefind
 *      apart), pages per second, peak memory, dist/ and index size;
 *   3. measures in Chromium what a first search on that build downloads;
 *   4. builds the bare reference site (scripts/bench/reference-site.mjs) and
 *      indexes it with Pagefind, measured the same way;
 *   5. prints the figures, the ratios project/reference and the targets of
 *      issue #7; exits 1 when a target is missed.
 * Other sample content (library, school…) stays, so the project builds a few
 * hundred pages more than the reference; the table shows both counts. The CMS
 * bundle comes from its cache when one matches (src/integrations/cms-bundle.ts),
 * as in any build after the first; `--cold` empties that cache first.
 */
import './bench/ts-resolve.mjs';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { directoryBytes, runMeasured } from './bench/measure.mjs';
import { writeReferenceSite } from './bench/reference-site.mjs';
import { firstSearchBytes } from './bench/first-search.mjs';

const { articleMarkdown, benchCorpus } = await import('../src/lib/bench-corpus.ts');
const { cmsBundleNote, pagefindSeconds, precompressSeconds, verdicts, viteSeconds } = await import('../src/lib/bench-report.ts');
const { ARTICLE_CATEGORIES } = await import('../src/model/collections.ts');
const { previewSite } = await import('../tests/support/servers.ts');
const { BENCH_PORT } = await import('../tests/support/ports.ts');

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    seed: { type: 'string', default: 'bench' },
    query: { type: 'string', default: '志愿服务' },
    keep: { type: 'boolean', default: false },
    cold: { type: 'boolean', default: false },
  },
});
const count = Number(values.pages);
if (!Number.isInteger(count) || count < 1) throw new Error(`--pages 需要正整数 / must be a positive integer: ${values.pages}`);

const root = resolve(import.meta.dirname, '..');
const nodeModules = join(root, 'node_modules');
const astro = join(nodeModules, '.bin', 'astro');
const node = process.execPath;
const work = mkdtempSync(join(tmpdir(), 'dangjian-bench-'));
const project = join(work, 'project');
const reference = join(work, 'reference');
/** Not needed to build, or rebuilt by it. */
const LEFT_OUT = new Set(['node_modules', 'dist', '.astro', '.cache', '.git', 'test-results', 'playwright-report', 'reports', 'tests', 'docs']);
const env = { ASTRO_TELEMETRY_DISABLED: '1' };
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const htmlPages = (dist) => readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;

function fail(step, result) {
  console.error(result.output.slice(-4000));
  throw new Error(`${step} 失败 / failed (exit ${result.code})`);
}

console.log(`基准测试 / benchmark: ${count} 篇文章 / articles, seed ${values.seed}, ${cpus().length} 核 / cores, 负载 / load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`临时目录 / work folder: ${work}`);

const articles = [...benchCorpus({ count, categories: ARTICLE_CATEGORIES.map((o) => o.value), seed: values.seed })];

// The project, with the corpus as its articles.
mkdirSync(project);
for (const entry of readdirSync(root)) if (!LEFT_OUT.has(entry)) cpSync(join(root, entry), join(project, entry), { recursive: true });
symlinkSync(nodeModules, join(project, 'node_modules'));
rmSync(join(project, 'src/content/articles'), { recursive: true, force: true });
mkdirSync(join(project, 'src/content/articles'));
for (const article of articles) writeFileSync(join(project, 'src/content/articles', `${article.id}.md`), articleMarkdown(article));

if (values.cold) rmSync(join(nodeModules, '.cache', 'dangjian-cms'), { recursive: true, force: true });
console.log('\n构建项目 / building the project…');
const built = await runMeasured(astro, ['build'], { cwd: project, env });
if (built.code !== 0) fail('项目构建 / project build', built);
const projectDist = join(project, 'dist');
const pagefind = pagefindSeconds(built.output);
if (pagefind === undefined) fail('读取 Pagefind 用时 / reading the Pagefind time', built);

console.log('测量首次搜索 / measuring the first search…');
const preview = await previewSite(projectDist, BENCH_PORT);
let search;
try {
  search = await firstSearchBytes(`http://localhost:${BENCH_PORT}`, values.query, join(project, 'dist'));
} finally {
  preview.kill();
}

console.log('构建参照站点 / building the bare Astro reference…');
writeReferenceSite(reference, articles, nodeModules);
const referenceBuilt = await runMeasured(astro, ['build'], { cwd: reference, env });
if (referenceBuilt.code !== 0) fail('参照站点构建 / reference build', referenceBuilt);
const referenceIndexed = await runMeasured(node, ['index.mjs'], { cwd: reference });
if (referenceIndexed.code !== 0) fail('参照站点索引 / reference indexing', referenceIndexed);
const referenceDist = join(reference, 'dist');

const project_ = {
  pages: htmlPages(projectDist),
  seconds: built.seconds,
  astro: built.seconds - pagefind,
  vite: viteSeconds(built.output),
  cms: cmsBundleNote(built.output),
  precompress: precompressSeconds(built.output) ?? 0,
  pagefind,
  peak: built.peakRssBytes,
  dist: directoryBytes(projectDist),
  distPlain: directoryBytes(projectDist, (name) => !/\.(gz|br)$/.test(name)),
  index: directoryBytes(join(projectDist, 'pagefind'), (name) => !/\.(gz|br)$/.test(name)),
};
const reference_ = {
  pages: htmlPages(referenceDist),
  seconds: referenceBuilt.seconds + referenceIndexed.seconds,
  astro: referenceBuilt.seconds,
  vite: viteSeconds(referenceBuilt.output),
  cms: '—',
  precompress: 0,
  pagefind: referenceIndexed.seconds,
  peak: Math.max(referenceBuilt.peakRssBytes, referenceIndexed.peakRssBytes),
  dist: directoryBytes(referenceDist),
  distPlain: directoryBytes(referenceDist),
  index: directoryBytes(join(referenceDist, 'pagefind')),
};

const rows = [
  ['HTML 页面 / pages', (s) => String(s.pages)],
  ['构建+索引 / build + index', (s) => `${s.seconds.toFixed(1)} s`],
  ['  Astro', (s) => `${s.astro.toFixed(1)} s`],
  ['    Vite 打包 / bundling', (s) => `${s.vite.toFixed(1)} s`],
  ['    后台脚本 / CMS bundle', (s) => s.cms],
  ['    预压缩（索引之后）/ precompression after indexing', (s) => `${s.precompress.toFixed(1)} s`],
  ['    页面等 / pages and the rest', (s) => `${(s.astro - s.vite - s.precompress).toFixed(1)} s`],
  ['  Pagefind', (s) => `${s.pagefind.toFixed(1)} s`],
  ['页面/秒 / pages per second', (s) => (s.pages / s.seconds).toFixed(0)],
  ['内存峰值 / peak memory', (s) => mb(s.peak)],
  ['dist/ 大小 / size', (s) => mb(s.dist)],
  ['  不含 .gz/.br / without .gz/.br', (s) => mb(s.distPlain)],
  ['Pagefind 索引 / index', (s) => mb(s.index)],
];
console.log(`\n${''.padEnd(44)}${'项目 / project'.padStart(16)}${'参照 / bare Astro'.padStart(20)}`);
for (const [label, value] of rows) console.log(`${label.padEnd(44)}${value(project_).padStart(16)}${value(reference_).padStart(20)}`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const kinds = Object.entries(search.kinds).map(([name, bytes]) => `${name} ${kb(bytes)}`).join(', ');
console.log(`首次搜索下载 / first search downloads (“${values.query}”): ${kb(search.wire)} 传输 / on the wire (${kinds}); ${kb(search.bytes)} 解压后 / decoded; ${search.files} files`);
console.log(`比值 / ratio project/reference: 构建时间 / build time ${(project_.seconds / reference_.seconds).toFixed(2)}, 内存峰值 / peak memory ${(project_.peak / reference_.peak).toFixed(2)}`);

const results = verdicts({ pages: count, buildSeconds: project_.seconds, referenceSeconds: reference_.seconds, firstSearchBytes: search.wire });
console.log('\n目标 / targets:');
for (const { target, value, ok } of results) console.log(`  ${ok ? '✓' : '✗'} ${target}: ${value}`);
console.log(`负载 / load after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

if (values.keep) {
  writeFileSync(join(work, 'project-build.log'), built.output);
  writeFileSync(join(work, 'reference-build.log'), referenceBuilt.output + referenceIndexed.output);
  console.log(`保留 / kept: ${work} (构建日志 / build logs: project-build.log, reference-build.log)`);
}
else rmSync(work, { recursive: true, force: true });
process.exit(results.every((r) => r.ok) ? 0 : 1);
