/**
 * What a reader's first search downloads, measured in Chromium: open the
 * search page, type a query, wait for the results, and add up the bodies of
 * every response under /pagefind/ (Pagefind's script, WebAssembly, metadata,
 * index chunks and result fragments).
 */
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tests/support/chromium.ts';

export async function firstSearchBytes(origin, query) {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ locale: 'zh-CN' });
    const pending = [];
    let bytes = 0;
    let files = 0;
    page.on('response', (response) => {
      if (!new URL(response.url()).pathname.includes('/pagefind/')) return;
      files += 1;
      pending.push(response.body().then((body) => (bytes += body.length), () => undefined));
    });
    await page.goto(`${origin}/search/`);
    await page.getByLabel('搜索关键词').fill(query);
    await page.getByRole('button', { name: '搜索' }).click();
    await page.getByRole('status').filter({ hasText: /找到 \d+ 条结果/ }).waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    return { bytes, files };
  } finally {
    await browser.close();
  }
}
