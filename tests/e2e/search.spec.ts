import { expect, test } from '@playwright/test';
import { publishedArticles } from '../support/content';

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
      const links = await page.locator('.results a').evaluateAll((as) => as.slice(0, 5).map((a) => a.getAttribute('href')));
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

  test('only the content of study pages is indexed, not menus or footers', async ({ page }) => {
    // The ICP number and phone (0000 0000) are in every footer, and in no article.
    await page.goto(`/search/?q=${encodeURIComponent('00000000')}`);
    await expect(page.getByRole('status')).toHaveText(/没有找到/);
  });
});
