/**
 * Performance budgets of issue #7 on the production build (dist/): what each
 * page type costs before any interaction (tools/page-weight.ts against
 * tools/budgets.ts), images that reserve their box and load lazily, and no
 * audio or video fetched by any page before the reader asks for it. (The
 * Giscus thread's lazy loading is tested in discussion.spec.ts; pressing play
 * on the media pages in resources.spec.ts.)
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { budgetFor, overBudget } from '../../tools/budgets';
import { DIST, distPageWeight } from '../../tools/dist-weight';
import { pageTypePaths } from '../../tools/page-types';

test('every page type stays within its JavaScript, CSS and HTML budget (gzip)', () => {
  const problems: string[] = [];
  let measured = 0;
  for (const path of pageTypePaths()) {
    const budget = budgetFor(path);
    if (!budget) continue;
    problems.push(...overBudget(path, distPageWeight(path), budget));
    measured += 1;
  }
  expect(measured, 'page types measured').toBeGreaterThan(20);
  expect(problems).toEqual([]);
});

test('every <img> in the site has width, height, loading and decoding', () => {
  const htmlFiles = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.html') && !file.startsWith('admin/'),
  );
  const missing: string[] = [];
  let images = 0;
  for (const file of htmlFiles) {
    for (const [tag] of readFileSync(join(DIST, file), 'utf8').matchAll(/<img\b[^>]*>/g)) {
      images += 1;
      const absent = ['width', 'height', 'loading', 'decoding'].filter(
        (name) => !new RegExp(`\\s${name}="[^"]+"`).test(tag),
      );
      if (absent.length > 0) missing.push(`${file}: ${tag} lacks ${absent.join(', ')}`);
    }
  }
  expect(images, 'images checked').toBeGreaterThan(10);
  expect(missing).toEqual([]);
});

test('no page fetches audio or video before the reader presses play', async ({ page }) => {
  test.setTimeout(120_000);
  const media: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'media' || /\.(mp4|webm|m4a|mp3|ogg|wav)(\?|$)/i.test(request.url()))
      media.push(`${page.url()} → ${request.url()}`);
  });
  for (const path of pageTypePaths().filter((p) => p !== '/admin/')) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(media).toEqual([]);
});
