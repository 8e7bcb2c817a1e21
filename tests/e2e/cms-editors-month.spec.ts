/**
 * Issue 34, the editors' first month: what an editor ran into in the real CMS
 * (production build, decap-server, Chinese typed through the input method).
 * Screenshots of each fixed item go to test-results/screenshots/cms-month-*.png.
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/content';
import { CmsForm } from '../support/cms-form';
import { PREVIEW_PORT } from '../../tools/ports';
import { t } from '../../src/i18n/zh';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

const SITE = `http://localhost:${PREVIEW_PORT}`;
const shot = (name: string) => `test-results/screenshots/cms-month-${name}.png`;

let context: BrowserContext;
let page: Page;
let form: CmsForm;
/** Files the tests made, removed afterwards. */
const scratch: string[] = [];

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 900 },
  });
  page = await context.newPage();
  page.on('dialog', (dialog) => dialog.accept());
  form = new CmsForm(page);
  await form.signIn(SITE);
});

test.afterAll(async () => {
  for (const file of scratch) rmSync(join(ROOT, file), { force: true, recursive: true });
  await context?.close();
});

test('item 10: a new entry is 尚未保存 until saved; a refused publish neither claims a save nor miscounts the missing fields', async () => {
  const status = page.locator('[class*="ToolbarSectionBackLink"]');
  await form.open('articles/new', { reload: true });
  await expect(status).toContainText(t('cms.status.notYetSaved'));
  await expect(status).not.toContainText('修改已保存');

  // Title, category and body are all missing: the toast says so without a count.
  await form.tryPublish();
  await expect(page.getByText(t('cms.status.missingRequired'))).toBeVisible();
  await expect(page.locator('#nc-root')).not.toContainText('一个必填项');
  await expect(status).toContainText(t('cms.status.notYetSaved'));
  await expect(status).not.toContainText('修改已保存');
  await page.screenshot({ path: shot('10-refused-new-entry') });

  await form.fill('title', '支部秋季植树活动（测试）');
  await expect(status).toContainText('含未保存的修改');
  await form.select('category', '支部动态');
  await form.body([['quanti', '全体']]);
  scratch.push(await form.publish('src/content/articles'));
  await expect(status).toContainText('修改已保存');
});
