/** CMS previews of the study sections look like the site: site CSS, cover, player, files, card. */
import { expect, test, type Page } from '@playwright/test';
import { entries } from '../support/resource-content';

async function openEntry(page: Page, collection: string, id: string) {
  if (!page.url().includes('/admin/')) {
    await page.goto('/admin/');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page).toHaveURL(/#\/collections\//, { timeout: 30_000 });
  }
  await page.goto(`/admin/#/collections/${collection}/entries/${id}`);
  // A fresh load per entry: moving between entries by hash alone can keep the previous entry's form.
  await page.reload();
  return page.frameLocator('#preview-pane');
}

test('the CMS previews a book, a video, courseware and a daily card as the site shows them', async ({ page }) => {
  test.setTimeout(120_000);
  const book = entries('library')[0]!;
  let preview = await openEntry(page, 'library', book.id);
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(String(book.data.title), { timeout: 30_000 });
  await expect(preview.locator('img.cover')).toBeVisible();
  await expect(preview.getByRole('link', { name: /PDF 文档/ })).toBeVisible();
  // The site's stylesheet is in the preview: its body font and colours apply.
  expect(
    await preview.locator('body').evaluate((body) => getComputedStyle(body).getPropertyValue('--color-accent').trim()),
  ).toBe('#b0141c');

  const video = entries('media').find((m) => m.data.kind === '视频')!;
  preview = await openEntry(page, 'media', video.id);
  await expect(preview.locator('video')).toHaveAttribute('preload', 'none', { timeout: 30_000 });
  await expect(preview.locator('video track')).toHaveAttribute('srclang', 'zh-CN');
  await expect(preview.getByRole('heading', { name: '文字稿' })).toBeVisible();

  const courseware = entries('courseware').find((c) =>
    (c.data.files as { file: string }[]).some((f) => f.file.endsWith('.png')),
  )!;
  preview = await openEntry(page, 'courseware', courseware.id);
  const image = (courseware.data.files as { name: string; file: string }[]).find((f) => f.file.endsWith('.png'))!;
  await expect(preview.getByRole('img', { name: image.name })).toBeVisible({ timeout: 30_000 });

  const card = entries('daily')[0]!;
  preview = await openEntry(page, 'daily', card.id);
  await expect(preview.locator('blockquote')).toContainText(String(card.data.text), { timeout: 30_000 });
});
