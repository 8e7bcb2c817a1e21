#!/usr/bin/env node
/**
 * `npm test`: every check, in order, building the site once.
 *   0. system packages the tests need (.ci/system-packages): installed as root, else a stop with the command
 *   1. biome ci      formatting and lint (biome.json; `npm run format` fixes both)
 *      astro check   types and templates
 *   2. vitest        unit tests, and a real build that must fail on bad content
 *   3. astro build   the production site (content guard + Pagefind index) at its preview's address (TEST_SITE_URL)
 *   4. eval:search   search relevance on that build; fails below the target of issue #10
 *   5. playwright    end-to-end tests on that build in real Chromium, with the CMS's local backend
 * Ends with one summary line: "Tests: N passed, M failed".
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { parseSystemPackages, provisionPlan } from '../tools/system-packages.ts';
import { TEST_SITE_URL } from '../tools/ports.ts';

// 0. System packages (.ci/system-packages): installed here when running as root, or a stop
//    before any build with the one command to run, not a failure twenty minutes in.
const missing = parseSystemPackages(readFileSync('.ci/system-packages', 'utf8'))
  .filter((p) => !existsSync(p.proof))
  .map((p) => p.name);
const plan = provisionPlan(missing, { isRoot: process.getuid?.() === 0, hasApt: existsSync('/usr/bin/apt-get') });
if (plan.action === 'stop') {
  console.error(plan.message);
  process.exit(1);
}
if (plan.action === 'install') {
  console.log(`\n=== 安装系统软件包 / installing system packages: ${missing.join(' ')}`);
  for (const [command, ...args] of plan.commands) {
    const result = spawnSync(command as string, args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

const steps: [title: string, command: string, args: string[]][] = [
  ['格式与代码检查 / format and lint', 'biome', ['ci', '.']],
  ['类型检查 / type check', 'astro', ['check']],
  ['单元测试 / unit tests', 'vitest', ['run']],
  ['构建 / build', 'astro', ['build']],
  ['搜索评测 / search evaluation', 'npm', ['run', '--silent', 'eval:search']],
  ['端到端测试 / end-to-end tests', 'playwright', ['test']],
];

// The build points the CMS at the local backend that the end-to-end tests start.
process.env.CMS_PROXY_PORT ??= String(8081 + Number(process.env.TEST_PORT_OFFSET ?? 0));

rmSync('test-results', { recursive: true, force: true });
let failedStep;
for (const [title, command, args] of steps) {
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  // Only the site build gets the address (tools/ports.ts): the unit tests' own builds choose theirs.
  const env = command === 'astro' && args[0] === 'build' ? { ...process.env, SITE_URL: TEST_SITE_URL } : process.env;
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  console.log(
    `=== ${title}: ${result.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
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
