/**
 * The branch secretary's local set-up (`npm start`): the dev server and the CMS's
 * local backend. What she publishes in the CMS shows on the site and in search
 * without restarting anything.
 */
import { expect, test } from '@playwright/test';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLES_DIR, sampleArticles } from '../support/content';
import { DEV_SITE, startDevServer, type DevServer } from '../support/dev-server';
import { civilDateInShanghai } from '../../src/lib/civil-date';
import { publishArticleInCms } from '../support/cms';

const site = DEV_SITE;
let dev: DevServer | undefined;

test.describe.configure({ timeout: 240_000 });

test.beforeAll(async () => {
  dev = await startDevServer();
  await dev.ready('/pagefind/pagefind-entry.json');
});

test.afterAll(async () => {
  await dev?.stop();
});

test('under npm start, an article published in the CMS appears on the site and in search without a restart', async ({
  page,
}) => {
  let created: string | undefined;
  try {
    created = await publishArticleInCms(page, site, {
      title: [
        ['zhibu', '支部'],
        ['zhaokai', '召开'],
        ['yanhaitang', '燕海塘'],
        ['xuanjiang', '宣讲'],
        ['hui', '会'],
      ],
      body: [
        ['dajia', '大家'],
        ['taolun', '讨论'],
        ['le', '了'],
        ['yanhaitang', '燕海塘'],
        ['de', '的'],
        ['gushi', '故事'],
        ['。', '。'],
      ],
      category: '支部动态',
      tag: [
        ['xuexi', '学习'],
        ['tihui', '体会'],
      ],
    });
    const id = created.replace(/\.md$/, '');

    await expect(async () => {
      await page.goto(`${site}/articles/${id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('支部召开燕海塘宣讲会', { timeout: 2000 });
    }).toPass({ timeout: 60_000 });

    // The dev index is rebuilt a moment after the file changes.
    await expect(async () => {
      await page.goto(`${site}/search/?q=${encodeURIComponent('燕海塘')}`);
      await expect(page.locator('.results a').first()).toHaveAttribute('href', `/articles/${id}/`, { timeout: 3000 });
    }).toPass({ timeout: 90_000 });
  } finally {
    if (created) rmSync(join(ARTICLES_DIR, created), { force: true });
  }
});

test('under npm start, drafts and future-dated entries show with a 草稿 / 定时发布 badge', async ({ page }) => {
  const today = civilDateInShanghai(new Date());
  const badgeOf = (a: { draft: boolean; date: string }) => (a.draft ? '草稿' : a.date > today ? '定时发布' : undefined);
  const articles = sampleArticles();
  expect(articles.some((a) => a.draft)).toBe(true);
  expect(articles.some((a) => !a.draft && a.date > today)).toBe(true);
  // Every list page, as the editor pages through them: each card carries its badge, or none.
  // (Retried: the first visits to a fresh dev server can be reloaded by Vite's dependency optimiser.)
  const expected = Object.fromEntries(articles.map((a) => [a.title, badgeOf(a)]));
  await expect(async () => {
    const seen = new Map<string, string | undefined>();
    for (let url: string | null = `${site}/articles/`; url; ) {
      await page.goto(url, { waitUntil: 'networkidle' });
      for (const card of await page.locator('main .entry-card').all()) {
        const title = (await card.locator('.card-title a').textContent())!.trim();
        const badge = card.locator('[data-unpublished]');
        seen.set(title, (await badge.count()) ? (await badge.textContent())!.trim() : undefined);
      }
      const next = page.getByRole('link', { name: '下一页' });
      url = (await next.count()) ? new URL((await next.getAttribute('href'))!, site).href : null;
    }
    expect(Object.fromEntries(seen)).toEqual(expected);
  }).toPass({ timeout: 90_000 });
  const draft = articles.find((a) => a.draft)!;
  await page.goto(`${site}/articles/${draft.id}/`);
  await expect(page.locator('article header [data-unpublished]')).toHaveText('草稿');
});

test('under npm start on another port, the CMS links to the site on that port', async () => {
  const html = await (await fetch(`${site}/admin/`)).text();
  expect(html).toContain(`"site_url":"${site}/"`);
  expect(html).not.toContain('localhost:4321');
});

test('under npm start, a content change reloads the site’s pages but never the CMS', async ({ browser }) => {
  const context = await browser.newContext();
  const cms = await context.newPage();
  const reader = await context.newPage();
  await cms.goto(`${site}/admin/`, { waitUntil: 'networkidle' });
  await reader.goto(`${site}/articles/`, { waitUntil: 'networkidle' });
  // Let the first visit's dependency optimisation settle (it may reload once on its own).
  await cms.waitForTimeout(3000);
  await cms.goto(`${site}/admin/`, { waitUntil: 'networkidle' });
  await reader.goto(`${site}/articles/`, { waitUntil: 'networkidle' });
  for (const page of [cms, reader])
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'still here'));
  const file = join(ARTICLES_DIR, 'dev-reload-check.md');
  try {
    writeFileSync(file, '---\ntitle: 重新加载检查\ndate: 2026-01-01\ncategory: 支部动态\n---\n正文。\n');
    // The reader's page reloads (its marker is gone) ...
    await expect
      .poll(
        () =>
          reader
            .evaluate(() => (window as unknown as { marker?: string }).marker ?? 'reloaded')
            .catch(() => 'reloading'),
        { timeout: 30_000 },
      )
      .toBe('reloaded');
    // ... and the CMS page, given the same time, keeps its state.
    await cms.waitForTimeout(2000);
    expect(await cms.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('still here');
  } finally {
    rmSync(file, { force: true });
    await context.close();
  }
});

test('under npm start, the help names the storage really in use (local files, 发布) and the submit page offers no online review', async ({
  page,
}) => {
  await page.goto(`${site}/admin/help/`);
  await expect(page.locator('#review ~ .current')).toHaveText(
    '本站现在使用的存储方式：本机编辑（npm start）。没有审核流程，请用“草稿”勾选框把关。',
  );
  await page.goto(`${site}/reports/submit/`);
  await expect(page.getByText('本站目前不能在网上提交审核，请使用下面的方式提交。')).toBeVisible();
  await expect(page.getByRole('heading', { name: /在网站后台提交，等待审核/ })).toHaveCount(0);
});
