import { expect, test } from '@playwright/test';
import { publishedArticles, sampleArticles } from '../support/content';
import { civilDateInShanghai } from '../../src/lib/civil-date';

const published = publishedArticles();

test('home page shows the latest articles and notices, in Chinese', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  const latest = published.find((a) => a.category !== '通知公告')!;
  await expect(page.getByRole('link', { name: latest.title })).toBeVisible();
  await expect(page.getByRole('heading', { name: '通知公告' })).toBeVisible();
});

test('every menu link leads to a page that exists', async ({ page, request }) => {
  await page.goto('/');
  const hrefs = await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { includeHidden: true })
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThanOrEqual(15);
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
});

test('on a phone the menu opens from the 菜单 button, one group at a time', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: '主导航' });
  const menuLink = nav.getByRole('link', { name: '理论学习' });
  await expect(menuLink).toBeHidden();
  await page.getByRole('button', { name: '菜单' }).click();
  await expect(nav.getByRole('link', { name: '首页' })).toBeVisible();
  await nav.getByRole('button', { name: '学习资源' }).click();
  await menuLink.click();
  await expect(page).toHaveURL(/\/articles\/$/);
});

test('on a wide screen each menu group is a drop-down, usable by keyboard', async ({ page }) => {
  await page.goto('/articles/');
  const nav = page.getByRole('navigation', { name: '主导航' });
  const group = nav.getByRole('button', { name: '支部活动' });
  await expect(nav.getByRole('link', { name: '思想汇报' })).toBeHidden();
  await group.focus();
  await page.keyboard.press('Enter');
  await expect(group).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: '思想汇报' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(group).toHaveAttribute('aria-expanded', 'false');
  await expect(group).toBeFocused();
  await expect(nav.getByRole('link', { name: '思想汇报' })).toBeHidden();
});

test('without JavaScript every menu link is shown under its group', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: '主导航' });
  for (const name of ['理论学习', '在线测试', '思想汇报', '站内搜索'])
    await expect(nav.getByRole('link', { name })).toBeVisible();
  await context.close();
});

test('the article list is paginated, newest first', async ({ page }) => {
  await page.goto('/articles/');
  const titles = await page.locator('main article h2').allTextContents();
  expect(titles).toEqual(published.slice(0, 10).map((a) => a.title));
  await page.getByRole('link', { name: '下一页' }).click();
  await expect(page).toHaveURL(/\/articles\/2\/$/);
  await expect(page.locator('main article h2').first()).toHaveText(published[10]!.title);
  await expect(page.getByText(`第 2 / ${Math.ceil(published.length / 10)} 页`)).toBeVisible();
});

test('drafts and future-dated articles are not published', async ({ request }) => {
  const hidden = sampleArticles().filter((a) => a.draft || a.date > civilDateInShanghai(new Date()));
  expect(hidden.length).toBeGreaterThan(0);
  for (const article of hidden) expect((await request.get(`/articles/${article.id}/`)).status()).toBe(404);
  // The 草稿 / 定时发布 badges exist only while editing locally.
  for (const path of ['/', '/articles/', '/library/', '/reports/'])
    expect(await (await request.get(path)).text()).not.toContain('data-unpublished');
});

test('category pages list only that category', async ({ page }) => {
  await page.goto('/articles/');
  await page.getByRole('navigation', { name: '栏目' }).getByRole('link', { name: '政策解读' }).click();
  await expect(page).toHaveURL(/\/articles\/category\/policy\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('政策解读');
  const expected = published.filter((a) => a.category === '政策解读').map((a) => a.title);
  await expect(page.locator('main article h2')).toHaveText(expected.slice(0, 10));
});

test('tag pages have ASCII URLs and list the tagged articles', async ({ page }) => {
  const article = published.find((a) => a.tags.includes('党史'))!;
  await page.goto(`/articles/${article.id}/`);
  await page.getByRole('link', { name: '#党史' }).click();
  await expect(page).toHaveURL(/\/articles\/tags\/dang-shi\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('标签：党史');
  const expected = published.filter((a) => a.tags.includes('党史')).map((a) => a.title);
  await expect(page.locator('main article h2')).toHaveText(expected.slice(0, 10));
  await page.goto('/articles/tags/');
  await expect(page.getByRole('link', { name: /党史\s*\d+ 篇/ })).toBeVisible();
});

test('an article page has its date in Beijing time, reading time, tags, neighbours and related reading', async ({
  page,
}) => {
  const index = 3;
  const article = published[index]!;
  await page.goto(`/articles/${article.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
  const [year, month, day] = article.date.split('-').map(Number);
  await expect(page.locator(`time[datetime="${article.date}"]`).first()).toHaveText(`${year}年${month}月${day}日`);
  await expect(page.getByText(/约 \d+ 分钟读完/)).toBeVisible();
  for (const tag of article.tags) await expect(page.getByRole('link', { name: `#${tag}` })).toBeVisible();
  const neighbours = page.getByRole('navigation', { name: '文章导航' });
  await expect(neighbours.getByRole('link', { name: new RegExp(published[index + 1]!.title) })).toHaveAttribute(
    'rel',
    'prev',
  );
  await expect(neighbours.getByRole('link', { name: new RegExp(published[index - 1]!.title) })).toHaveAttribute(
    'rel',
    'next',
  );
  const related = page.getByRole('complementary', { name: '相关文章' }).getByRole('link');
  expect(await related.count()).toBeGreaterThan(0);
});

test('unknown addresses get the Chinese 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
});

test('feeds and sitemap are published', async ({ request }) => {
  const rss = await request.get('/rss.xml');
  expect(rss.status()).toBe(200);
  expect(await rss.text()).toContain(published[0]!.title);
  const sitemap = await request.get('/sitemap-index.xml');
  expect(sitemap.status()).toBe(200);
});

test.describe('phone layout (issue 19): one compact header row, no sideways scrolling, in every display mode', () => {
  for (const width of [320, 390]) {
    for (const mode of ['default', 'large', 'dark', 'contrast'] as const) {
      test(`${width} px, ${mode}`, async ({ browser }) => {
        const context = await browser.newContext({ viewport: { width, height: 844 }, hasTouch: true, isMobile: true });
        await context.addInitScript((mode) => {
          if (mode === 'large') localStorage.setItem('dangjian.text', 'large');
          if (mode === 'dark' || mode === 'contrast') localStorage.setItem('dangjian.theme', mode);
        }, mode);
        const page = await context.newPage();
        for (const path of ['/', '/articles/', '/reports/', '/library/']) {
          await page.goto(path);
          const header = page.locator('.site-header');
          const box = (await header.boundingBox())!;
          // One row: the mark and name, the display switch and 菜单 side by side (it was 213 px in two rows).
          expect(box.height, `${path} header`).toBeLessThanOrEqual(mode === 'large' ? 80 : 64);
          const [brand, menu] = [
            await page.locator('.brand').boundingBox(),
            await page.getByRole('button', { name: '菜单' }).boundingBox(),
          ];
          expect(Math.abs(brand!.y + brand!.height / 2 - (menu!.y + menu!.height / 2)), `${path} one row`).toBeLessThan(
            8,
          );
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth),
            `${path} no sideways scroll`,
          ).toBeLessThanOrEqual(width);
        }
        // The home page does not repeat the site name under the header.
        await page.goto('/');
        await expect(page.getByRole('heading', { level: 1 })).toHaveClass(/visually-hidden/);
        await context.close();
      });
    }
  }
});

test('one column width for section and entry pages, so titles do not jump between pages', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const lefts: Record<string, number> = {};
  for (const path of [
    '/articles/',
    '/library/',
    '/reports/',
    '/articles/party-dues-standard/',
    '/library/party-dues-questions/',
    '/quizzes/',
  ]) {
    await page.goto(path);
    lefts[path] = Math.round((await page.locator('main h1').first().boundingBox())!.x);
  }
  expect(new Set(Object.values(lefts)).size, JSON.stringify(lefts)).toBe(1);
});

test('dates use tabular digits from the Chinese font', async ({ page }) => {
  await page.goto('/articles/');
  const style = await page
    .locator('main time')
    .first()
    .evaluate((el) => getComputedStyle(el));
  expect(style.fontVariantNumeric).toBe('tabular-nums');
  expect(style.fontFamily.startsWith('"PingFang SC"')).toBe(true);
});

test('the branch mark is an SVG favicon, and the sharing image matches it', async ({ page, request }) => {
  await page.goto('/');
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(icon).toMatch(/favicon\.svg$/);
  const svg = await (await request.get(icon!)).text();
  expect(svg).toContain('#f6c453');
  expect(svg).not.toMatch(/M9 22 L23 8/); // the old ↗ arrow
  await expect(page.locator('.site-header .emblem path')).toHaveAttribute('fill', '#f6c453');
  const og = await request.get('/og-default.jpg');
  expect(og.headers()['content-type']).toBe('image/jpeg');
});
