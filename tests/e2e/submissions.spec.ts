/**
 * 思想汇报 submitted from the page and published through the real CMS, with
 * the real branch service (a real PostgreSQL and the discussion service,
 * tests/support/waline-site.ts) and the CMS's real local backend (decap-server,
 * writing into src/content/). On a 390 px phone in large text an 入党积极分子
 * signs in on /reports/submit/, saves a draft, loses the service while
 * submitting (the text stays, also across a reload, and the retry is stored
 * once); another member sees none of it, by page or by API. The editor (an
 * administrator) opens 待审稿件 in the CMS, returns one piece with a note the
 * member reads on the site, and opens the other as a new 思想汇报 with its
 * fields filled, publishes it, and the file is valid content holding the
 * member's words as written; the submission is then marked taken. axe finds
 * nothing on the form in the four display modes.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { WalineAccount, WalineServer } from '../../tools/waline-server';
import { SITE, startWalineSite, type WalineSite } from '../support/waline-site';
import { ROOT } from '../support/content';
import { axeViolations } from '../support/axe';
import { MODE_KEYS } from '../../src/lib/web/display-modes';
import { parseEntryData } from '../../src/model/check-content';
import { collectionSchema } from '../../src/model/to-zod';
import { collectionModel } from '../../src/model/collections';

test.describe.configure({ mode: 'serial' });

const PHONE = { width: 390, height: 844 };
const REPORTS_DIR = join(ROOT, 'src/content/reports');
const stamp = Date.now();
const TITLE = `学习“两个确立”的体会 ${stamp}`;
// Quotation marks and an attempt at markup: the file keeps the words, the site's sanitiser deals with the markup.
const TEXT = `通过学习，我认识到"两个确立"的决定性意义。\n\n我要在工作中'走在前、作表率' <img src=x onerror=alert(1)>。`;
let served: WalineSite | undefined;
let service: WalineServer;
let activist: WalineAccount;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  served = await startWalineSite();
  service = served.waline;
  activist = await service.createMember({
    email: 'activist@example.org',
    password: 'activist-password-1',
    name: '赵积极',
  });
  await service.setRoster([
    { memberId: 'zhao', name: '赵积极', stage: '入党积极分子', duties: [], accounts: [activist.email] },
    { memberId: 'zhang', name: '张党员（示例）', stage: '正式党员', duties: [], accounts: [service.member.email] },
  ]);
});

test.afterAll(async () => {
  await served?.close();
});

const submissions = () =>
  service.query<{ id: number; title: string; body: string; status: string; account_id: number }>(
    'SELECT id, title, body, status, account_id FROM branch_submission ORDER BY id',
  );

async function signIn(page: Page, account: WalineAccount) {
  const dialog = page.getByRole('dialog', { name: '登录讨论区' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('邮箱').fill(account.email);
  await dialog.getByLabel('密码').fill(account.password);
  await dialog.getByRole('button', { name: '登录' }).click();
  await expect(dialog).toBeHidden();
}

async function phone(browser: import('@playwright/test').Browser) {
  const context = await browser.newContext({ viewport: PHONE });
  await context.addInitScript((key) => localStorage.setItem(key, 'large'), MODE_KEYS.text);
  return { context, page: await context.newPage() };
}

test('a member writes a 思想汇报, saves a draft and submits it, the service down on the way', async ({ browser }) => {
  const { context, page } = await phone(browser);
  await page.goto(`${SITE}/reports/submit/`);
  const box = page.locator('branch-submissions');
  await expect(box.getByRole('heading', { name: '方式一：在本页写，提交审核' })).toBeVisible();
  await expect(box.getByText('写稿和保存前需要登录支部讨论区账号。')).toBeVisible();
  await box.getByLabel('标题').fill(TITLE);
  await box.getByLabel('正文').fill(TEXT);
  await box.getByRole('button', { name: '保存草稿' }).click();
  await signIn(page, activist);
  await expect(box.getByRole('status')).toHaveText('草稿已保存到支部服务，只有您自己能看到。');
  // The archive's stage was filled in for a new piece.
  await expect(box.getByLabel('阶段')).toHaveValue('入党积极分子');
  await expect(box.getByRole('list').getByText(TITLE)).toBeVisible();
  expect(await submissions()).toEqual([
    expect.objectContaining({ title: TITLE, body: TEXT, status: 'draft', account_id: activist.id }),
  ]);
  await page.screenshot({ path: 'test-results/submissions-draft.png', fullPage: true });

  // Too long: said plainly before anything is sent.
  await box.getByLabel('标题').fill('长'.repeat(61));
  await box.getByRole('button', { name: '提交审核' }).click();
  await expect(box.getByRole('alert')).toHaveText('标题最多 60 字，现在 61 字，请删减。');
  await box.getByLabel('标题').fill(TITLE);

  await service.stopWaline();
  try {
    await box.getByRole('button', { name: '提交审核' }).click();
    await expect(box.getByRole('alert')).toContainText('没有保存上：暂时连不上支部服务');
    await expect(box.getByLabel('正文')).toHaveValue(TEXT);
    await box.getByRole('form', { name: '写稿' }).screenshot({ path: 'test-results/submissions-unreachable.png' });
    await page.reload();
    await expect(box.getByLabel('正文')).toHaveValue(TEXT);
    await expect(box.getByRole('status')).toContainText('上次没有保存到支部服务的内容已经恢复');
  } finally {
    await service.startWaline();
  }
  await box.getByRole('button', { name: '提交审核' }).click();
  await expect(box.getByRole('status')).toHaveText('已提交，等待支部编辑审阅。编辑发布后才会出现在网站上。');
  await expect(box.getByText('思想汇报 · 待编辑审阅', { exact: false })).toBeVisible();
  expect(await submissions()).toEqual([expect.objectContaining({ title: TITLE, status: 'submitted' })]);
  expect(await page.evaluate(() => localStorage.getItem('branch-submission-pending'))).toBeNull();

  // A second piece, which the editor will return.
  await box.getByLabel('标题').fill(`需要修改的汇报 ${stamp}`);
  await box.getByLabel('正文').fill('这篇写得太简短。');
  await box.getByRole('button', { name: '提交审核' }).click();
  await expect(box.getByRole('status')).toHaveText(/^已提交/);
  expect(await submissions()).toHaveLength(2);
  await page.screenshot({ path: 'test-results/submissions-submitted.png', fullPage: true });
  // Signing out on a shared phone leaves nothing of this member's text behind.
  await box.getByLabel('正文').fill('还没保存的半句话');
  await box.getByRole('button', { name: '退出登录' }).click();
  await expect(box.getByText('写稿和保存前需要登录支部讨论区账号。')).toBeVisible();
  await expect(box.getByLabel('正文')).toHaveValue('');
  expect(await page.evaluate(() => localStorage.getItem('branch-submission-pending'))).toBeNull();
  await context.close();
});

test('another member sees none of it, on the page or through the API', async ({ browser }) => {
  const { context, page } = await phone(browser);
  await page.goto(`${SITE}/reports/submit/`);
  await page.evaluate((token) => localStorage.setItem('WALINE_USER', JSON.stringify({ token })), service.member.token);
  await page.reload();
  const box = page.locator('branch-submissions');
  await expect(box.getByText('还没有保存过稿件。')).toBeVisible();
  const [first] = await submissions();
  const api = (path: string) =>
    page.evaluate(
      async ([url, token]) => (await fetch(url!, { headers: { authorization: `Bearer ${token}` } })).status,
      [`${SITE}/waline/branch/api/${path}`, service.member.token],
    );
  expect(await api(`submissions/${first!.id}`)).toBe(404);
  expect(await api(`review/${first!.id}`)).toBe(403);
  expect(await api('review')).toBe(403);
  await context.close();

  const modes = {
    default: {},
    'large text': { [MODE_KEYS.text]: 'large' },
    'high contrast': { [MODE_KEYS.scheme]: 'contrast' },
    dark: { [MODE_KEYS.scheme]: 'dark' },
  };
  const failures: string[] = [];
  for (const [mode, stored] of Object.entries(modes)) {
    const modeContext = await browser.newContext({ viewport: PHONE });
    await modeContext.addInitScript(
      ([entries, token]) => {
        for (const [key, value] of Object.entries(entries as Record<string, string>)) localStorage.setItem(key, value);
        localStorage.setItem('WALINE_USER', JSON.stringify({ token }));
      },
      [stored, service.member.token] as const,
    );
    const modePage = await modeContext.newPage();
    await modePage.goto(`${SITE}/reports/submit/`);
    await expect(modePage.getByText('还没有保存过稿件。')).toBeVisible();
    failures.push(...(await axeViolations(modePage, `[${mode}] form`, { enhancedContrast: mode === 'high contrast' })));
    await modeContext.close();
  }
  expect(failures).toEqual([]);
});

test('the editor returns one piece with a note and publishes the other through the CMS', async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const before = new Set(readdirSync(REPORTS_DIR));
  let created: string | undefined;
  try {
    await page.goto(`${SITE}/admin/`);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('button', { name: '待审稿件' }).click();
    const panel = page.getByRole('dialog', { name: '党员提交的稿件' });
    await expect(panel.getByText('查看稿件需要用支部讨论区的管理员账号登录')).toBeVisible();
    await panel.getByRole('button', { name: '登录' }).click();
    await signIn(page, service.admin);
    await expect(panel.getByRole('listitem')).toHaveCount(2);
    await expect(panel.getByRole('listitem').first()).toContainText('思想汇报 · 赵积极');
    await panel.screenshot({ path: 'test-results/submissions-cms-panel.png' });

    await panel.getByRole('button', { name: `退回：需要修改的汇报 ${stamp}` }).click();
    await panel.getByLabel('退回意见（党员会看到）').fill('请结合自己的工作实际再写一段。');
    await panel.getByRole('button', { name: '确定退回' }).click();
    await expect(panel.getByRole('listitem')).toHaveCount(1);

    await panel.getByRole('button', { name: `在后台打开：${TITLE}` }).click();
    await expect(page).toHaveURL(/#\/collections\/reports\/new\?/);
    await expect(page.getByLabel('标题')).toHaveValue(TITLE.replaceAll('"', '&quot;'));
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page.getByText('立即发布').click();
    await expect(page).toHaveURL(/#\/collections\/reports\/entries\/[a-z0-9-]+$/, { timeout: 20_000 });
    await expect.poll(() => readdirSync(REPORTS_DIR).filter((name) => !before.has(name))).toHaveLength(1);
    created = readdirSync(REPORTS_DIR).find((name) => !before.has(name))!;
    const source = readFileSync(join(REPORTS_DIR, created), 'utf8');
    const data = collectionSchema(collectionModel('reports')).parse(parseEntryData(source, 'md')) as Record<
      string,
      unknown
    >;
    expect(data).toMatchObject({ title: TITLE, author: '赵积极', byline: '姓 + 同志', stage: '入党积极分子' });
    expect(source).toContain('"两个确立"');
    expect(source).toContain("'走在前、作表率'");
    await expect.poll(async () => (await submissions()).map((s) => s.status)).toEqual(['published', 'returned']);
  } finally {
    if (created) rmSync(join(REPORTS_DIR, created), { force: true });
    await context.close();
  }

  // The member reads the note on the site and sees the other piece taken.
  const { context: member, page: phonePage } = await phone(browser);
  await phonePage.goto(`${SITE}/reports/submit/`);
  await phonePage.evaluate((token) => localStorage.setItem('WALINE_USER', JSON.stringify({ token })), activist.token);
  await phonePage.reload();
  const mine = phonePage.locator('branch-submissions').getByRole('list');
  await expect(mine.getByText('编辑的意见：请结合自己的工作实际再写一段。')).toBeVisible();
  await expect(mine.getByText('编辑已采用', { exact: false })).toBeVisible();
  await mine.screenshot({ path: 'test-results/submissions-returned.png' });
  await member.close();
});
