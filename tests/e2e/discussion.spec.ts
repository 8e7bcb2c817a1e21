import { expect, test, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, previewSite } from '../../tools/servers';
import { GISCUS_PORT, REBUILD_PORT } from '../../tools/ports';
import { startFakeGiscus, type FakeGiscus } from '../support/fake-giscus';

/** A long page, so its thread starts well below the first screen. */
const LONG_PAGE = '/blogs/annual-appraisal-thoughts/';
const TERM = 'blogs/annual-appraisal-thoughts';
const SHORT_SCREEN = { width: 390, height: 500 };

test.describe('the sample site (Giscus chosen but not configured)', () => {
  test('readers see no discussion and no set-up text, but how to take part offline; the set-up help is on /admin/help/', async ({
    page,
  }) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('http://localhost')) foreign.push(request.url());
    });
    for (const path of [
      '/reports/2026-q3-chen-xiao-probation/',
      '/feedback/',
      '/school/branch-life/branch-1-three-meetings/',
    ]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(
        page.locator('section.discussion, giscus-discussion, waline-discussion, giscus-widget, iframe'),
      ).toHaveCount(0);
      await expect(page.getByText(/讨论区尚未开通|如何开通讨论区|站点设置/)).toHaveCount(0);
      // Member words on how to take part without the service; /feedback/ says it in its own lead.
      await expect(page.locator('aside.discussion-offline')).toHaveCount(path === '/feedback/' ? 0 : 1);
      if (path !== '/feedback/') await expect(page.locator('aside.discussion-offline')).toContainText('组织生活会');
    }
    await page.goto('/reports/submit/');
    await expect(page.getByText('在文末的讨论区回应')).toHaveCount(0);
    expect(foreign).toEqual([]);
    await page.goto('/admin/help/');
    const help = page.getByRole('region', { name: '讨论区' });
    await expect(
      help.getByText(
        /本站当前：选择了 Giscus，但“站点设置 → 讨论区（Giscus）”还缺少：GitHub 仓库、仓库 ID（repo-id）、讨论分类（category）、分类 ID（category-id）/,
      ),
    ).toBeVisible();
    await expect(help.getByText(/github\.com\/apps\/giscus/)).toBeVisible();
  });
});

test.describe('with Giscus configured (fake host)', () => {
  test.describe.configure({ mode: 'serial' });

  const outDir = join(tmpdir(), `dangjian-giscus-${process.pid}`);
  let preview: Awaited<ReturnType<typeof previewSite>> | undefined;
  let fake: FakeGiscus | undefined;
  const site = `http://localhost:${REBUILD_PORT}`;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    fake = await startFakeGiscus(GISCUS_PORT);
    await buildSite(outDir, {
      GISCUS_HOST: fake.origin,
      GISCUS_REPO: 'example-branch/dangjian',
      GISCUS_REPO_ID: 'R_fake123',
      GISCUS_CATEGORY: '思想汇报与讨论',
      GISCUS_CATEGORY_ID: 'DIC_fake456',
    });
    preview = await previewSite(outDir, REBUILD_PORT);
  });

  test.afterAll(async () => {
    preview?.kill();
    await fake?.close().catch(() => undefined);
    rmSync(outDir, { recursive: true, force: true });
  });

  async function openLongPage(page: Page) {
    const toHost: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(fake!.origin)) toHost.push(request.url());
    });
    await page.setViewportSize(SHORT_SCREEN);
    await page.goto(site + LONG_PAGE);
    return toHost;
  }

  const widgetFrame = (page: Page) => page.frameLocator('giscus-widget iframe');

  test('the widget loads only near the thread, with the right term, strict, lang and theme', async ({ page }) => {
    // Under the site's CSP (frame-src: the configured host) nothing is blocked, and nothing but the host is asked.
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      const origin = new URL(request.url()).origin;
      if (/^https?:/.test(request.url()) && origin !== site && origin !== fake!.origin) elsewhere.push(request.url());
    });
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const toHost = await openLongPage(page);
    const discussion = page.locator('giscus-discussion');
    const top = await discussion.evaluate((el) => el.getBoundingClientRect().top);
    expect(top, 'the thread must start far below the first screen for this test to mean anything').toBeGreaterThan(
      SHORT_SCREEN.height + 500,
    );
    await page.waitForTimeout(1000);
    expect(toHost).toEqual([]);
    expect(fake!.requests).toEqual([]);
    await expect(discussion.getByText('讨论区会在您浏览到这里时加载。')).toBeAttached();

    await discussion.scrollIntoViewIfNeeded();
    const iframe = page.locator('giscus-widget iframe');
    await expect(iframe).toHaveCount(1);
    await expect(iframe).toHaveAttribute('title', '本页的讨论区（GitHub Discussions）');
    const src = new URL((await iframe.getAttribute('src'))!);
    expect(src.origin).toBe(fake!.origin);
    expect(src.pathname).toBe('/zh-CN/widget');
    expect(Object.fromEntries(src.searchParams)).toMatchObject({
      term: TERM,
      strict: '1',
      reactionsEnabled: '1',
      emitMetadata: '1',
      inputPosition: 'bottom',
      theme: 'light',
      repo: 'example-branch/dangjian',
      repoId: 'R_fake123',
      category: '思想汇报与讨论',
      categoryId: 'DIC_fake456',
    });
    await expect(widgetFrame(page).locator('#theme')).toHaveText('light');
    // The metadata message fills in the comment count; the waiting text goes away.
    await expect(page.getByRole('heading', { name: '讨论与反馈（4 条评论）' })).toBeVisible();
    await expect(discussion.getByRole('status')).toBeHidden();
    expect(fake!.requests.some((path) => path.startsWith('/zh-CN/widget?'))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(elsewhere).toEqual([]);
  });

  test('switching the site theme sends setConfig to the widget', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await openLongPage(page);
    await page.locator('giscus-discussion').scrollIntoViewIfNeeded();
    const frame = widgetFrame(page);
    await expect(frame.locator('#theme')).toHaveText('light');
    for (const [mode, theme] of [
      ['dark', 'dark'],
      ['contrast', 'light_high_contrast'],
      ['light', 'light'],
    ] as const) {
      const before = Number(await frame.locator('#set-config-count').textContent());
      await page.evaluate((value) => (document.documentElement.dataset.theme = value), mode);
      await expect(frame.locator('#theme')).toHaveText(theme);
      await expect
        .poll(async () => Number(await frame.locator('#set-config-count').textContent()))
        .toBeGreaterThan(before);
    }
    // No mode set: the widget follows the reader's system setting.
    await page.evaluate(() => delete document.documentElement.dataset.theme);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(frame.locator('#theme')).toHaveText('dark');
  });

  test('with the host unreachable the box becomes a link to the thread and the page keeps working', async ({
    page,
  }) => {
    await fake!.close();
    await openLongPage(page);
    const discussion = page.locator('giscus-discussion');
    await discussion.scrollIntoViewIfNeeded();
    const link = discussion.getByRole('link', { name: '到 GitHub 上查看和参与本页的讨论' });
    await expect(link).toBeVisible({ timeout: 15_000 });
    const href = new URL((await link.getAttribute('href'))!);
    expect(href.origin + href.pathname).toBe('https://github.com/example-branch/dangjian/discussions');
    expect(href.searchParams.get('discussions_q')).toBe(`in:title "${TERM}"`);
    await expect(discussion.getByText('讨论区暂时无法加载')).toBeVisible();
    await expect(page.locator('giscus-widget')).toHaveCount(0);
    // The rest of the page works: text is there and navigation goes on.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('写在年度民主评议党员之前');
    await page.getByRole('link', { name: '作者：陈建国' }).click();
    await expect(page).toHaveURL(/\/people\/chen-jianguo\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('陈建国');
  });
});
