/**
 * The study sections on the production build: library, media room, courseware,
 * 每日一学, feeds, sharing (QR, Open Graph), read-aloud and print.
 */
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { dailyCards, entries, newestFirst, uploadBytes } from '../support/resource-content';
import { publishedArticles } from '../support/content';
import { formatFileSize } from '../../src/lib/content/file-size';
import { cardForDate } from '../../src/lib/content/daily-rotation';
import { civilDateInShanghai, formatCivilDate } from '../../src/lib/civil-date';

const ARTICLE = `/articles/${publishedArticles()[0]!.id}/`;
const MEDIA_FILE = /\.(mp4|webm|mp3|m4a|ogg)(\?|$)/;

test('the library lists every book with cover and filters by author', async ({ page }) => {
  const books = newestFirst('library');
  await page.goto('/library/');
  await expect(page.locator('main article h2')).toHaveText(books.map((b) => String(b.data.title)));
  const author = String(books[0]!.data.author);
  await page.getByLabel('作者').selectOption(author);
  const expected = books.filter((b) => b.data.author === author).map((b) => String(b.data.title));
  await expect(page.locator('main article h2:visible')).toHaveText(expected);
  await expect(page.getByRole('status').filter({ hasText: '显示' })).toHaveText(
    `显示 ${expected.length} / ${books.length} 项`,
  );
  await page.getByLabel('关键词').fill('没有这样的书名');
  await expect(page.getByText('没有符合条件的内容。')).toBeVisible();
});

test('the list filters have a 筛选 button; the filters live in the address, so a filtered list reloads and shares as filtered', async ({
  page,
}) => {
  const books = newestFirst('library');
  const author = String(books[0]!.data.author);
  const expected = books.filter((b) => b.data.author === author).map((b) => String(b.data.title));
  for (const section of ['/library/', '/media/', '/courseware/']) {
    await page.goto(section);
    const form = page.getByRole('form', { name: '筛选' });
    await expect(form.getByRole('button', { name: '筛选', exact: true })).toBeVisible();
    expect(await form.evaluate((f: HTMLFormElement) => [f.method, new URL(f.action).pathname])).toEqual([
      'get',
      section,
    ]);
  }
  await page.goto('/library/');
  await page.getByLabel('作者').selectOption(author);
  await page.getByRole('button', { name: '筛选', exact: true }).click();
  await expect(page).toHaveURL(`/library/?${new URLSearchParams({ author })}`);
  await page.reload();
  await expect(page.getByLabel('作者')).toHaveValue(author);
  await expect(page.locator('main article h2:visible')).toHaveText(expected);
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page).toHaveURL('/library/');
  await expect(page.locator('main article h2:visible')).toHaveCount(books.length);
});

test('without JavaScript the lists show every item and a submitted filter address is a real page', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const books = newestFirst('library');
  const response = await page.goto(
    `/library/?q=${encodeURIComponent('党费')}&author=${encodeURIComponent(String(books[0]!.data.author))}`,
  );
  expect(response!.status()).toBe(200);
  await expect(page.locator('main article h2')).toHaveText(books.map((b) => String(b.data.title)));
  await expect(page.getByRole('form', { name: '筛选' })).toBeHidden();
  await context.close();
});

test('a book page shows the PDF inline with a download fallback, its type and real size', async ({ page }) => {
  const book = entries('library')[0]!;
  const file = String(book.data.file);
  await page.goto(`/library/${book.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(book.data.title));
  const viewer = page.locator('object[type="application/pdf"]');
  await expect(viewer).toHaveAttribute('data', file);
  await expect(viewer.locator(`a[href="${file}"][download]`)).toHaveCount(1);
  const download = page.locator('main .file').first();
  await expect(download).toContainText('PDF 文档');
  await expect(download.locator('[data-file-size]')).toHaveText(formatFileSize(uploadBytes(file)));
  await expect(page.getByRole('link', { name: `下载“${book.data.title}”` })).toHaveAttribute('href', file);
  const pdf = await page.request.get(file);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
});

test('a video plays inline (WeChat too), never by itself, with captions and a transcript', async ({ page }) => {
  const video = entries('media').find((m) => m.data.kind === '视频')!;
  await page.goto(`/media/${video.id}/`);
  const player = page.locator('video');
  for (const [name, value] of [
    ['preload', 'none'],
    ['playsinline', ''],
    ['webkit-playsinline', 'true'],
    ['x5-playsinline', 'true'],
    ['poster', String(video.data.poster)],
  ]) {
    await expect(player).toHaveAttribute(name!, value!);
  }
  await expect(player).not.toHaveAttribute('autoplay');
  await expect(player.locator('track')).toHaveAttribute('src', String(video.data.captions));
  await expect(player.locator('track')).toHaveAttribute('srclang', 'zh-CN');
  await expect(page.getByRole('heading', { name: '文字稿' })).toBeVisible();
  const vtt = await (await page.request.get(String(video.data.captions))).text();
  expect(vtt.startsWith('WEBVTT')).toBe(true);
  const firstCue = vtt.split('\n\n')[1]!.split('\n')[2]!;
  await expect(page.locator('#transcript')).toContainText(firstCue);
});

for (const kind of ['视频', '音频'] as const) {
  test(`no ${kind} bytes are fetched before the reader presses play`, async ({ page }) => {
    const item = entries('media').find((m) => m.data.kind === kind)!;
    const fetched: string[] = [];
    page.on('request', (request) => MEDIA_FILE.test(request.url()) && fetched.push(request.url()));
    await page.goto(`/media/${item.id}/`);
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    const requested = page.waitForRequest(MEDIA_FILE);
    await page
      .locator(kind === '视频' ? 'video' : 'audio')
      .evaluate((el: HTMLMediaElement) => el.play().catch(() => undefined));
    expect((await requested).url()).toContain(String(item.data.src));
  });
}

test('courseware lists its files with type, size and download, and previews PDFs and images', async ({ page }) => {
  const entry = entries('courseware').find((c) => (c.data.files as unknown[]).length > 1)!;
  const files = entry.data.files as { name: string; file: string }[];
  await page.goto(`/courseware/${entry.id}/`);
  for (const { name, file } of files) {
    await expect(page.getByRole('link', { name: `下载“${name}”` })).toHaveAttribute('href', file);
    const row = page.locator('main .file').filter({ hasText: name });
    await expect(row.locator('[data-file-size]')).toHaveText(formatFileSize(uploadBytes(file)));
    if (file.endsWith('.pdf')) await expect(page.locator(`object[data="${file}"]`)).toHaveCount(1);
    // An image is previewed as a WebP made from the upload for the page's width (src/components/UploadImage.astro).
    if (file.endsWith('.png'))
      await expect(page.getByRole('img', { name })).toHaveAttribute(
        'src',
        new RegExp(`^${file.replace(/\.png$/, '')}_\\w+\\.webp$`),
      );
  }
});

test('the feeds are RSS 2.0 with absolute links, dates and the newest entries first', async ({ page, request }) => {
  const parse = (xml: string) =>
    page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      if (doc.querySelector('parsererror')) throw new Error('feed is not well-formed XML');
      return {
        version: doc.documentElement.getAttribute('version'),
        items: [...doc.querySelectorAll('item')].map((item) => ({
          title: item.querySelector('title')!.textContent!,
          link: item.querySelector('link')!.textContent!,
          date: Date.parse(item.querySelector('pubDate')!.textContent!),
          categories: [...item.querySelectorAll('category')].map((c) => c.textContent),
        })),
      };
    }, xml);
  await page.goto('/');
  const feeds = await page
    .locator('link[rel="alternate"][type="application/rss+xml"]')
    .evaluateAll((links) => links.map((l) => l.getAttribute('href')));
  expect(feeds).toEqual(['/rss.xml']);

  const site = await parse(await (await request.get('/rss.xml')).text());
  expect(site.version).toBe('2.0');
  const dates = site.items.map((i) => i.date);
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  for (const item of site.items) expect(item.link).toMatch(/^https?:\/\/[^/]+\//);
  const newestBook = newestFirst('library')[0]!;
  expect(site.items.map((i) => i.title)).toContain(String(newestBook.data.title));

  const library = await parse(await (await request.get('/library/rss.xml')).text());
  expect(library.items.map((i) => i.title)).toEqual(newestFirst('library').map((b) => String(b.data.title)));
  expect(library.items[0]!.categories).toContain('电子图书室');
  expect(new URL(library.items[0]!.link).pathname).toBe(`/library/${newestBook.id}/`);

  await page.goto('/media/');
  await expect(page.locator('link[rel="alternate"][href="/media/rss.xml"]')).toHaveCount(1);
  for (const section of ['articles', 'media', 'courseware'])
    expect((await request.get(`/${section}/rss.xml`)).status()).toBe(200);
});

async function decodeQr(page: Page): Promise<string | undefined> {
  const png = PNG.sync.read(await page.locator('.share-qr .code').screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

for (const path of [ARTICLE, `/media/${entries('media')[0]!.id}/`, `/library/${entries('library')[0]!.id}/`]) {
  test(`the QR code on ${path} decodes to the page's canonical URL`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('.share-qr figcaption')).toHaveText('扫码阅读');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname).toBe(path);
    expect(await decodeQr(page)).toBe(canonical);
  });
}

test('every page has Open Graph and Twitter cards; detail pages share their cover', async ({ page }) => {
  const book = entries('library')[0]!;
  await page.goto(`/library/${book.id}/`);
  const meta = (selector: string) => page.locator(`meta[${selector}]`).getAttribute('content');
  expect(await meta('property="og:title"')).toBe(String(book.data.title));
  expect(await meta('property="og:description"')).toBe(String(book.data.summary));
  expect(await meta('property="og:image"')).toMatch(new RegExp(`^https?://[^/]+${book.data.cover}$`));
  expect(await meta('property="og:url"')).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
  expect(await meta('name="twitter:card"')).toBe('summary_large_image');
  await page.goto('/daily/');
  expect(await meta('name="twitter:card"')).toBe('summary');
  expect(await meta('property="og:image"')).toMatch(/\/og-default\.jpg$/);
});

test('read aloud speaks the text in zh-CN through the browser’s speechSynthesis', async ({ page }) => {
  // Observe the real API: record each utterance, then let the browser speak it.
  await page.addInitScript(() => {
    const calls: { text: string; lang: string }[] = [];
    (window as unknown as { spoken: typeof calls }).spoken = calls;
    const speak = speechSynthesis.speak.bind(speechSynthesis);
    speechSynthesis.speak = (utterance) => {
      calls.push({ text: utterance.text, lang: utterance.lang });
      speak(utterance);
    };
  });
  await page.goto(ARTICLE);
  const control = page.locator('read-aloud');
  await control.getByRole('button', { name: '朗读全文' }).click();
  const spoken = await page
    .waitForFunction(() => (window as unknown as { spoken: unknown[] }).spoken[0])
    .then((h) => h.jsonValue());
  expect(spoken).toMatchObject({ lang: 'zh-CN' });
  const firstParagraph = (await page.locator('#article-text p').first().innerText()).trim();
  expect(firstParagraph.startsWith((spoken as { text: string }).text.slice(0, 10))).toBe(true);
});

test('read aloud buttons follow the session: pause, resume, stop, with the paragraph highlighted', async ({ page }) => {
  // A synthesiser that never finishes on its own, so the states can be checked one by one.
  await page.addInitScript(() => {
    for (const name of ['speak', 'pause', 'resume', 'cancel'] as const) speechSynthesis[name] = () => undefined;
    // A device with a Chinese voice (a stand-in object: the utterance's voice setter accepts only real ones).
    speechSynthesis.getVoices = () => [{ lang: 'zh-CN', name: '中文', localService: true } as SpeechSynthesisVoice];
    Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
      configurable: true,
      get: () => null,
      set: () => undefined,
    });
  });
  await page.goto('/library/party-dues-questions/');
  const control = page.locator('read-aloud');
  await control.getByRole('button', { name: '朗读全文' }).click();
  await expect(page.locator('#book-intro .is-reading')).toHaveCount(1);
  await control.getByRole('button', { name: '暂停' }).click();
  await expect(control.getByRole('status')).toHaveText('已暂停');
  await control.getByRole('button', { name: '继续' }).click();
  await control.getByRole('button', { name: '停止' }).click();
  await expect(control.getByRole('button', { name: '朗读全文' })).toBeVisible();
  await expect(page.locator('.is-reading')).toHaveCount(0);
});

test('while reading, a compact pause/stop bar stays on screen as the reader scrolls (phone)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.addInitScript(() => {
    for (const name of ['speak', 'pause', 'resume', 'cancel'] as const) speechSynthesis[name] = () => undefined;
    // A device with a Chinese voice (a stand-in object: the utterance's voice setter accepts only real ones).
    speechSynthesis.getVoices = () => [{ lang: 'zh-CN', name: '中文', localService: true } as SpeechSynthesisVoice];
    Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
      configurable: true,
      get: () => null,
      set: () => undefined,
    });
  });
  await page.goto(ARTICLE);
  const control = page.locator('read-aloud');
  await control.getByRole('button', { name: '朗读全文' }).click();
  await expect(control.getByRole('button', { name: '暂停' })).toBeVisible();
  await page.locator('#article-text p').last().scrollIntoViewIfNeeded();
  await expect(control).toBeInViewport();
  const box = (await control.boundingBox())!;
  expect(box.y).toBeLessThanOrEqual(1);
  expect(box.height).toBeLessThan(80);
  await control.getByRole('button', { name: '停止' }).click();
  await expect(control).not.toHaveAttribute('data-state', 'speaking');
});

test('without a Chinese voice on the device, read aloud says so and speaks nothing', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { spoken: number }).spoken = 0;
    speechSynthesis.speak = () => void ((window as unknown as { spoken: number }).spoken += 1);
    speechSynthesis.getVoices = () => [{ lang: 'en-US', name: 'English', localService: true } as SpeechSynthesisVoice];
  });
  await page.goto(ARTICLE);
  const control = page.locator('read-aloud');
  await control.getByRole('button', { name: '朗读全文' }).click();
  await expect(control.getByRole('status')).toHaveText(/^这台设备没有中文朗读语音，无法朗读。/);
  expect(await page.evaluate(() => (window as unknown as { spoken: number }).spoken)).toBe(0);
  await expect(control.getByRole('button', { name: '朗读全文' })).toBeVisible();
});

test('read aloud is hidden where the browser has no speech synthesis', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined }));
  await page.goto(ARTICLE);
  await expect(page.locator('read-aloud')).toBeHidden();
});

test.describe('每日一学', () => {
  const cards = dailyCards();

  test('the home page shows the card of the Beijing day and turns it at midnight', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-11-26T23:59:00+08:00') });
    await page.goto('/');
    const card = page.locator('daily-card blockquote');
    const before = cardForDate(cards, '2026-11-26')!;
    const after = cardForDate(cards, '2026-11-27')!;
    expect(after.id).not.toBe(before.id);
    await expect(card).toHaveAttribute('data-card-id', before.id);
    await expect(card.locator('[data-text]')).toHaveText(before.text);
    await page.clock.runFor(120_000);
    await expect(card).toHaveAttribute('data-card-id', after.id);
    await expect(page.locator('daily-card time')).toHaveText('2026年11月27日');
  });

  test('a reader in another time zone sees the Beijing day’s card; a pinned card wins its day', async ({ browser }) => {
    const context = await browser.newContext({ timezoneId: 'America/New_York' });
    const page = await context.newPage();
    // 11:30 on 26 Nov in New York is 00:30 on 27 Nov in Beijing.
    await page.clock.install({ time: new Date('2026-11-26T11:30:00-05:00') });
    await page.goto('/');
    await expect(page.locator('daily-card blockquote')).toHaveAttribute(
      'data-card-id',
      cardForDate(cards, '2026-11-27')!.id,
    );
    const pinned = cards.find((c) => c.date)!;
    await page.clock.setSystemTime(new Date(`${pinned.date}T09:00:00+08:00`));
    await page.reload();
    await expect(page.locator('daily-card blockquote')).toHaveAttribute('data-card-id', pinned.id);
    await context.close();
  });

  test('without JavaScript the build day’s card shows; /daily/ lists past days', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const today = civilDateInShanghai(new Date());
    await page.goto('/');
    await expect(page.locator('daily-card [data-text]')).toHaveText(cardForDate(cards, today)!.text);
    await page.goto('/daily/');
    await expect(page.getByRole('heading', { name: '往日卡片' })).toBeVisible();
    const past = page.locator('ol.past li');
    await expect(past).toHaveCount(30);
    await expect(past.first().locator('time')).toHaveText(formatCivilDate(cardDay(today, -1)));
    await context.close();
  });
});

function cardDay(day: string, offset: number) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

test('study material prints without navigation or controls, with the QR code', async ({ page }) => {
  await page.goto(`/media/${entries('media')[0]!.id}/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('read-aloud')).toBeHidden();
  await expect(page.locator('.player')).toBeHidden();
  await expect(page.locator('#transcript')).toBeVisible();
  await expect(page.locator('.share-qr')).toBeVisible();
});

test('the study sections are in the main menu', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: '主导航' });
  for (const name of ['电子图书室', '网上视听室', '多媒体课件', '每日一学'])
    await expect(nav.getByRole('link', { name, includeHidden: true })).toHaveCount(1);
});
