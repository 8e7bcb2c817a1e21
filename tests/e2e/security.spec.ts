/**
 * Every kind of page works under the Content Security Policy and asks nothing of
 * another origin (issue 8). The Giscus-enabled build is checked in discussion.spec.ts.
 */
import { expect, test, type Page } from '@playwright/test';
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
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
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
    for (const url of watcher.foreign.splice(0)) if (!url.startsWith(`${allowed}/`)) failures.push(`${path}: request to ${url}`);
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

test('a Markdown table keeps its column alignment under the policy (classes, not inline styles)', async ({ page, baseURL }) => {
  const watcher = await watch(page, new URL(baseURL!).origin);
  await page.goto('/school/branch-life/branch-4-party-dues/');
  const table = page.locator('#lesson-text table');
  await expect(table.getByRole('columnheader', { name: '交纳比例' })).toHaveCSS('text-align', 'right');
  await expect(table.getByRole('cell', { name: '0.5%' })).toHaveCSS('text-align', 'right');
  await expect(table.getByRole('cell', { name: '10000 元以上' })).toHaveCSS('text-align', 'left');
  await expect(table.getByRole('cell', { name: '0.5%' })).toHaveCSS('border-top-style', 'solid');
  expect(await watcher.violations()).toEqual([]);
});
