#!/usr/bin/env node
/**
 * `npm test`: every check, in order, building the site once.
 *   1. astro check   types and templates
 *   2. vitest        unit tests, and a real build that must fail on bad content
 *   3. astro build   the production site (content guard + Pagefind index)
 *   4. eval:search   search relevance on that build; fails below the target of issue #10
 *   5. playwright    end-to-end tests on that build in real Chromium, with the CMS's local backend
 * Ends with one summary line: "Tests: N passed, M failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { INSTALL_HINT, hasPostgres } from './waline/pg-cluster.mjs';

// The discussion service's tests start a PostgreSQL of their own: say so now, not after the build.
if (!hasPostgres()) {
  console.error(`缺少 PostgreSQL（讨论服务的测试要用）。请先运行：${INSTALL_HINT}\nPostgreSQL is missing (the Waline tests need it). Run: ${INSTALL_HINT}`);
  console.log('\nTests: 0 passed, 1 failed');
  process.exit(1);
}

const steps = [
  ['类型检查 / type check', 'astro', ['check']],
  ['单元测试 / unit tests', 'vitest', ['run']],
  ['构建 / build', 'astro', ['build']],
  ['搜索评测 / search evaluation', 'node', ['scripts/eval-search.mjs']],
  ['端到端测试 / end-to-end tests', 'playwright', ['test']],
];

// The build points the CMS at the local backend that the end-to-end tests start.
process.env.CMS_PROXY_PORT ??= String(8081 + Number(process.env.TEST_PORT_OFFSET ?? 0));

rmSync('test-results', { recursive: true, force: true });
let failedStep;
for (const [title, command, args] of steps) {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit' });
  console.log(`=== ${title}: ${result.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (result.status !== 0) {
    failedStep = title;
    break;
  }
}

/** Counts from the JSON reports of Vitest and Playwright. */
function counts() {
  let passed = 0;
  let failed = 0;
  if (existsSync('test-results/unit.json')) {
    const unit = JSON.parse(readFileSync('test-results/unit.json', 'utf8'));
    passed += unit.numPassedTests;
    failed += unit.numFailedTests;
  }
  if (existsSync('test-results/e2e.json')) {
    const e2e = JSON.parse(readFileSync('test-results/e2e.json', 'utf8'));
    passed += e2e.stats.expected;
    failed += e2e.stats.unexpected + e2e.stats.flaky;
  }
  return { passed, failed };
}

const { passed, failed } = counts();
if (failedStep) console.error(`\n失败的步骤 / failed step: ${failedStep}`);
console.log(`\nTests: ${passed} passed, ${failed + (failedStep && failed === 0 ? 1 : 0)} failed`);
process.exit(failedStep ? 1 : 0);
