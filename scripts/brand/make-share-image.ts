#!/usr/bin/env node
/**
 * Draws the default sharing image (public/og-default.jpg, 1200×630) from the
 * branch's mark (public/favicon.svg) and the site's name and description in
 * src/settings.yml, with the system Chromium: run it again after changing either.
 *   node --import ./scripts/ts-resolve.ts scripts/brand/make-share-image.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../tools/chromium.ts';
import { loadSettings } from '../../src/site/settings.ts';

const root = join(import.meta.dirname, '../..');
const settings = loadSettings(root);
const mark = readFileSync(join(root, 'public/favicon.svg'), 'utf8');
const escapeHtml = (text: string) => String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

const html = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>
  body { margin: 0; width: 1200px; height: 630px; display: flex; align-items: center; gap: 56px; padding: 0 96px; box-sizing: border-box;
    background: linear-gradient(150deg, #b0141c 0%, #7d0d13 100%); color: #fff;
    font-family: 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif; }
  .mark svg { width: 220px; height: 220px; display: block; filter: drop-shadow(0 10px 24px rgb(0 0 0 / 0.3)); }
  h1 { margin: 0 0 20px; font-size: 76px; letter-spacing: 0.06em; }
  .branch { margin: 0 0 28px; font-size: 34px; color: #f6c453; }
  .description { margin: 0; font-size: 28px; line-height: 1.6; opacity: 0.92; max-width: 680px; }
</style><body><div class="mark">${mark}</div><div>
  <h1>${escapeHtml(settings.siteName)}</h1><p class="branch">${escapeHtml(settings.branchName)}</p><p class="description">${escapeHtml(settings.description)}</p>
</div></body></html>`;

const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
writeFileSync(join(root, 'public/og-default.jpg'), await page.screenshot({ type: 'jpeg', quality: 85 }));
await browser.close();
console.log('public/og-default.jpg');
