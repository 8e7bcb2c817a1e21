/**
 * Every kind of page works under the Content Security Policy and asks nothing of
 * another origin (issue 8). The Giscus-enabled build is checked in discussion.spec.ts.
 * Member text carrying attack payloads (a fixture, never shipped) shows as text on
 * the page and in the CMS preview alike.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/content';
import { startFixtureSite, type FixtureSite } from '../support/fixture-site';
import { bodyShape, openEntry, signIn } from '../support/cms-preview';
import { pageTypePaths } from '../../tools/page-types';
import { CMS_PROXY_PORT } from '../../tools/ports';

/** The CMS page (not the public site) talks to its backend: here, the local decap-server. */
const CMS_BACKEND = `http://localhost:${CMS_PROXY_PORT}`;

/** Records CSP violations (in the page) and requests to other origins (in the browser). */
async function watch(page: Page, origin: string) {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (/^https?:/.test(url) && new URL(url).origin !== origin) foreign.push(url);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
      );
    });
  });
  return {
    foreign,
    violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  };
}

test('the policy is a meta tag without unsafe-inline scripts', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
  expect(policy).toBeDefined();
  const script = policy!.split(';').find((d) => d.trim().startsWith('script-src'))!;
  expect(script).toContain("'wasm-unsafe-eval'");
  expect(script).not.toContain("'unsafe-inline'");
  expect(script).not.toContain("'unsafe-eval'");
  expect(policy).toContain("frame-src 'self';");
});

test('every kind of page loads with no CSP violation and no request to another origin', async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const paths = pageTypePaths();
  expect(paths.length).toBeGreaterThan(20);
  const failures: string[] = [];
  const watcher = await watch(page, new URL(baseURL!).origin);
  for (const path of paths) {
    await page.goto(path, { waitUntil: 'load' });
    // Bring lazy parts (images, the discussion section) into view.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(150);
    for (const violation of await watcher.violations()) failures.push(`${path}: ${violation}`);
    const allowed = path === '/admin/' ? CMS_BACKEND : undefined;
    for (const url of watcher.foreign.splice(0))
      if (!url.startsWith(`${allowed}/`)) failures.push(`${path}: request to ${url}`);
  }
  expect(failures).toEqual([]);
});

test('search (Pagefind: worker and WebAssembly) runs under the policy', async ({ page, baseURL }) => {
  const watcher = await watch(page, new URL(baseURL!).origin);
  await page.goto('/search/');
  await page.getByLabel('搜索关键词').fill('井冈山');
  await page.getByRole('button', { name: '搜索' }).click();
  await expect(page.getByRole('status')).toHaveText(/找到 \d+ 条结果/);
  expect(await watcher.violations()).toEqual([]);
  expect(watcher.foreign).toEqual([]);
});

test('a Markdown table keeps its column alignment under the policy (classes, not inline styles)', async ({
  page,
  baseURL,
}) => {
  const watcher = await watch(page, new URL(baseURL!).origin);
  await page.goto('/school/branch-life/branch-4-party-dues/');
  const table = page.locator('#lesson-text table');
  await expect(table.getByRole('columnheader', { name: '交纳比例' })).toHaveCSS('text-align', 'right');
  await expect(table.getByRole('cell', { name: '0.5%' })).toHaveCSS('text-align', 'right');
  await expect(table.getByRole('cell', { name: '10000 元以上' })).toHaveCSS('text-align', 'left');
  await expect(table.getByRole('cell', { name: '0.5%' })).toHaveCSS('border-top-style', 'solid');
  expect(await watcher.violations()).toEqual([]);
});

test.describe('member text with attack payloads (tests/fixtures, injected into a copy of the site)', () => {
  test.describe.configure({ mode: 'serial' });
  const FIXTURE = 'reports/security-sample.md';
  let site: FixtureSite | undefined;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    site = await startFixtureSite([FIXTURE]);
  });
  test.afterAll(async () => site?.close());

  test('the fixture is not part of the shipped content', () => {
    expect(existsSync(join(ROOT, 'src/content', FIXTURE))).toBe(false);
  });

  test('a report with attack payloads renders them as text and runs nothing', async ({ page }) => {
    const url = site!.url;
    const watcher = await watch(page, url);
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(`${url}/reports/security-sample/`);
    const prose = page.locator('article .prose');
    // Disallowed tags are visible as text; allowed formatting still works.
    await expect(prose.getByText(/<script>alert\(.script-tag.\)<\/script>/)).toBeVisible();
    await expect(prose.getByText(/<svg><script>alert/)).toBeVisible();
    await expect(prose.locator('strong', { hasText: '加粗' })).toBeVisible();
    await expect(prose.getByRole('link', { name: '站内链接' })).toHaveAttribute('href', '/reports/');
    // Nothing executable survived.
    await expect(
      prose.locator(
        'script, iframe, form, input:not([type=checkbox]), svg, object, embed, [onerror], [onclick], [onload], [onmouseover], [style]',
      ),
    ).toHaveCount(0);
    for (const name of ['点此查看原文', '大小写混写的链接', '实体编码的链接', 'data 地址的链接']) {
      const link = prose.getByText(name);
      await expect(link).not.toHaveAttribute('href', /.*/);
      await link.click();
    }
    await prose.getByText('这一段文字带有点击事件属性。').hover();
    await prose.getByText('这一段文字带有点击事件属性。').click();
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await expect(page).toHaveURL(/\/reports\/security-sample\/$/);
    expect(await watcher.violations()).toEqual([]);
    expect(watcher.foreign).toEqual([]);
  });

  test('unsafe HTML in a body is stripped in the CMS preview exactly as on the site', async ({ page }) => {
    test.setTimeout(120_000);
    const url = site!.url;
    await page.goto(`${url}/reports/security-sample/`);
    const published = await bodyShape(page.locator('article .prose'));
    expect(published.text).toContain("<script>alert('script-tag')</script>");

    await signIn(page, url);
    const preview = await openEntry(page, 'reports', 'security-sample', url);
    await expect(preview.locator('.prose')).toContainText('以上是我的思想汇报', { timeout: 30_000 });
    const previewed = await bodyShape(preview.locator('.prose'));
    expect(previewed).toEqual(published);
    expect(previewed.elements.join('\n')).not.toMatch(
      /^(script|iframe|form|svg|input|img)\b|\bon\w+=|javascript:|data:/im,
    );
  });
});
