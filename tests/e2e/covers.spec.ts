/**
 * Issue 34 item 12: an uploaded cover is made for its place. A 1080×1440 phone
 * photo (the sample article's cover) reaches a 390 px phone as a small WebP cut
 * to the card's shape, described by its text alternative, and leaves the
 * featured title on the first screen. Read from the production build (dist/)
 * and in Chromium.
 */
import { expect, test } from '@playwright/test';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../../tools/dist-weight';
import { parseEntryData } from '../../src/model/check-content';
import { ARTICLES_DIR, publishedArticles, ROOT } from '../support/content';
import { contextIn } from '../support/display-modes';

/** The article the home page features: the newest published one with a cover (src/components/HomeFeature.astro). */
function featuredArticle() {
  const withCover = publishedArticles()
    .map((article) => ({
      ...article,
      data: parseEntryData(readFileSync(join(ARTICLES_DIR, `${article.id}.md`), 'utf8'), 'md') as Record<
        string,
        string
      >,
    }))
    .filter((article) => article.data.cover);
  const newest = withCover.sort((a, b) => b.date.localeCompare(a.date))[0];
  if (!newest) throw new Error('no published sample article has a cover');
  return { title: newest.title, cover: newest.data.cover!, alt: newest.data.coverAlt! };
}

const feature = featuredArticle();
const original = statSync(join(ROOT, 'public', feature.cover)).size;
/** What one card picture may weigh on a phone: a tenth of a screen of text and styles, not a photo's megabytes. */
const PHONE_COVER_BYTES = 60_000;

test('the build makes the featured cover small files in the card’s shape, with width, height and its text alternative', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const stem = feature.cover.replace(/\.[a-z]+$/i, '');
  const tag = [...html.matchAll(/<img\b[^>]*>/g)].map(([img]) => img).find((img) => img.includes(stem));
  expect(tag, `an <img> of ${feature.cover} on the home page`).toBeDefined();
  const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag!)?.[1];
  // The original is never what the page shows.
  expect(attribute('src')).not.toBe(feature.cover);
  expect(Number(attribute('width')) / Number(attribute('height'))).toBeCloseTo(16 / 9, 1);
  expect(attribute('alt')).toBe(feature.alt);
  const files = attribute('srcset')!
    .split(', ')
    .map((candidate) => candidate.split(' ')[0]!);
  expect(files.length).toBeGreaterThan(1);
  for (const file of files) {
    expect(file).toMatch(/\.webp$/);
    expect(statSync(join(DIST, file)).size, file).toBeLessThan(original / 2);
  }
});

test('on a 390 px phone with large text, 推荐阅读 loads one small described picture and its title is on the first screen', async ({
  browser,
}, testInfo) => {
  const context = await contextIn(browser, 'large text', { width: 390, height: 844 });
  const page = await context.newPage();
  const images = new Map<string, number>();
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'image')
      images.set(new URL(response.url()).pathname, (await response.body()).length);
  });
  await page.goto('/');
  const section = page.getByRole('region', { name: feature.title });
  const picture = section.getByRole('img', { name: feature.alt });
  await expect(picture).toBeVisible();
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const shown = await picture.evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname);
  await expect.poll(() => images.get(shown), { message: `bytes of ${shown}` }).toBeLessThanOrEqual(PHONE_COVER_BYTES);
  expect([...images.keys()]).not.toContain(feature.cover);
  await expect(section.getByRole('heading', { name: feature.title })).toBeInViewport();
  await page.screenshot({ path: testInfo.outputPath('home-390-large-text.png') });
  await context.close();
});
