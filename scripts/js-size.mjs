#!/usr/bin/env node
/**
 * JavaScript each page type ships, gzip: the page's module scripts (inline and
 * external) and every module they import, counted once per page. Run after a
 * build:  node scripts/js-size.mjs [page.html …]  (default: one page per type).
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = resolve('dist');
const DEFAULT_PAGES = {
  首页: 'index.html',
  文章: 'articles/yanan-spirit/index.html',
  文章列表: 'articles/index.html',
  图书列表: 'library/index.html',
  图书: 'library/party-dues-questions/index.html',
  音视频列表: 'media/index.html',
  音视频: 'media/how-to-pay-party-dues/index.html',
  课件列表: 'courseware/index.html',
  课件: 'courseware/party-dues-calculation-sheet/index.html',
  每日一学: 'daily/index.html',
  搜索: 'search/index.html',
  党校: 'school/index.html',
  课程: 'school/branch-life/index.html',
  课时: 'school/branch-life/branch-1-three-meetings/index.html',
  测试: 'quizzes/branch-life-test/index.html',
  我的学习: 'my/index.html',
  思想汇报: 'reports/2025-q4-sun-jing-volunteer/index.html',
  党史事件: 'history/arrival-wuqi/index.html',
  党史时间轴: 'history/index.html',
  征文活动: 'contests/2026-summer-party-history-reflections/index.html',
  话题: 'topics/ai-tools-in-study/index.html',
  博文: 'blogs/annual-appraisal-thoughts/index.html',
};

const gz = (text) => gzipSync(text).length;

/** Bytes of a module file and all modules it imports statically (not dynamic import()). */
function collect(file, seen) {
  if (seen.has(file) || !existsSync(file)) return 0;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  let total = gz(code);
  for (const [, spec] of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    total += collect(spec.startsWith('/') ? join(DIST, spec) : resolve(dirname(file), spec), seen);
  }
  return total;
}

const pages = process.argv.length > 2 ? Object.fromEntries(process.argv.slice(2).map((p) => [p, p])) : DEFAULT_PAGES;
for (const [name, page] of Object.entries(pages)) {
  const html = readFileSync(join(DIST, page), 'utf8');
  const seen = new Set();
  let total = 0;
  for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (!/type="module"/.test(attrs)) continue;
    const src = /src="([^"]+)"/.exec(attrs)?.[1];
    if (src) total += collect(join(DIST, src), seen);
    else {
      total += gz(body);
      for (const [, spec] of body.matchAll(/import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) total += collect(join(DIST, spec), seen);
    }
  }
  console.log(`${name.padEnd(8, '　')} ${(total / 1024).toFixed(1).padStart(6)} KB gzip  (${page})`);
}
