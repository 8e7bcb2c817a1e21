#!/usr/bin/env node
/**
 * `npm run lighthouse`: Lighthouse (mobile: Moto G class screen, simulated slow 4G and
 * CPU) on the production build, served by `astro preview`, in the system
 * Chromium (CHROME_PATH, default as in tools/chromium.ts). Pages: home,
 * an article, a lesson, search and 我的学习. Builds first when dist/ is missing.
 * Each page is audited `--runs` times (default 3) and the run with the median
 * performance score counts, as Lighthouse's own guidance on variance advises:
 * timings on a shared 2-core machine swing from run to run.
 * Prints the four category scores per page, writes the HTML and JSON reports of
 * the counted runs to reports/lighthouse/, and exits 1 when accessibility, best
 * practices or SEO is below 100 or performance below 95 on any page.
 * Not part of `npm test`: it takes minutes and its timings vary with machine load.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type RunnerResult } from 'lighthouse';
import { chromiumLaunchOptions } from '../tools/chromium.ts';
import { pageTypePaths } from '../tools/page-types.ts';
import { AUDIT_PORT } from '../tools/ports.ts';
import { buildSite, previewSite } from '../tools/servers.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const out = join(root, 'reports', 'lighthouse');
const TARGET = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
type Category = keyof typeof TARGET;
const CATEGORIES = Object.keys(TARGET) as Category[];
const runs = Number(parseArgs({ options: { runs: { type: 'string', default: '3' } } }).values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs 需要正整数 / must be a positive integer');

if (!existsSync(join(dist, 'index.html'))) {
  console.log('dist/ 不存在，先构建 / no build yet: astro build');
  await buildSite(dist);
}

/** One real page of each kind the issue names, found in the build rather than hard-coded. */
function pagesToAudit() {
  const paths = pageTypePaths(dist);
  const first = (pattern: RegExp, what: string) => {
    const path = paths.find((p) => pattern.test(p));
    if (!path) throw new Error(`构建里没有${what} / no ${what} page in dist/`);
    return path;
  };
  return {
    首页: '/',
    文章: first(/^\/articles\/(?!category\/|tags\/)[^/]+\/$/, '文章'),
    课时: first(/^\/school\/[^/]+\/[^/]+\/$/, '课时'),
    搜索: first(/^\/search\/$/, '搜索'),
    我的学习: first(/^\/my\/$/, '我的学习'),
  };
}

const pages = pagesToAudit();
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const preview = await previewSite(dist, AUDIT_PORT);
const { executablePath, args } = chromiumLaunchOptions();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? executablePath,
  chromeFlags: ['--headless=new', ...(args ?? [])],
});

const rows: {
  name: string;
  path: string;
  scores: Record<Category, number>;
  failing: string[];
  runtimeError: string | undefined;
}[] = [];
try {
  for (const [name, path] of Object.entries(pages)) {
    const url = `http://localhost:${AUDIT_PORT}${path}`;
    const results: RunnerResult[] = [];
    for (let run = 0; run < runs; run += 1) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: ['html', 'json'],
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      if (!result) throw new Error(`Lighthouse 没有结果 / no result for ${url}`);
      results.push(result);
    }
    const performance = (r: RunnerResult) => r.lhr.categories.performance?.score ?? 0;
    const result = results.sort((a, b) => performance(a) - performance(b))[Math.floor((runs - 1) / 2)] as RunnerResult;
    const file = path === '/' ? 'home' : path.replace(/^\/|\/$/g, '').replaceAll('/', '--');
    const [html, json] = result.report as string[];
    writeFileSync(join(out, `${file}.html`), html ?? '');
    writeFileSync(join(out, `${file}.json`), json ?? '');
    const scores = Object.fromEntries(
      CATEGORIES.map((id) => [id, Math.round((result.lhr.categories[id]?.score ?? 0) * 100)]),
    ) as Record<Category, number>;
    // What cost points, so a failure says where to look without opening the report.
    const failing = Object.values(result.lhr.audits)
      .filter(
        (audit) =>
          audit.score !== null &&
          audit.score < 1 &&
          audit.scoreDisplayMode !== 'informative' &&
          audit.scoreDisplayMode !== 'manual',
      )
      .filter((audit) =>
        CATEGORIES.some((id) =>
          result.lhr.categories[id]?.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0),
        ),
      )
      .map((audit) => `${audit.id} (${audit.displayValue ?? Math.round((audit.score ?? 0) * 100)})`);
    rows.push({ name, path, scores, failing, runtimeError: result.lhr.runtimeError?.message });
  }
} finally {
  chrome.kill();
  preview.kill();
}

const cell = (text: string | number, width = 8) => String(text).padStart(width);
console.log(
  `\nLighthouse ${JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version}，移动端 / mobile，${runs} 次取中位 / median of ${runs}，${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
);
console.log(`${'页面 / page'.padEnd(44)}${cell('性能')}${cell('无障碍')}${cell('最佳实践')}${cell('SEO')}`);
let failed = false;
for (const { name, path, scores, failing, runtimeError } of rows) {
  const low = CATEGORIES.filter((id) => scores[id] < TARGET[id]);
  failed ||= low.length > 0 || Boolean(runtimeError);
  console.log(
    `${`${name} ${path}`.padEnd(44)}${CATEGORIES.map((id) => cell(scores[id])).join('')}${low.length ? '  未达标 / BELOW TARGET' : ''}`,
  );
  if (runtimeError) console.log(`    运行错误 / runtime error: ${runtimeError}`);
  if (low.length && failing.length) console.log(`    扣分项 / audits: ${failing.join(', ')}`);
}
console.log(
  `\n目标 / target: 性能 ≥${TARGET.performance}，无障碍、最佳实践、SEO = 100。报告 / reports: ${join('reports', 'lighthouse')}/`,
);
process.exit(failed ? 1 : 0);
