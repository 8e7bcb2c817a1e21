/**
 * What a reader's first search downloads, measured in Chromium: open the
 * search page, type a query, wait for the results, and add up every response
 * under /pagefind/ (Pagefind's script, WebAssembly, metadata, index chunks and
 * result fragments). Two figures: the bodies as the browser uses them, and the
 * bytes on the wire from a server that sends the build's precompressed copies
 * (the nginx set-up in docs/deploy.md: the `.br` beside a file when there is
 * one; Pagefind's index files are gzip inside and have none).
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium.ts';

/** The kind of a Pagefind file, for the breakdown. */
function kind(path) {
  const match = /\/pagefind\/(?:(index|fragment|filter)\/|.*\.(pf_meta|js|json)$|(wasm)\.)/.exec(path);
  return match?.slice(1).find(Boolean) ?? 'other';
}

function wireBytes(dist, path, bodyBytes) {
  const file = join(dist, decodeURIComponent(path));
  return existsSync(`${file}.br`) ? statSync(`${file}.br`).size : bodyBytes;
}

export async function firstSearchBytes(origin, query, dist) {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ locale: 'zh-CN' });
    const pending = [];
    const totals = { bytes: 0, wire: 0, files: 0, kinds: {} };
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (!path.includes('/pagefind/')) return;
      pending.push(
        response.body().then(
          (body) => {
            const wire = wireBytes(dist, path, body.length);
            totals.files += 1;
            totals.bytes += body.length;
            totals.wire += wire;
            totals.kinds[kind(path)] = (totals.kinds[kind(path)] ?? 0) + wire;
          },
          () => undefined,
        ),
      );
    });
    await page.goto(`${origin}/search/`);
    await page.getByLabel('搜索关键词').fill(query);
    await page.getByRole('button', { name: '搜索' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /找到约? ?\d+ 条结果/ })
      .waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    return totals;
  } finally {
    await browser.close();
  }
}
