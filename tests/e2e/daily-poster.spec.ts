/**
 * 每日一学 share posters (issue 18, requirement 4) on the production build: every
 * card has its own page and a 1080×1440 PNG poster whose QR code decodes to that
 * page's canonical URL; the card on the home page and /daily/ offer the poster as
 * a download (a link: no poster loads with those pages), and the links follow
 * the card the reader's Beijing day shows. Screenshots of a poster as a phone
 * shows it go to test-results/ for a person to look at.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { dailyCards } from '../support/resource-content';
import { cardForDate } from '../../src/lib/content/daily-rotation';

const cards = dailyCards();
const rotation = cards.find((card) => !card.date)!;
const pinned = cards.find((card) => card.date)!;

function decodePoster(bytes: Buffer) {
  const png = PNG.sync.read(bytes);
  return {
    width: png.width,
    height: png.height,
    qr: jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data,
  };
}

/** The link's name as a screen reader hears it (Chromium puts a space before the hidden part). */
const named = (topic: string) => new RegExp(`^下载分享海报\\s?：${topic}$`);

const canonicalOf = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');

test('every card has a page and a poster', async ({ request }) => {
  for (const card of cards) {
    expect((await request.get(`/daily/${card.id}/`)).status(), card.id).toBe(200);
    const poster = await request.get(`/daily/${card.id}/poster.png`);
    expect(poster.status(), card.id).toBe(200);
    expect(poster.headers()['content-type']).toBe('image/png');
  }
});

for (const card of [rotation, pinned]) {
  test(`the poster of ${card.date ? 'a pinned' : 'a rotation'} card is 1080×1440 and its QR code opens the card's page (${card.id})`, async ({
    page,
    request,
  }) => {
    await page.goto(`/daily/${card.id}/`);
    const canonical = await canonicalOf(page);
    expect(new URL(canonical!).pathname).toBe(`/daily/${card.id}/`);
    const poster = decodePoster(await (await request.get(`/daily/${card.id}/poster.png`)).body());
    expect(poster).toEqual({ width: 1080, height: 1440, qr: canonical });

    // The page: the card's text, how to share the poster, the poster as the page's sharing image.
    await expect(page.getByRole('heading', { level: 1 })).toContainText(card.topic);
    await expect(page.locator('blockquote .text')).toHaveText(card.text);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
      'content',
      new URL(`/daily/${card.id}/poster.png`, canonical!).toString(),
    );
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical!);
    const image = page.locator('img.poster');
    await expect(image).toHaveAttribute('loading', 'lazy');
    await expect(image).toHaveAttribute('alt', /分享海报/);
    await expect(page.getByText('长按下面的海报')).toBeVisible();
    if (card.date) await expect(page.locator(`main time[datetime="${card.date}"]`).first()).toBeVisible();
  });
}

test('a poster is legible on a phone: screenshot as WeChat shows an image, full width', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const bytes = readFileSync(`dist/daily/${pinned.id}/poster.png`);
  // The image alone, as a phone's image viewer shows it: 390 CSS px wide.
  await page.setContent(
    `<body style="margin:0;background:#000"><img src="data:image/png;base64,${bytes.toString('base64')}" style="width:100%;display:block"></body>`,
  );
  const shot = await page.screenshot({ path: testInfo.outputPath('poster-phone.png'), fullPage: true });
  const png = PNG.sync.read(shot);
  expect(png.width).toBe(390);
  // Even a screenshot at phone size still scans.
  expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toMatch(
    new RegExp(`/daily/${pinned.id}/$`),
  );
  await page.goto(`/daily/${pinned.id}/`);
  await page.locator('img.poster').scrollIntoViewIfNeeded();
  await expect(page.locator('img.poster')).toHaveJSProperty('complete', true);
  await page.screenshot({ path: testInfo.outputPath('card-page-phone.png'), fullPage: true });
});

test('/daily/ and the home page offer the poster as a download, and load no poster', async ({ page }, testInfo) => {
  const posters: string[] = [];
  page.on('request', (request) => request.url().endsWith('poster.png') && posters.push(request.url()));
  await page.goto('/daily/');
  const today = page.locator('daily-card');
  const id = await today.locator('blockquote').getAttribute('data-card-id');
  const link = today.getByRole('link', { name: /^下载分享海报/ });
  await expect(link).toHaveAttribute('href', `/daily/${id}/poster.png`);
  await expect(today.getByRole('link', { name: /^卡片页面/ })).toHaveAttribute('href', `/daily/${id}/`);
  // Each past card has its own links; the screen-reader name says which card.
  const past = page.locator('ol.past li');
  const first = past.first();
  const firstLink = first.getByRole('link', { name: /^下载分享海报/ });
  const href = await firstLink.getAttribute('href');
  expect(href).toMatch(/^\/daily\/[a-z0-9-]+\/poster\.png$/);
  const topic = await first.locator('.topic').textContent();
  await expect(firstLink).toHaveAccessibleName(named(topic!));
  expect(await past.getByRole('link', { name: /^下载分享海报/ }).count()).toBe(await past.count());
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath('daily-phone.png') });
  await page.goto('/');
  expect(posters).toEqual([]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .locator('daily-card')
      .getByRole('link', { name: /^下载分享海报/ })
      .click(),
  ]);
  const shownId = await page.locator('daily-card blockquote').getAttribute('data-card-id');
  expect(download.suggestedFilename()).toBe(`daily-${shownId}.png`);
  const saved = decodePoster(readFileSync((await download.path())!));
  expect(saved.qr).toMatch(new RegExp(`/daily/${shownId}/$`));
});

test('when the reader’s day shows another card than the build’s, the share links follow it', async ({ page }) => {
  const day = '2026-11-27';
  const card = cardForDate(cards, day)!;
  await page.clock.install({ time: new Date(`${day}T09:00:00+08:00`) });
  await page.goto('/');
  const daily = page.locator('daily-card');
  await expect(daily.locator('blockquote')).toHaveAttribute('data-card-id', card.id);
  const poster = daily.getByRole('link', { name: /^下载分享海报/ });
  await expect(poster).toHaveAttribute('href', `/daily/${card.id}/poster.png`);
  await expect(poster).toHaveAttribute('download', `daily-${card.id}.png`);
  await expect(daily.getByRole('link', { name: /^卡片页面/ })).toHaveAttribute('href', `/daily/${card.id}/`);
  await expect(poster).toHaveAccessibleName(named((await daily.locator('[data-topic]').textContent())!));
});
