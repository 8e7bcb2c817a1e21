/**
 * The production build (dist/) deployed with `npm run deploy:s3` to a local
 * S3-compatible server (s3rver) with real rclone, then read back: every built
 * file is stored once (the .gz copy in place of a precompressed script), each
 * kind with the Content-Type and Cache-Control the documented nginx sends for
 * it; a second deploy uploads nothing; and in Chromium the site served from the
 * bucket's website endpoint works — pages, styles, scripts and the search,
 * whose runtime and index arrive as gzip-encoded objects.
 * The deploy's rules and failure cases: tests/build/deploy-s3.test.ts.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { ROOT } from '../support/content';
import { runDeploy } from '../support/deploy-s3';
import { serveWithDocumentedNginx } from '../support/nginx';
import { requireRclone, startS3Server, type S3Server } from '../support/s3-server';
import { NGINX_PORT, S3_PORT } from '../../tools/ports';
import { cacheControl, stagedObjects } from '../../scripts/deploy-s3/plan';

const DIST = join(ROOT, 'dist');
/** Extensions nginx 1.22's mime.types does not know (it sends application/octet-stream); the deploy names them. */
const NGINX_GAPS = new Set(['mjs', 'vtt', 'webmanifest', 'map']);

test.describe.configure({ mode: 'serial', timeout: 300_000 });

let s3: S3Server;
const files = () =>
  readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) =>
      join(e.parentPath, e.name)
        .slice(DIST.length + 1)
        .split(sep)
        .join('/'),
    );

test.beforeAll(async () => {
  test.setTimeout(600_000);
  requireRclone();
  s3 = await startS3Server(S3_PORT);
  const run = await runDeploy(s3.env, ['--dist', DIST]);
  expect(run.code, run.stdout + run.stderr).toBe(0);
});
test.afterAll(async () => s3?.stop());

test('stores every built file once, the .gz copy in place of each precompressed script and style', async () => {
  const expected = stagedObjects(files(), 'gzip');
  expect(await s3.keys()).toEqual(expected.map((o) => o.key));
  expect(s3.events.filter((e) => e.kind === 'put')).toHaveLength(expected.length);
  expect(expected.filter((o) => o.contentEncoding === 'gzip').length).toBeGreaterThan(10);
});

test('each kind of file has the Content-Type and Cache-Control the documented nginx sends, and gzip where nginx has a .gz', async () => {
  const nginx = await serveWithDocumentedNginx(DIST, NGINX_PORT);
  try {
    // One file of each extension in each cache class (pages, _astro/, pagefind/, uploads/).
    const samples = new Map<string, string>();
    for (const { key } of stagedObjects(files(), 'gzip')) {
      const kind = `${cacheControl(key)} ${key.slice(key.lastIndexOf('.') + 1)}`;
      if (!samples.has(kind)) samples.set(kind, key);
    }
    expect(samples.size).toBeGreaterThan(10);
    for (const key of samples.values()) {
      const path = key.split('/').map(encodeURIComponent).join('/');
      const fromNginx = await fetch(`${nginx.url}/dangjian/${path}`, {
        method: 'HEAD',
        headers: { 'accept-encoding': 'gzip' },
      });
      const fromBucket = await fetch(s3.objectUrl(key), { method: 'HEAD' });
      const ext = key.slice(key.lastIndexOf('.') + 1);
      const headers = (response: Response) => ({
        type: NGINX_GAPS.has(ext) ? 'n/a' : response.headers.get('content-type'),
        cache: response.headers.get('cache-control'),
        encoding: response.headers.get('content-encoding'),
      });
      expect([fromBucket.status, fromNginx.status], key).toEqual([200, 200]);
      // nginx compresses pages as it sends them (gzip on); the bucket stores them plain and the CDN compresses.
      const nginxHeaders = headers(fromNginx);
      if (!existsSync(join(DIST, `${key}.gz`))) nginxHeaders.encoding = null;
      expect({ key, ...headers(fromBucket) }).toEqual({ key, ...nginxHeaders });
    }
  } finally {
    nginx.stop();
  }
});

test('a second deploy of the same build uploads and deletes nothing', async () => {
  s3.clearEvents();
  const run = await runDeploy(s3.env, ['--dist', DIST]);
  expect(run.code, run.stderr).toBe(0);
  expect(s3.events).toEqual([]);
  expect(run.stdout).toContain('上传 uploaded 0, 删除 deleted 0');
});

test('read from the bucket in a browser, the site works: pages, styles, scripts and search', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url().startsWith(s3.websiteUrl))
      failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${s3.websiteUrl}/`);
  await expect(page.locator('h1, h2').first()).toBeVisible();
  // Styles arrived (gzip-encoded) and apply: the body is not in the browser's default serif font.
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe('"Times New Roman"');

  await page.goto(`${s3.websiteUrl}/search/?q=${encodeURIComponent('党费')}`);
  const first = page.locator('.results a').first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // An address without its trailing slash is redirected to the folder's index.html, as OSS and COS do.
  const article = new URL(page.url()).pathname;
  await page.goto(`${s3.websiteUrl}${article.replace(/\/$/, '')}`);
  expect(new URL(page.url()).pathname).toBe(article);
  expect(failed).toEqual([]);
});
