import { expect, test } from '@playwright/test';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publishedArticles } from '../support/content';
import { buildSite, previewSite } from '../../tools/servers';
import { REBUILD_PORT } from '../../tools/ports';

const byId = (id: string) => publishedArticles().find((a) => a.id === id)!;

test.describe('Chinese search', () => {
  for (const { query, id } of [
    { query: '党费', id: 'party-dues-standard' },
    { query: '组织关系转接', id: 'membership-transfer-guide' },
    { query: '红船', id: 'hongchuan-spirit-nanhu' },
  ]) {
    test(`“${query}” finds ${id}`, async ({ page }) => {
      await page.goto('/search/');
      await page.getByLabel('搜索关键词').fill(query);
      await page.getByRole('button', { name: '搜索' }).click();
      await expect(page.getByRole('status')).toHaveText(/找到 \d+ 条结果/);
      await expect(page.locator('.results a').first()).toBeVisible();
      const links = await page
        .locator('.results a')
        .evaluateAll((as) => as.slice(0, 5).map((a) => a.getAttribute('href')));
      expect(links).toContain(`/articles/${id}/`);
      await expect(page.getByRole('link', { name: byId(id).title })).toBeVisible();
    });
  }

  test('the home search box leads to results, and the query is kept in the address', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('搜索关键词').fill('井冈山');
    await page.getByLabel('搜索关键词').press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=/);
    await expect(page.locator('.results mark').first()).toBeVisible();
  });

  test('a query with no match says so', async ({ page }) => {
    await page.goto('/search/?q=zzzqqqxxx');
    await expect(page.getByRole('status')).toHaveText('没有找到与“zzzqqqxxx”相关的内容，换个说法试试。');
  });

  test('a subject that is nowhere on the site shows the empty state with suggestions, not pages sharing a character', async ({
    page,
  }) => {
    // Pagefind alone returns pages for 量子计算机 (量 in 量血压, 计算 in 党费计算); none of them is about it.
    await page.goto(`/search/?q=${encodeURIComponent('量子计算机')}`);
    await expect(page.getByRole('status')).toHaveText('没有找到与“量子计算机”相关的内容，换个说法试试。');
    await expect(page.locator('.results li')).toHaveCount(0);
    await expect(page.locator('.empty')).toBeVisible();
    await expect(page.locator('.empty').getByRole('link', { name: '三会一课' })).toBeVisible();
    await expect(page.locator('.loosened')).toBeHidden();
  });

  test('a loosened search says so above its results, which have most of the words', async ({ page }) => {
    // No page has 党费, 计算 and 音频 together; the courseware on 党费计算 has two of the three.
    await page.goto(`/search/?q=${encodeURIComponent('党费 计算 音频')}`);
    await expect(page.getByRole('note').filter({ hasText: '没有完全匹配' })).toHaveText(
      '没有完全匹配“党费 计算 音频”的结果，以下结果包含部分词语。',
    );
    await expect(page.locator('.results li').first()).toBeVisible();
    expect(
      await page.locator('.results li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.match)),
    ).not.toContain('full');
    await expect(page.locator('.results a', { hasText: '党费计算说明课件' })).toBeVisible();
  });

  test('a full search lists every-word matches first and introduces the pages with only some words', async ({
    page,
  }) => {
    await page.goto(`/search/?q=${encodeURIComponent('组织关系转接手续')}`);
    await expect(page.locator('.results li').first()).toHaveAttribute('data-match', 'full');
    await expect(page.locator('.loosened')).toBeHidden();
    const kinds = await page
      .locator('.results li')
      .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.match));
    expect(kinds.indexOf('partial')).toBeGreaterThan(0);
    expect(kinds.slice(kinds.indexOf('partial'))).not.toContain('full');
    await expect(page.locator('.results li[data-match="partial"]').first().locator('.partial-note')).toHaveText(
      '以下结果只包含部分词语：',
    );
  });

  test('highlights mark the query’s words, not their characters, in excerpts without labels or player text', async ({
    page,
  }) => {
    await page.goto(`/search/?q=${encodeURIComponent('党费')}`);
    await expect(page.locator('.results mark').first()).toBeVisible();
    expect(new Set(await page.locator('.results mark').allTextContents())).toEqual(new Set(['党费']));
    const excerpts = (await page.locator('.results li > p:not(.section):not(.partial-note)').allTextContents()).join(
      '\n',
    );
    expect(excerpts).not.toMatch(/您的浏览器无法播放|\/uploads\/|^室 |网上视听室 |电子图书室 |下载视频文件/m);
  });

  test('daily cards are found under their own titles, not as 每日一学', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('镰刀和锤头')}`);
    const first = page.locator('.results h2 a').first();
    await expect(first).toHaveText('党的标志：中国共产党党徽为镰刀和锤头组成的图案');
    await expect(first).toHaveAttribute('href', '/daily/party-flag/');
    await first.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('党的标志：中国共产党党徽为镰刀和锤头组成的图案');
  });

  test('a question finds the page that answers it first, with the answering sentence as its excerpt', async ({
    page,
  }) => {
    await page.goto(`/search/?q=${encodeURIComponent('预备党员多久转正')}`);
    const first = page.locator('.results li').first();
    await expect(first.locator('p').first()).toContainText('预备期为一年');
    await page.goto(`/search/?q=${encodeURIComponent('怎么写思想汇报')}`);
    await expect(page.locator('.results h2 a').first()).toHaveAttribute('href', '/blogs/how-to-write-a-report/');
    await page.goto(`/search/?q=${encodeURIComponent('入党誓词全文')}`);
    await expect(page.locator('.results h2 a').first()).not.toHaveAttribute('href', /\/daily\//);
  });

  test('a typing slip of the input method is corrected, and the page says what it searched', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('思想会报怎么写')}`);
    await expect(page.locator('.loosened')).toHaveText('没有找到“思想会报怎么写”，以下是“思想汇报怎么写”的结果。');
    await expect(page.locator('.results h2 a').first()).toHaveAttribute('href', '/blogs/how-to-write-a-report/');
  });

  test('only the content of study pages is indexed, not menus or footers', async ({ page }) => {
    // The ICP number and phone (0000 0000) are in every footer, and in no article.
    await page.goto(`/search/?q=${encodeURIComponent('00000000')}`);
    await expect(page.getByRole('status')).toHaveText(/没有找到/);
  });

  test('results come as you type, filters narrow them, and ?q= with the filters restores the search', async ({
    page,
  }) => {
    const pagefindFiles: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.includes('/pagefind/')) pagefindFiles.push(path);
    });
    await page.goto('/search/');
    await page.getByLabel('搜索关键词').pressSequentially('党费', { delay: 50 });
    await expect(page.getByRole('status')).toHaveText(/找到 \d+ 条结果/);
    await expect(page).toHaveURL(/\?q=%E5%85%9A%E8%B4%B9$/);
    const all = await page.locator('.results li').count();
    const sections = await page.locator('.results .section').allTextContents();
    expect(new Set(sections).size).toBeGreaterThan(1);
    // A plain search downloads neither the filter counts nor Pagefind's Web Worker.
    expect(pagefindFiles.filter((path) => path.includes('/filter/') || path.endsWith('pagefind-worker.js'))).toEqual(
      [],
    );
    await expect(page.getByLabel('栏目')).toBeHidden();

    const showFilters = page.getByRole('button', { name: '按栏目、分类或年份筛选' });
    await expect(showFilters).toHaveAttribute('aria-expanded', 'false');
    await showFilters.click();
    await expect(page.getByLabel('栏目')).toBeFocused();
    await expect(showFilters).toBeHidden();
    expect(pagefindFiles.some((path) => path.includes('/filter/'))).toBe(true);
    await page.getByLabel('栏目').selectOption('网上党校');
    await expect(page).toHaveURL(/section=/);
    await expect(page.locator('.results .section').first()).toHaveText('网上党校');
    const narrowed = await page.locator('.results .section').allTextContents();
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all);
    expect(new Set(narrowed)).toEqual(new Set(['网上党校']));

    await page.reload();
    await expect(page.getByLabel('搜索关键词')).toHaveValue('党费');
    await expect(page.getByLabel('栏目')).toHaveValue('网上党校');
    await expect(page.locator('.results .section').first()).toHaveText('网上党校');
    expect(await page.locator('.results li').count()).toBe(narrowed.length);
  });

  test('the year filter keeps pages of that year', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('会议')}&year=1935`);
    await expect(page.getByLabel('年份')).toHaveValue('1935');
    await expect(page.getByRole('link', { name: '遵义会议', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: '古田会议', exact: true })).toHaveCount(0);
  });

  test('arrow keys move between the search box and the results, Escape returns to the box', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('三会一课')}`);
    const links = page.locator('.results h2 a');
    await expect(links.nth(1)).toBeVisible();
    const box = page.getByLabel('搜索关键词');
    await box.focus();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(box).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(box).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const target = await links.nth(0).getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${target}$`));
  });

  test('an empty result offers suggestions and, under a filter, a way to drop it', async ({ page }) => {
    await page.goto('/search/?q=zzzqqqxxx');
    await page.getByRole('link', { name: '三会一课' }).click();
    await expect(page.getByLabel('搜索关键词')).toHaveValue('三会一课');
    await expect(page.getByRole('status')).toHaveText(/找到 \d+ 条结果/);

    await page.goto(`/search/?q=${encodeURIComponent('党费交纳')}&section=${encodeURIComponent('党史鉴赏')}`);
    await expect(page.getByRole('status')).toHaveText('在当前筛选条件下没有找到与“党费交纳”相关的内容。');
    await page.getByRole('button', { name: '清除筛选，在全部内容中搜索' }).click();
    await expect(page.getByRole('status')).toHaveText(/找到 \d+ 条结果/);
    await expect(page).not.toHaveURL(/section=/);
  });
});

test.describe('a large site: older articles in archive parts of the index (src/lib/search/shards.ts)', () => {
  test.describe.configure({ mode: 'serial' });
  // The sample site split as if 10 articles were 8,000.
  const outDir = join(tmpdir(), `dangjian-shards-${process.pid}`);
  const site = `http://localhost:${REBUILD_PORT}`;
  let preview: Awaited<ReturnType<typeof previewSite>> | undefined;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    await buildSite(outDir, { SEARCH_SHARD_ARTICLES: '10' });
    preview = await previewSite(outDir, REBUILD_PORT);
  });

  test.afterAll(() => {
    preview?.kill();
    rmSync(outDir, { recursive: true, force: true });
  });

  test('the first search uses the main index only; the reader can search the older articles too', async ({ page }) => {
    const articles = publishedArticles();
    expect(articles.length).toBeGreaterThan(20);
    const oldest = articles.at(-1)!;
    const folders = new Set<string>();
    page.on('request', (request) => {
      const folder = /\/(pagefind[^/]*)\//.exec(new URL(request.url()).pathname)?.[1];
      if (folder) folders.add(folder);
    });
    await page.goto(`${site}/search/?q=${encodeURIComponent(oldest.title)}`);
    await expect(page.getByRole('status')).toHaveText(/条结果|没有找到/);
    await expect(page.locator(`.results a[href="/articles/${oldest.id}/"]`)).toHaveCount(0);
    expect([...folders]).toEqual(['pagefind']);
    const older = page.getByRole('button', { name: `在更早的 ${articles.length - 10} 篇文章中继续搜索` });
    await older.click();
    await expect(page.locator(`.results a[href="/articles/${oldest.id}/"]`).first()).toBeVisible();
    await expect(older).toBeHidden();
    const parts = Math.ceil((articles.length - 10) / 10);
    expect([...folders].sort()).toEqual([
      'pagefind',
      ...Array.from({ length: parts }, (_, k) => `pagefind-archive-${k + 1}`),
    ]);
    // A new search keeps the archives in.
    await page.getByLabel('搜索关键词').fill(articles[0]!.title);
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await expect(page.locator(`.results a[href="/articles/${articles[0]!.id}/"]`).first()).toBeVisible();
    await expect(older).toBeHidden();
  });
});
