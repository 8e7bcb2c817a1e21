/**
 * Fault behaviour (issue 8): a missing search index is reported on the search page;
 * without JavaScript every kind of page still reads, and interactive parts say what
 * they need. (Giscus host down: discussion.spec.ts.)
 */
import { expect, test } from '@playwright/test';
import { pageTypePaths } from '../../tools/page-types';

test('with the Pagefind index missing the search page says so', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
  await page.goto('/search/');
  await page.getByLabel('搜索关键词').fill('井冈山');
  await page.getByRole('button', { name: '搜索' }).click();
  await expect(page.getByRole('status')).toHaveText('搜索索引尚未生成：请先运行 npm run build，或稍候刷新。');
  // The rest of the page still works.
  await page.getByRole('banner').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/$/);
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('every kind of page shows its heading and text', async ({ page }) => {
    test.setTimeout(120_000);
    const problems: string[] = [];
    for (const path of pageTypePaths().filter((p) => p !== '/admin/')) {
      await page.goto(path);
      const heading = (
        await page
          .locator('main h1')
          .first()
          .textContent()
          .catch(() => null)
      )?.trim();
      const text = (await page.locator('main').innerText()).trim();
      if (!heading) problems.push(`${path}: no <h1>`);
      if (text.length < 20) problems.push(`${path}: almost no text (${text.length} characters)`);
    }
    expect(problems).toEqual([]);
  });

  test('interactive features say that they need JavaScript', async ({ page }) => {
    // Chromium with script execution turned off by DevTools still hides <noscript>, so check the markup.
    const search = await (await page.request.get('/search/')).text();
    expect(search).toMatch(/<noscript><p[^>]*>搜索需要启用 JavaScript。<\/p><\/noscript>/);
    await page.goto('/quizzes/branch-life-test/');
    await expect(page.getByText('答题需要启用 JavaScript。下面列出了全部题目，可以先阅读。')).toBeVisible();
    await page.goto('/my/');
    await expect(page.getByText('“我的学习”需要启用 JavaScript。')).toBeVisible();
  });
});
