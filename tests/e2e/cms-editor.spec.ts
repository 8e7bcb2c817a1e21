/**
 * The editor's view of the CMS (issue 11): previews that look like the site for
 * every collection with a page, list views with summaries, filters and groups, fast
 * search, and the help page. (The body sanitized exactly as on the site: security.spec.ts.)
 */
import { expect, test } from '@playwright/test';
import { COLLECTIONS, collectionModel, type CollectionName } from '../../src/model/collections';
import { formatCivilDate } from '../../src/lib/civil-date';
import { entries } from '../support/resource-content';
import { bodyShape, openEntry, signIn } from '../support/cms-preview';
import { loadSettings } from '../../src/site/settings';
import { t } from '../../src/i18n/zh';

/** The first sentence-sized piece of plain text in a Markdown body, to find it in the preview. */
function bodySample(markdown: string): string {
  const line =
    markdown
      .split('\n')
      .find((l) => /^[\u4e00-\u9fff]/.test(l.trim()))
      ?.trim() ?? '';
  return line.split(/[，。：；]/)[0]!;
}

// Collections whose entries are pages of the site (a section of their own or inside another's): a year plan is not.
const WITH_PAGES = COLLECTIONS.filter(
  (c) => !('private' in c) && c.name !== 'daily' && ('section' in c || 'within' in c),
).map((c) => c.name) as CollectionName[];

test('every collection with a page previews its first entry in the site’s markup and stylesheet', async ({ page }) => {
  // Fifteen editor loads: about a minute on a quiet machine, more when the machine is shared.
  test.setTimeout(300_000);
  await signIn(page);
  for (const name of WITH_PAGES) {
    const model = collectionModel(name);
    const entry = entries(name)[0]!;
    const preview = await openEntry(page, name, entry.id);
    await test.step(name, async () => {
      await expect(preview.locator('main.container h1'), name).toHaveText(String(entry.data[model.titleField]), {
        timeout: 30_000,
      });
      await expect(preview.locator('.entry-meta'), name).toBeAttached();
      const date = entry.data.date ?? entry.data.start ?? entry.data.opens;
      if (typeof date === 'string' && name !== 'polls')
        await expect(preview.locator(`time[datetime="${date}"]`).first(), name).toHaveText(formatCivilDate(date));
      if (name === 'polls')
        await expect(preview.locator('.entry-meta'), name).toContainText(formatCivilDate(String(date)));
      const sample = bodySample(entry.body);
      if (sample) await expect(preview.locator('.prose'), name).toContainText(sample);
    });
  }
  // The site's stylesheet is in the preview: its tokens, font and link colour apply.
  const preview = page.frameLocator('#preview-pane');
  const style = await preview.locator('main.container h1').evaluate((h1) => {
    const body = getComputedStyle(h1.ownerDocument.body);
    return {
      accent: body.getPropertyValue('--color-accent').trim(),
      font: body.fontFamily,
      background: body.backgroundColor,
    };
  });
  expect(style).toEqual({
    accent: '#b0141c',
    font: expect.stringContaining('PingFang SC'),
    background: 'rgb(251, 250, 248)',
  });
});

test('an article previews as its page: title, facts and text, and no 摘要 box the page never shows', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const article = entries('articles').find(
    (a) => a.data.summary && !a.data.draft && String(a.data.date) <= '2026-11-30',
  )!;
  await page.goto(`/articles/${article.id}/`);
  const published = {
    title: await page.locator('article header h1').innerText(),
    readingTime: (
      await page
        .locator('article header .entry-meta')
        .getByText(/分钟读完/)
        .innerText()
    ).trim(),
    body: await bodyShape(page.locator('#article-text')),
  };
  await signIn(page);
  const preview = await openEntry(page, 'articles', article.id);
  await expect(preview.locator('main.container h1')).toHaveText(published.title, { timeout: 30_000 });
  await expect(preview.locator('.entry-meta')).toContainText(formatCivilDate(String(article.data.date)));
  await expect(preview.locator('.entry-meta')).toContainText(published.readingTime);
  expect(await bodyShape(preview.locator('.prose'))).toEqual(published.body);
  await expect(preview.locator('main')).not.toContainText(String(article.data.summary));
  await expect(preview.locator('.lead')).toHaveCount(0);
});

test('the article list shows summary lines, filters by category and groups by month', async ({ page }) => {
  test.setTimeout(120_000);
  const articles = entries('articles');
  const notices = articles.filter((a) => a.data.category === '通知公告');
  await signIn(page);
  await page.goto('/admin/#/collections/articles');
  const sample = articles.find((a) => !a.data.draft)!;
  await expect(
    page.getByText(`${sample.data.date} · ${sample.data.category} · ${sample.data.title}`, { exact: true }),
  ).toBeVisible({ timeout: 30_000 });
  const cards = page.locator('[class*="ListCardLink"], a[href*="/collections/articles/entries/"]');

  await page.getByRole('button', { name: '筛选' }).click();
  await page.getByText('栏目：通知公告', { exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(cards).toHaveCount(notices.length);
  for (const card of await cards.all()) await expect(card).toContainText('· 通知公告 ·');
  await page.getByRole('button', { name: '筛选' }).click();
  await page.getByText('栏目：通知公告', { exact: true }).click();
  await page.keyboard.press('Escape');
  await expect(cards).toHaveCount(articles.length);

  await page.getByRole('button', { name: '分组' }).click();
  await page.getByText('发布日期（按月）', { exact: true }).click();
  await page.keyboard.press('Escape');
  const months = [...new Set(articles.map((a) => String(a.data.date).slice(0, 7)))];
  for (const month of months)
    await expect(page.getByRole('heading', { name: `发布日期（按月） ${month}`, exact: true })).toBeVisible();
});

test('search across all collections finds two-character Chinese terms within seconds, with the 61 daily cards and 34 articles loaded', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page);
  const term = '党章';
  const started = Date.now();
  await page.goto(`/admin/#/search/${encodeURIComponent(term)}`);
  await expect(page.getByText(`有关“${term}”的搜索结果`)).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('a[href*="/collections/articles/entries/"]', { hasText: term }).first()).toBeVisible({
    timeout: 30_000,
  });
  const firstSearch = Date.now() - started;

  const again = Date.now();
  await page.goto(`/admin/#/search/${encodeURIComponent('支部')}`);
  await expect(page.locator('a[href*="/collections/articles/entries/"]', { hasText: '支部' }).first()).toBeVisible({
    timeout: 30_000,
  });
  const secondSearch = Date.now() - again;
  console.log(
    `CMS search (local backend, ${entries('daily').length} daily cards, ${entries('articles').length} articles): first ${firstSearch} ms, again ${secondSearch} ms`,
  );
  // About 1 s on a quiet machine (docs/performance.md); the bounds leave room for a busy one.
  expect(firstSearch).toBeLessThan(20_000);
  expect(secondSearch).toBeLessThan(10_000);
});

test('the CMS links to the editors’ help, which covers every collection, image sizes, review and whom to ask', async ({
  page,
}) => {
  await page.goto('/admin/');
  const link = page.getByRole('link', { name: '编辑帮助' });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', '/admin/help/');
  await page.goto('/admin/help/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('内容编辑帮助');
  for (const model of COLLECTIONS)
    await expect(page.getByRole('heading', { level: 3, name: model.label, exact: true })).toBeVisible();
  await expect(page.getByRole('row', { name: /人物 头像 400 × 400/ })).toBeVisible();
  await expect(page.locator('tr[data-backend="gitea"]')).toContainText('不支持');
  await expect(page.getByText('草稿（还在写）→ 待审核')).toBeVisible();
  // Generated from the configuration: the storage in use (the production build: the configured Git service),
  // the site's maintainers and their issue list, not the branch's own address.
  const settings = loadSettings();
  await expect(page.locator('#review ~ .current')).toHaveText(/^本站现在使用的存储方式：GitHub。可以使用审核流程。$/);
  expect(settings.cms.backend).toBe('github');
  await expect(page.locator('#contact ~ p a')).toHaveAttribute(
    'href',
    `https://github.com/${settings.cms.repo}/issues`,
  );
  await expect(page.locator('#contact').locator('..')).not.toContainText(settings.organiser);
  await expect(page.locator('#privacy ~ p').first()).toContainText('署名方式');
});

test('the lesson list names each lesson’s course by title, in course order then lesson order, and groups by course title', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const courseTitles = new Map(entries('courses').map((c) => [c.id, String(c.data.title)]));
  const lessons = entries('lessons').map((l) => ({
    course: courseTitles.get(String(l.data.course))!,
    order: Number(l.data.order),
    title: String(l.data.title),
  }));
  await signIn(page);
  await page.goto('/admin/#/collections/lessons');
  const cards = page.locator('[class*="ListCardTitle"]');
  await expect(cards).toHaveCount(lessons.length, { timeout: 30_000 });
  const expected = [...lessons]
    .sort((a, b) => (a.course === b.course ? a.order - b.order : a.course < b.course ? -1 : 1))
    .map((l) => `${l.course} · 第 ${l.order} 课时 · ${l.title}`);
  expect(await cards.allInnerTexts()).toEqual(expected);
  for (const id of courseTitles.keys())
    await expect(page.locator('main, #nc-root').getByText(id, { exact: true })).toHaveCount(0);

  await page.getByRole('button', { name: '分组' }).click();
  await page.getByText('所属课程', { exact: true }).click();
  await page.keyboard.press('Escape');
  for (const title of new Set(lessons.map((l) => l.course)))
    await expect(page.getByRole('heading', { name: `所属课程 ${title}`, exact: true })).toBeVisible();
});

test('the CMS is the branch’s: its mark and name on the login page and header, its red on the main buttons, an icon per collection', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { siteName } = loadSettings();
  await page.goto('/admin/');
  const logo = page.locator('[class*="StyledAuthenticationPage"] img');
  await expect(logo).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[class*="DecapLogoIcon"]')).toHaveCount(0);
  const logoSvg = await (await page.request.get(await logo.getAttribute('src').then(String))).text();
  expect(logoSvg).toContain(`>${siteName}</text>`);
  const red = 'rgb(176, 20, 28)';
  await expect(page.getByRole('button', { name: '登录' })).toHaveCSS('background-color', red);

  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.locator('[class*="AppHeaderLogo"] img')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[class*="CollectionTopNewButton"]')).toHaveCSS('background-color', red);
  await expect(page.locator('.sidebar-active')).toHaveCSS('color', red);
  const icons = await page
    .locator('[class*="-SidebarNavLink"]')
    .evaluateAll((links) =>
      links.map((link) => getComputedStyle(link.querySelector('[class*="IconWrapper"]')!, '::before').maskImage),
    );
  expect(icons).toHaveLength(COLLECTIONS.length + 1);
  for (const icon of icons) expect(icon).toContain('data:image/svg+xml');
  expect(new Set(icons).size).toBe(icons.length);
});

test('on a phone the editor is one column that fits the screen, with the form below the toolbar', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await signIn(page);
  await openEntry(page, 'articles', entries('articles')[0]!.id);
  const title = page.locator('[id^="title-field-"]');
  await expect(title).toBeVisible({ timeout: 30_000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const toolbar = await page
    .locator('[class*="-ToolbarContainer"]')
    .filter({ has: page.locator('[class*="-ToolbarSectionBackLink"]') })
    .boundingBox();
  const label = await page.locator('[class*="-ControlContainer"]').first().boundingBox();
  expect(label!.y).toBeGreaterThanOrEqual(toolbar!.y + toolbar!.height);
  await expect(page.getByRole('button', { name: '已发布' })).toBeInViewport();
  await context.close();
});

test('while the CMS script loads, the page says so with a progress bar, and the notice goes once the CMS shows', async ({
  page,
}) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/cms-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/admin/', { waitUntil: 'commit' });
  const notice = page.locator('.cms-loading');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(t('admin.loading'));
  await expect(notice.locator('.bar')).toBeVisible();
  release();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible({ timeout: 30_000 });
  await expect(notice).toBeHidden();
});
