#!/usr/bin/env node
/**
 * `npm run eval:search`: how well the site's search finds what members mean.
 *
 * Runs every query of tests/search-eval/queries.json in real Chromium against the
 * last build (dist/, built first when missing) twice:
 *   - site:     the site's own bundle (dist/pagefind) through runSearch() of
 *               src/lib/search.ts, the code the search page runs;
 *   - defaults: the same dist/ indexed by a plain Pagefind run (no options, our
 *               weighting attributes stripped) and queried with plain search().
 * Prints recall@5, MRR and the misses per query kind side by side, and the bytes
 * the first search downloads in each setup. Exits 1 when the site misses the
 * target (recall@5 ≥ 0.95, MRR ≥ 0.85, no kind's recall below 0.9, first-search
 * bytes ≤ defaults + 20 %), so CI can gate on it.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, rmSync, mkdirSync, cpSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { join, extname, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { stripTypeScriptTypes } from 'node:module';
import * as pagefind from 'pagefind';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tools/chromium.ts';
import { scoreRuns, meetsTarget, TARGET } from '../tools/search-eval.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const work = join(root, '.cache', 'search-eval');
const port = Number(process.env.EVAL_PORT ?? 5040 + Math.min(9, Math.floor(Number(process.env.TEST_PORT_OFFSET ?? 0) / 100)));
const TOP = 5;
/** The first search whose download is measured: a broad one, so a full page of results loads. */
const BYTES_QUERY = '党费';

/** For tuning experiments: Pagefind options merged over the site's own, e.g. EVAL_SITE_OPTIONS='{"ranking":{"termSaturation":1}}'. */
const siteOptionsOverride = JSON.parse(process.env.EVAL_SITE_OPTIONS ?? '{}');
const queries = JSON.parse(readFileSync(join(root, 'tests/search-eval/queries.json'), 'utf8'));

if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
  console.log('没有找到构建结果，先构建 / no build found, building first');
  const built = spawnSync('astro', ['build'], { stdio: 'inherit', cwd: root });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

/** The defaults: a copy of dist/ without our weighting attributes, indexed by a plain Pagefind run. */
async function indexDefaults() {
  rmSync(work, { recursive: true, force: true });
  const site = join(work, 'site');
  mkdirSync(site, { recursive: true });
  cpSync(dist, site, { recursive: true, filter: (path) => !path.startsWith(join(dist, 'pagefind')) && !path.includes(`${join(dist, 'uploads')}`) });
  for (const file of walk(site)) {
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(file, 'utf8');
    const plain = html.replace(/\sdata-pagefind-(weight|index-attrs)="[^"]*"/g, '');
    if (plain !== html) writeFileSync(file, plain);
  }
  const { index } = await pagefind.createIndex({});
  const { errors, page_count } = await index.addDirectory({ path: site });
  if (errors.length > 0 || page_count === 0) throw new Error(`default index failed: ${errors.join('; ')}`);
  await index.writeFiles({ outputPath: join(work, 'pagefind-default') });
  await pagefind.close();
}

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.wasm': 'application/wasm', '.html': 'text/html; charset=utf-8', '.css': 'text/css' };
const searchModule = stripTypeScriptTypes(readFileSync(join(root, 'src/lib/search.ts'), 'utf8'));

/** dist/ as the site serves it, the defaults' bundle at /pagefind-default/, and search.ts as a browser module. */
function serve() {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/__eval/search.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      return res.end(searchModule);
    }
    if (path === '/__eval/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end('<!doctype html><meta charset="utf-8"><title>eval</title>');
    }
    const file = path.startsWith('/pagefind-default/') ? join(work, path) : join(dist, path);
    if (!file.startsWith(dist) && !file.startsWith(work)) return res.writeHead(403).end();
    if (!existsSync(file) || statSync(file).isDirectory()) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

/** In the page: the site's search as the search page runs it, or Pagefind's plain search(). */
async function queryInPage({ setup, texts, top, override }) {
  const urls = [];
  if (setup === 'site') {
    const { runSearch, PAGEFIND_OPTIONS } = await import('/__eval/search.js');
    const pf = await import('/pagefind/pagefind.js');
    await pf.options({ baseUrl: '/', ...PAGEFIND_OPTIONS, ...override });
    // As the search page does: its page of results, of which the top ones count.
    for (const text of texts) urls.push((await runSearch(pf, text)).hits.slice(0, top).map((h) => h.url));
  } else {
    const pf = await import('/pagefind-default/pagefind.js');
    for (const text of texts) {
      const found = await pf.search(text);
      urls.push(await Promise.all(found.results.slice(0, top).map(async (r) => (await r.data()).url)));
    }
  }
  return urls;
}

/** Runs all queries in one page; returns the ranked URLs per query and the bytes of the first search. */
async function runSetup(browser, setup) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  let counting = true;
  const pending = [];
  page.on('response', (response) => {
    if (!counting || !/\/pagefind(-default)?\//.test(response.url())) return;
    pending.push(response.body().then((body) => (bytes += body.length), () => {}));
  });
  await page.goto(`http://127.0.0.1:${port}/__eval/`);
  // A broad first search alone, to count what it downloads; then the scored queries.
  await page.evaluate(queryInPage, { setup, texts: [BYTES_QUERY], top: TOP, override: siteOptionsOverride });
  await Promise.all(pending);
  counting = false;
  const firstSearchBytes = bytes;
  const ranked = await page.evaluate(queryInPage, { setup, texts: queries.map((q) => q.query), top: TOP, override: siteOptionsOverride });
  await context.close();
  return { ranked, firstSearchBytes };
}

const started = Date.now();
await indexDefaults();
const server = await serve();
const browser = await chromium.launch(chromiumLaunchOptions());
let site;
let defaults;
try {
  site = await runSetup(browser, 'site');
  defaults = await runSetup(browser, 'defaults');
} finally {
  await browser.close();
  server.close();
}

const siteScore = scoreRuns(queries, site.ranked);
const defaultScore = scoreRuns(queries, defaults.ranked);
const pct = (n) => n.toFixed(3);
console.log(`\n搜索评测 / search evaluation: ${queries.length} queries, top ${TOP}\n`);
console.log('kind'.padEnd(12) + 'n'.padStart(4) + '  recall@5 site / default' + '   MRR site / default');
for (const kind of Object.keys(siteScore.kinds)) {
  const s = siteScore.kinds[kind];
  const d = defaultScore.kinds[kind];
  console.log(kind.padEnd(12) + String(s.count).padStart(4) + `  ${pct(s.recall)} / ${pct(d.recall)}`.padEnd(24) + `   ${pct(s.mrr)} / ${pct(d.mrr)}`);
}
console.log('all'.padEnd(12) + String(queries.length).padStart(4) + `  ${pct(siteScore.recall)} / ${pct(defaultScore.recall)}`.padEnd(24) + `   ${pct(siteScore.mrr)} / ${pct(defaultScore.mrr)}`);
console.log(`\nfirst search (${BYTES_QUERY}) downloads: site ${site.firstSearchBytes} B, defaults ${defaults.firstSearchBytes} B (${((site.firstSearchBytes / defaults.firstSearchBytes - 1) * 100).toFixed(1)} %)`);
for (const [name, score] of [['site', siteScore], ['defaults', defaultScore]]) {
  console.log(`\nmisses (${name}): ${score.misses.length}`);
  for (const miss of score.misses) console.log(`  [${miss.kind}] ${miss.query} → want ${miss.missing.join(', ')}; got ${miss.got.join(', ') || '(nothing)'}`);
}
const verdict = meetsTarget(siteScore, site.firstSearchBytes, defaults.firstSearchBytes);
console.log(`\n目标 / target: recall@5 ≥ ${TARGET.recall}, MRR ≥ ${TARGET.mrr}, every kind ≥ ${TARGET.kindRecall}, bytes ≤ defaults × ${TARGET.bytesRatio}: ${verdict.ok ? 'met' : `NOT met (${verdict.failures.join('; ')})`}`);
console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exit(verdict.ok ? 0 : 1);
