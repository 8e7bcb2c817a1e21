import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ARTICLES_DIR } from '../support/content';
import { committedText } from '../support/ime';
import { publishArticleInCms, type NewArticle } from '../support/cms';
import { buildSite, previewSite } from '../../tools/servers';
import { PREVIEW_PORT, REBUILD_PORT } from '../../tools/ports';
import { parseEntryData } from '../../src/model/check-content';
import { collectionSchema } from '../../src/model/to-zod';
import { collectionModel } from '../../src/model/collections';
import { ID_PATTERN } from '../../src/lib/entry-ids';
import { civilDateInShanghai } from '../../src/lib/civil-date';

const civilDateIn = (timeZone: string, instant: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

const ARTICLE: NewArticle = {
  title: [
    ['zhibu', '支部'],
    ['kaizhan', '开展'],
    ['hongse', '红色'],
    ['jiyi', '记忆'],
    ['', ' 2026 '],
    ['zhuti', '主题'],
    ['dangri', '党日'],
  ],
  body: [
    ['quanti', '全体'],
    ['dangyuan', '党员'],
    ['canguan', '参观'],
    ['le', '了'],
    ['xiangcun', '乡村'],
    ['yinyuanqiao', '银元桥'],
    ['jinianguan', '纪念馆'],
    ['。', '。'],
  ],
  category: '政策解读',
  tag: [
    ['hongse', '红色'],
    ['jiaoyu', '教育'],
  ],
};

test.describe.configure({ timeout: 240_000 });

test('an editor writes an article in Chinese in the CMS; it is saved as valid content and appears after a rebuild, in search too', async ({
  browser,
}) => {
  // The editor's computer is in a zone where the calendar day differs from Beijing's
  // right now: the article must still be dated by the Beijing calendar.
  // (Faking the clock instead breaks the rich-text editor's composition handling.)
  const now = new Date();
  const expectedDate = civilDateInShanghai(now);
  const timezoneId = ['Pacific/Pago_Pago', 'Pacific/Kiritimati'].find(
    (zone) => civilDateIn(zone, now) !== expectedDate,
  )!;
  const context = await browser.newContext({ timezoneId, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();

  let created: string | undefined;
  const outDir = join(tmpdir(), `dangjian-rebuild-${process.pid}`);
  let preview: Awaited<ReturnType<typeof previewSite>> | undefined;
  try {
    created = await publishArticleInCms(page, `http://localhost:${PREVIEW_PORT}`, ARTICLE);
    const id = created.replace(/\.md$/, '');
    expect(id).toMatch(new RegExp(ID_PATTERN.source));

    const source = readFileSync(join(ARTICLES_DIR, created), 'utf8');
    const data = collectionSchema(collectionModel('articles')).parse(parseEntryData(source, 'md'));
    expect(data).toMatchObject({
      title: committedText(ARTICLE.title).trim(),
      date: expectedDate,
      category: '政策解读',
      tags: ['红色教育'],
      draft: false,
    });
    expect(source).toContain(committedText(ARTICLE.body));

    await buildSite(outDir);
    preview = await previewSite(outDir, REBUILD_PORT);
    const site = `http://localhost:${REBUILD_PORT}`;
    await page.goto(`${site}/articles/${id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(committedText(ARTICLE.title).trim());
    await expect(page.locator(`time[datetime="${expectedDate}"]`).first()).toBeVisible();

    await page.goto(`${site}/search/?q=${encodeURIComponent('银元桥纪念馆')}`);
    await expect(page.locator('.results a').first()).toHaveAttribute('href', `/articles/${id}/`);
  } finally {
    if (created) rmSync(join(ARTICLES_DIR, created), { force: true });
    preview?.kill();
    rmSync(outDir, { recursive: true, force: true });
    await context.close();
  }
  expect(created && existsSync(join(ARTICLES_DIR, created))).toBeFalsy();
});
