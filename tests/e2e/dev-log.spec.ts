/**
 * `npm start`'s log while editing (issue 34, item 16): rebuilding the search index
 * after a save reads every page from the dev server, and those ~280 requests are
 * not logged one by one; a person's own requests still are.
 */
import { expect, test } from '@playwright/test';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLES_DIR } from '../support/content';
import { DEV_SITE, startDevServer, type DevServer } from '../support/dev-server';

const site = DEV_SITE;
const scratch = join(ARTICLES_DIR, 'dev-log-check.md');
let dev: DevServer | undefined;
const log = () => dev?.log() ?? '';

const requestLines = () =>
  log()
    .replace(/\x1b\[[0-9;]*m/g, '')
    .match(/^.*\[200\] \/.*$/gm) ?? [];
const indexed = () => (log().match(/搜索索引已更新/g) ?? []).length;

test.describe.configure({ timeout: 300_000 });

test.beforeAll(async () => {
  dev = await startDevServer();
  await expect.poll(indexed, { timeout: 180_000, intervals: [1000] }).toBe(1);
});

test.afterAll(async () => {
  rmSync(scratch, { force: true });
  await dev?.stop();
});

test('under npm start, the search index rebuilt after a save adds one line to the log, not one per page', async () => {
  expect(requestLines()).toEqual([]);
  writeFileSync(scratch, '---\ntitle: 日志检查（测试）\ndate: 2026-11-01\ncategory: 支部动态\n---\n全体党员参加。\n');
  await expect.poll(indexed, { timeout: 180_000, intervals: [1000] }).toBe(2);
  expect(log()).toMatch(/搜索索引已更新 \/ search index updated: \d{3} pages/);
  expect(requestLines()).toEqual([]);

  // A person's request is logged as before.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect((await fetch(`${site}/articles/`)).status).toBe(200);
  await expect.poll(() => requestLines().some((line) => line.includes('[200] /articles/'))).toBe(true);
});

test('under npm start, the first visit to /admin/ optimises nothing new and never reloads an open page of the site', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const member = await context.newPage();
  await member.goto(`${site}/quizzes/`);
  // A member's quiz in progress: what a reload would lose.
  await member.evaluate(() => {
    (window as unknown as { inProgress: boolean }).inProgress = true;
  });
  const editor = await context.newPage();
  await editor.goto(`${site}/admin/`);
  await expect(editor.getByRole('button', { name: '登录' })).toBeVisible({ timeout: 120_000 });
  await editor.getByRole('button', { name: '登录' }).click();
  await expect(editor).toHaveURL(/#\/collections\//, { timeout: 60_000 });
  await editor.waitForTimeout(3000);
  expect(log()).not.toMatch(/new dependencies optimized|optimized dependencies changed/i);
  expect(await member.evaluate(() => (window as unknown as { inProgress?: boolean }).inProgress)).toBe(true);
  await context.close();
});
