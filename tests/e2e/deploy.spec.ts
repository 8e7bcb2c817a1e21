/**
 * What a static host receives: no broken link, asset or anchor (at the root and
 * under a sub-path such as https://www.example.edu.cn/dangjian/), precompressed
 * copies of the shared scripts and styles, and a search that works under the
 * sub-path.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { checkDistLinks } from '../support/dist-links';
import { ROOT, publishedArticles } from '../support/content';
import { buildSite, previewSite } from '../../tools/servers';
import { NGINX_PORT, REBUILD_PORT, TEST_SITE_URL } from '../../tools/ports';
import { serveWithDocumentedNginx } from '../support/nginx';
import { isPrecompressed } from '../../src/lib/web/compressible';

const DIST = join(ROOT, 'dist');

test('the production build has no broken internal link, asset or anchor', () => {
  expect(checkDistLinks(DIST, { base: '/', site: TEST_SITE_URL })).toEqual([]);
});

test('shared scripts, styles and the search runtime have .gz and .br copies that decompress to the same bytes; pages have none', () => {
  const all = readdirSync(DIST, { recursive: true, encoding: 'utf8' });
  const files = all.filter((f) => isPrecompressed(f));
  expect(files.filter((f) => f.startsWith('_astro/')).length).toBeGreaterThan(10);
  expect(files).toContain('pagefind/pagefind.js');
  // Pages are compressed by the server as it sends them (docs/nginx), not copied twice into dist/.
  expect(all.filter((f) => /\.html\.(gz|br)$/.test(f))).toEqual([]);
  for (const file of files.filter((f) => /\.(css|js)$/.test(f))) {
    const original = readFileSync(join(DIST, file));
    if (existsSync(join(DIST, `${file}.gz`)))
      expect(gunzipSync(readFileSync(join(DIST, `${file}.gz`))).equals(original), file).toBe(true);
    else expect(original.length, `${file} has no .gz`).toBeLessThan(100);
    if (existsSync(join(DIST, `${file}.br`)))
      expect(brotliDecompressSync(readFileSync(join(DIST, `${file}.br`))).equals(original), file).toBe(true);
    else expect(original.length, `${file} has no .br`).toBeLessThan(100);
  }
});

test.describe('under a sub-path', () => {
  test.describe.configure({ timeout: 180_000 });
  const SITE_URL = 'https://www.example.edu.cn/dangjian/';
  const outDir = join(tmpdir(), `dangjian-subpath-${process.pid}`);
  const article = publishedArticles().find((a) => a.id === 'party-dues-standard')!;

  test.beforeAll(async () => {
    // A hook keeps the config's 60 s unless told: a full build takes minutes on a busy machine.
    test.setTimeout(300_000);
    await buildSite(outDir, { SITE_URL });
  });
  test.afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  test('links, assets, feeds, sitemap and canonical URLs carry the sub-path', () => {
    expect(checkDistLinks(outDir, { base: '/dangjian/', site: SITE_URL })).toEqual([]);
    const page = readFileSync(join(outDir, `articles/${article.id}/index.html`), 'utf8');
    expect(page).toContain(`<link rel="canonical" href="${SITE_URL}articles/${article.id}/">`);
    // The site feed holds the newest entries of all sections, so look for the newest article there.
    expect(readFileSync(join(outDir, 'rss.xml'), 'utf8')).toContain(
      `<link>${SITE_URL}articles/${publishedArticles()[0]!.id}/</link>`,
    );
    expect(readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8')).toContain(
      `<loc>${SITE_URL}articles/${article.id}/</loc>`,
    );
    expect(readFileSync(join(outDir, 'admin/index.html'), 'utf8')).toContain(`"site_url":"${SITE_URL}"`);
  });

  test('search and the CMS work under the sub-path', async ({ page }) => {
    const preview = await previewSite(outDir, REBUILD_PORT, { SITE_URL }, '/dangjian/');
    try {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(`http://localhost:${REBUILD_PORT}/dangjian/search/?q=${encodeURIComponent('党费')}`);
      // Lessons about 党费 may rank above the article: any first result must carry the sub-path.
      const first = page.locator('.results a').first();
      await expect(first).toHaveAttribute('href', /^\/dangjian\/(articles|school)\//);
      expect(requests.filter((p) => p.includes('pagefind')).every((p) => p.startsWith('/dangjian/pagefind/'))).toBe(
        true,
      );
      await page.getByRole('link', { name: article.title }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);

      // The CMS loads its bundle from the sub-path and lists the content.
      await page.goto(`http://localhost:${REBUILD_PORT}/dangjian/admin/`);
      await page.getByRole('button', { name: '登录' }).click();
      await expect(page.getByRole('link', { name: article.title })).toBeVisible();
    } finally {
      preview.kill();
    }
  });

  test('the documented nginx config serves it compressed (assets precompressed, pages on the fly), with cache and security headers', async () => {
    const nginx = await serveWithDocumentedNginx(outDir, NGINX_PORT);
    try {
      const get = (path: string, encoding: string) =>
        fetch(`${nginx.url}${path}`, { headers: { 'accept-encoding': encoding } });
      const home = await get('/dangjian/', 'br');
      expect(home.status).toBe(200);
      expect(home.headers.get('content-encoding')).toBe('br');
      expect(home.headers.get('cache-control')).toBe('no-cache');
      expect(home.headers.get('x-content-type-options')).toBe('nosniff');
      // Only what a meta policy cannot say, so the two never contradict (src/lib/web/csp.ts).
      expect(home.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
      expect(await home.text()).toContain('<html lang="zh-CN"');

      const css = readdirSync(join(outDir, '_astro')).find((f) => f.endsWith('.css'))!;
      const asset = await get(`/dangjian/_astro/${css}`, 'gzip');
      expect(asset.headers.get('content-encoding')).toBe('gzip');
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      // The precompressed copy itself (its exact length), not one compressed on the fly.
      const brotli = await get(`/dangjian/_astro/${css}`, 'br');
      expect(brotli.headers.get('content-encoding')).toBe('br');
      expect(brotli.headers.get('content-length')).toBe(String(statSync(join(outDir, '_astro', `${css}.br`)).size));

      const gzipped = await get(`/dangjian/articles/party-dues-standard/`, 'gzip');
      expect(gzipped.headers.get('content-encoding')).toBe('gzip');
      expect(await gzipped.text()).toContain('<html lang="zh-CN"');
      const article = await get(`/dangjian/articles/party-dues-standard/`, 'identity');
      expect(article.headers.get('content-encoding')).toBeNull();
      expect(article.status).toBe(200);

      const missing = await get('/dangjian/no-such-page/', 'gzip');
      expect(missing.status).toBe(404);
      expect(await missing.text()).toContain('页面不存在');
    } finally {
      nginx.stop();
    }
  });

  test('the documented members-only example asks for a sign-in in front of /reports/ and nowhere else (docs/members-only.md)', async () => {
    const account = { user: 'zhangming', password: 'dangyuan-2026' };
    const nginx = await serveWithDocumentedNginx(outDir, NGINX_PORT, { membersOnly: account });
    try {
      const get = (path: string, credentials?: string) =>
        fetch(`${nginx.url}${path}`, {
          headers: credentials ? { authorization: `Basic ${Buffer.from(credentials).toString('base64')}` } : {},
        });
      const report = readdirSync(join(outDir, 'reports')).find(
        (name) => !['stage', 'submit', 'index.html'].includes(name),
      )!;
      for (const path of ['/dangjian/reports/', `/dangjian/reports/${report}/`]) {
        const anonymous = await get(path);
        expect(anonymous.status, path).toBe(401);
        expect(anonymous.headers.get('www-authenticate')).toBe('Basic realm="Party branch members"');
        expect(await anonymous.text()).not.toContain('汇报人');
        expect((await get(path, `${account.user}:wrong`)).status, path).toBe(401);
        const member = await get(path, `${account.user}:${account.password}`);
        expect(member.status, path).toBe(200);
        expect(member.headers.get('cache-control')).toBe('private, no-cache');
        expect(member.headers.get('x-content-type-options')).toBe('nosniff');
      }
      // Everything else stays public.
      for (const path of ['/dangjian/', '/dangjian/articles/party-dues-standard/', '/dangjian/feedback/'])
        expect((await get(path)).status, path).toBe(200);
    } finally {
      nginx.stop();
    }
  });
});
