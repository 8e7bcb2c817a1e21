import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ARTICLES_DIR } from '../support/content';
import { typeWithIme, committedText, type ImeWords } from '../support/ime';
import { buildSite, previewSite } from '../support/servers';
import { REBUILD_PORT } from '../support/ports';
import { parseEntryData } from '../../src/model/check-content';
import { collectionSchema } from '../../src/model/to-zod';
import { collectionModel, ARTICLE_CATEGORIES } from '../../src/model/collections';
import { ID_PATTERN } from '../../src/model/fields';
import { civilDateInShanghai } from '../../src/lib/civil-date';

const civilDateIn = (timeZone: string, instant: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

const TITLE: ImeWords = [['zhibu', '支部'], ['kaizhan', '开展'], ['hongse', '红色'], ['jiyi', '记忆'], ['', ' 2026 '], ['zhuti', '主题'], ['dangri', '党日']];
const BODY: ImeWords = [['quanti', '全体'], ['dangyuan', '党员'], ['canguan', '参观'], ['le', '了'], ['xiangcun', '乡村'], ['yinyuanqiao', '银元桥'], ['jinianguan', '纪念馆'], ['。', '。']];

test.describe.configure({ timeout: 240_000 });

test('an editor writes an article in Chinese in the CMS; it is saved as valid content and appears after a rebuild, in search too', async ({ browser }) => {
  // The editor's computer is in a zone where the calendar day differs from Beijing's
  // right now: the article must still be dated by the Beijing calendar.
  // (Faking the clock instead breaks the rich-text editor's composition handling.)
  const now = new Date();
  const expectedDate = civilDateInShanghai(now);
  const timezoneId = ['Pacific/Pago_Pago', 'Pacific/Kiritimati'].find((zone) => civilDateIn(zone, now) !== expectedDate)!;
  const context = await browser.newContext({ timezoneId, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();

  const before = new Set(readdirSync(ARTICLES_DIR));
  let created: string | undefined;
  const outDir = join(tmpdir(), `dangjian-rebuild-${process.pid}`);
  let preview: Awaited<ReturnType<typeof previewSite>> | undefined;
  try {
    await page.goto('/admin/');
    await page.getByRole('button', { name: '登录' }).click();
    await page.goto('/admin/#/collections/articles/new');

    await page.getByLabel('标题').click();
    await typeWithIme(page, TITLE);
    await expect(page.getByLabel('标题')).toHaveValue(committedText(TITLE));

    await page.locator('#category-field-4').click();
    await page.getByText('政策解读', { exact: true }).click();

    await page.getByRole('button', { name: '新增标签' }).click();
    await page.locator('[id^="tags-field"] input, input[id^="tag-field"]').last().click();
    await typeWithIme(page, [['hongse', '红色'], ['jiaoyu', '教育']]);

    await page.locator('[data-slate-editor="true"]').click();
    await typeWithIme(page, BODY);
    await expect(page.locator('[data-slate-editor="true"]')).toContainText(committedText(BODY));

    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page.getByText('立即发布').click();
    await expect(page).toHaveURL(/#\/collections\/articles\/entries\/[a-z0-9-]+$/, { timeout: 20_000 });

    await expect.poll(() => readdirSync(ARTICLES_DIR).filter((name) => !before.has(name))).toHaveLength(1);
    created = readdirSync(ARTICLES_DIR).find((name) => !before.has(name))!;
    const id = created.replace(/\.md$/, '');
    expect(id).toMatch(new RegExp(ID_PATTERN.source));

    const source = readFileSync(join(ARTICLES_DIR, created), 'utf8');
    const data = collectionSchema(collectionModel('articles')).parse(parseEntryData(source, 'md'));
    expect(data).toMatchObject({ title: committedText(TITLE).trim(), date: expectedDate, category: '政策解读', tags: ['红色教育'], draft: false });
    expect(source).toContain(committedText(BODY));
    expect(ARTICLE_CATEGORIES.map((c) => c.value)).toContain(data.category);

    await buildSite(outDir);
    preview = await previewSite(outDir, REBUILD_PORT);
    const site = `http://localhost:${REBUILD_PORT}`;
    await page.goto(`${site}/articles/${id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(committedText(TITLE).trim());
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
