/**
 * Issue 34, the editors' first month: what an editor ran into in the real CMS
 * (production build, decap-server, Chinese typed through the input method).
 * Screenshots of each fixed item go to test-results/screenshots/cms-month-*.png.
 */
import {
  expect,
  test,
  type Browser,
  type BrowserContext,
  type Dialog,
  type Locator,
  type Page,
} from '@playwright/test';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/content';
import { entries } from '../support/resource-content';
import { CmsForm, field } from '../support/cms-form';
import { ENTRY_ADDRESS_FIELD } from '../../admin/config/to-decap';
import { addressFromTitle } from '../../admin/widgets/entry-address-rules';
import { collectionModel } from '../../src/model/collections';
import { PREVIEW_PORT } from '../../tools/ports';
import { t } from '../../src/i18n/zh';
import { chinesePart, modelMessages } from '../../src/model/messages';

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

/** A phone photo's name: Chinese, as editors' files are named. */
const COVER = readFileSync(join(ROOT, 'public/uploads/courseware/volunteer-activity-poster-1.png'));

/** Uploads a file into the form's first image field through the media library, as an editor does. */
async function uploadImage(name: string) {
  await page.getByRole('button', { name: '选择图片', exact: true }).first().click();
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'image/png', buffer: COVER });
  const choose = page.getByRole('button', { name: '选用已选中项目' });
  await choose.click();
  await expect(choose).toBeHidden();
}

const loaded = (image: Locator) =>
  image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0, undefined, { timeout: 10_000 });

test('item 11: an uploaded cover shows at once in the form and the preview, under an ASCII name that keeps its Chinese distinct', async () => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });

  await form.open('articles/new', { reload: true });
  await uploadImage('cover-封面.png');
  const thumbnail = page.getByLabel('image field').locator('img');
  await expect.poll(() => loaded(thumbnail)).toBe(true);
  await form.fill('title', '支部秋季植树活动封面（测试）');
  await form.body([['quanti', '全体']]);
  await page.screenshot({ path: shot('11-cover-thumbnail') });
  // Item 12: a cover needs its text alternative; the save guard asks for it as the build would.
  await form.tryPublish();
  await expect(page.getByText(chinesePart(modelMessages.missingAlt('封面图', '封面图说明')))).toBeVisible();
  await page.screenshot({ path: shot('12-cover-without-alt') });
  await form.fill('coverAlt', '党员在山坡上植树');
  const file = await form.publish('src/content/articles');
  scratch.push(file);
  const cover = /^cover: (.+)$/m.exec(readFileSync(join(ROOT, file), 'utf8'))?.[1]?.replace(/['"]/g, '');
  expect(cover).toMatch(/^\/uploads\/articles\/cover-[a-z0-9]{6}\.png$/);
  const stored = join(ROOT, 'public', cover!);
  scratch.push(stored.slice(ROOT.length + 1));
  expect(existsSync(stored)).toBe(true);
  // Saved, not yet built: the thumbnail still shows (read through the backend, not from the site).
  await expect.poll(() => loaded(thumbnail)).toBe(true);

  // An all-Chinese name is never the empty `.png`; the course page shows its cover, and so does the preview.
  await form.open('courses/new', { reload: true });
  await uploadImage('封面.png');
  const preview = page.frameLocator('#preview-pane');
  await expect.poll(() => loaded(preview.locator('img.cover'))).toBe(true);
  await expect.poll(() => loaded(thumbnail)).toBe(true);
  await page.screenshot({ path: shot('11-course-cover-preview') });
  expect(failed).toEqual([]);
});

test('item 14: the 网址 helper shows the address that is saved, spelled by whole words from the field that names the entry', async () => {
  const address = field(page, ENTRY_ADDRESS_FIELD);
  await form.open('articles/new', { reload: true });
  const title = '支部党员大会暨秋冬季节义务植树志愿服务活动';
  await form.fill('title', title);
  await expect(address).toHaveValue(addressFromTitle(title));
  await expect(address).toHaveValue('zhibu-dangyuan-dahui-ji-qiudong-jijie');

  // Typed with spaces, capitals and Chinese: the helper shows the tidied address while typing, and that is saved.
  await address.fill('Tree Planting 秋冬');
  await expect(page.getByText(t('cms.address.preview', { path: '/articles/tree-planting-qiu-dong/' }))).toBeVisible();
  await page.screenshot({ path: shot('14-address-typed') });
  await form.body([['quanti', '全体']]);
  const file = await form.publish('src/content/articles');
  scratch.push(file);
  expect(file).toBe('src/content/articles/tree-planting-qiu-dong.md');

  // 每日一学 has no 标题: the help names 内容, and the path shown is the card's page under /daily/.
  await form.open('daily/new', { reload: true });
  const label = collectionModel('daily').fields.text!.label;
  await expect(address).toHaveAttribute('placeholder', t('cms.address.placeholder', { field: label }));
  await expect(page.getByText(t('cms.address.fromTitle', { field: label }))).toBeVisible();
  await expect(page.getByText(/填写标题后/)).toHaveCount(0);
  await form.fill('text', '党员要牢记入党誓词');
  await expect(
    page.getByText(t('cms.address.preview', { path: `/daily/${addressFromTitle('党员要牢记入党誓词')}/` })),
  ).toBeVisible();
  await page.screenshot({ path: shot('14-daily-address') });
});

test('item 15: a new option takes the focus; one added question is one added block in the file; the CMS says 栏目; no （草稿）（草稿）', async () => {
  // The editors' word, and a draft marked once.
  await page.goto(`${SITE}/admin/#/collections/articles`);
  const draft = entries('articles').find((a) => a.data.draft)!;
  await expect(page.getByText(`${draft.data.title}（草稿）`, { exact: false }).first()).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.locator('#nc-root')).not.toContainText('（草稿）（草稿）');
  await expect(page.locator('#nc-root')).not.toContainText('集合');
  await expect(page.locator('#nc-root')).toContainText(t('cms.terms.sections'));
  await page.screenshot({ path: shot('15-sections-and-draft') });

  const file = join(ROOT, 'src/content/quizzes/party-constitution-test.yml');
  const original = readFileSync(file, 'utf8');
  try {
    await form.open('quizzes/entries/party-constitution-test');
    await page.getByRole('button', { name: '新增题目' }).click();
    await page.getByRole('menuitem', { name: '单选题' }).click();
    // What the editor types right after each click lands in the new field.
    await expect(field(page, 'stem').last()).toBeFocused();
    await page.keyboard.insertText('党员有权在党的会议上提出建议。');
    await expect(field(page, 'stem').last()).toHaveValue('党员有权在党的会议上提出建议。');
    for (const option of ['正确', '错误']) {
      await page.getByRole('button', { name: '新增选项', exact: true }).last().click();
      await expect(field(page, 'option').last()).toBeFocused();
      await page.keyboard.insertText(option);
      await expect(field(page, 'option').last()).toHaveValue(option);
    }
    await page.getByRole('radio', { name: '正确' }).last().check();
    await page.screenshot({ path: shot('15-new-question') });
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page.getByText('立即发布').click();
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 20_000 }).not.toBe(original);
    const written = readFileSync(file, 'utf8');
    // Only the new question's lines, at the end of the list: nothing else rewritten.
    expect(written.startsWith(original.trimEnd())).toBe(true);
    expect(written.slice(original.trimEnd().length).trim().split('\n')).toEqual([
      '- type: 单选题',
      '  stem: 党员有权在党的会议上提出建议。',
      '  options:',
      '  - 正确',
      '  - 错误',
      '  answer:',
      '  - 正确',
    ]);
  } finally {
    writeFileSync(file, original);
  }
});

test('item 13: a 课时序号 the course already has is refused; a title another article has asks first', async () => {
  const lessons = join(ROOT, 'src/content/lessons');
  const before = readdirSync(lessons).join();
  const taken = entries('lessons').find((l) => l.data.course === 'branch-life' && l.data.order === 2)!;
  const course = entries('courses').find((c) => c.id === 'branch-life')!;
  await form.open('lessons/new', { reload: true });
  await form.relation('course', String(course.data.title));
  await form.fill('order', '2');
  await form.fill('title', '第二个第 2 课时（测试）');
  await form.body([['quanti', '全体']]);
  await form.tryPublish();
  await expect(
    page.getByText(chinesePart(modelMessages.duplicateLessonOrder(2, String(taken.data.title)))),
  ).toBeVisible();
  await page.screenshot({ path: shot('13-lesson-order-taken') });
  expect(readdirSync(lessons).join()).toBe(before);

  const twin = entries('articles')[0]!;
  const asked: string[] = [];
  const ask = (dialog: Dialog) => asked.push(dialog.message());
  page.on('dialog', ask);
  await form.open('articles/new', { reload: true });
  await form.fill('title', String(twin.data.title));
  await form.body([['quanti', '全体']]);
  scratch.push(await form.publish('src/content/articles'));
  page.off('dialog', ask);
  expect(asked).toContain(t('cms.sameTitle.ask', { title: String(twin.data.title), id: twin.id }));
});
