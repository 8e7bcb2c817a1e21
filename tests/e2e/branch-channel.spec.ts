/**
 * The confidential channel end to end with the real branch service: a real
 * PostgreSQL and the discussion service with the branch service inside
 * (tools/waline-server.ts), the site built with the service on and both under
 * one origin as nginx serves them (tests/support/waline-site.ts). On a 390 px phone in
 * large text, a member signs in once and sends a signed 意见 and an anonymous
 * 举报, each answered with a tracking code; a send while the service is down
 * keeps the text and, retried, is stored once; the 纪检委员 reads (audited) and
 * replies on /branch/inbox/ and downloads the CSV; the sender reads the reply
 * with the code alone; a plain member is told the readers' page is not for
 * them. No request leaves the site's origin; axe finds nothing in the four
 * display modes.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { WalineAccount, WalineServer } from '../../tools/waline-server';
import { SITE, startWalineSite, type WalineSite } from '../support/waline-site';
import { axeViolations } from '../support/axe';
import { MODE_KEYS } from '../../src/lib/web/display-modes';

test.describe.configure({ mode: 'serial' });

const PHONE = { width: 390, height: 844 };
const site = SITE;
let served: WalineSite | undefined;
let service: WalineServer;
let inspector: WalineAccount;
const sent = { opinionCode: '', reportCode: '' };
const OPINION = `建议把每月主题党日的学习材料提前一周发到支部群里，便于大家准备。（${Date.now()}）`;
const REPORT = `十一月主题党日活动的经费报销单据与实际支出不一致，请纪检委员核实。（${Date.now()}）`;
const REPLY = '已收到，纪检委员正在核实有关单据，核实后在支委会上通报。';

test.beforeAll(async () => {
  test.setTimeout(300_000);
  served = await startWalineSite();
  service = served.waline;
  inspector = await service.createMember({
    email: 'inspector@example.org',
    password: 'inspector-password-1',
    name: '钱纪检',
  });
  // The archive's roster: a plain member, and the 纪检委员 (who, holding a duty, reads 意见 as well).
  await service.setRoster([
    { memberId: 'zhang', name: '张党员（示例）', stage: '正式党员', duties: [], accounts: [service.member.email] },
    { memberId: 'qian', name: '钱纪检（示例）', stage: '正式党员', duties: ['纪检委员'], accounts: [inspector.email] },
  ]);
});

test.afterAll(async () => {
  await served?.close();
});

/** A phone in large text; every request that leaves the site's origin is collected. */
async function phone(browser: import('@playwright/test').Browser) {
  const context = await browser.newContext({ viewport: PHONE, acceptDownloads: true });
  await context.addInitScript((key) => localStorage.setItem(key, 'large'), MODE_KEYS.text);
  const page = await context.newPage();
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (/^https?:/.test(url) && new URL(url).origin !== site) elsewhere.push(url);
  });
  return { context, page, elsewhere };
}

async function signIn(page: Page, account: WalineAccount) {
  const dialog = page.getByRole('dialog', { name: '登录讨论区' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('link', { name: /用户协议与个人信息保护说明/ })).toHaveAttribute('href', '/privacy/');
  await dialog.getByLabel('邮箱').fill(account.email);
  await dialog.getByLabel('密码').fill(account.password);
  await dialog.getByRole('button', { name: '登录' }).click();
  await expect(dialog).toBeHidden();
}

const messages = () =>
  service.query<{ kind: string; category: string; body: string; account_id: number | null }>(
    'SELECT kind, category, body, account_id FROM branch_message ORDER BY id',
  );

test('a member sends a signed 意见 and an anonymous 举报, each answered with a tracking code', async ({ browser }) => {
  const { context, page, elsewhere } = await phone(browser);
  await page.goto(`${site}/feedback/`);
  const channel = page.locator('branch-channel');
  await expect(channel.getByText('发送前需要登录支部讨论区账号', { exact: false })).toBeVisible();

  const opinion = channel.getByRole('form', { name: '向支委会提意见' });
  await opinion.getByLabel('类别').selectOption('学习教育');
  await opinion.getByLabel('内容').fill('太短');
  await opinion.getByRole('button', { name: '发送意见' }).click();
  await expect(opinion.getByRole('alert')).toHaveText('内容太短：请至少写 10 个字，说清楚是什么事。');
  await opinion.getByLabel('内容').fill(OPINION);
  // Not signed in yet: the one sign-in dialog opens, and the message goes as soon as it succeeds.
  await opinion.getByRole('button', { name: '发送意见' }).click();
  await signIn(page, service.member);
  const opinionSent = channel.locator('[data-kind="opinion"] [data-sent]');
  await expect(opinionSent.getByRole('heading', { name: '意见已送达，请保存查询码' })).toBeFocused();
  sent.opinionCode = (await opinionSent.locator('[data-code]').textContent()) ?? '';
  expect(sent.opinionCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  await expect(channel.getByText('已登录：张党员（示例）')).toBeVisible();

  const report = channel.getByRole('form', { name: '向纪检委员举报' });
  await expect(report.getByText(/支部服务不保存您的账号/)).toBeVisible();
  await expect(report.getByText(/答复只能凭查询码查看/)).toBeVisible();
  await report.getByLabel('类别').selectOption('违反廉洁纪律');
  await report.getByLabel('内容').fill(REPORT);
  await report.getByLabel('匿名举报（不保存我的账号）').check();
  await report.getByRole('button', { name: '发送举报' }).click();
  const reportSent = channel.locator('[data-kind="report"] [data-sent]');
  await expect(reportSent.locator('[data-code]')).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  sent.reportCode = (await reportSent.locator('[data-code]').textContent()) ?? '';
  await reportSent.getByRole('button', { name: '复制查询码' }).click();
  await expect(reportSent.getByRole('status')).not.toBeEmpty();
  await page.screenshot({ path: 'test-results/branch-channel-code.png', fullPage: true });

  // Stored as sent: the 意见 with its account, the anonymous 举报 with none; no draft left in the tab.
  const rows = await messages();
  expect(rows).toEqual([
    { kind: 'opinion', category: '学习教育', body: OPINION, account_id: service.member.id },
    { kind: 'report', category: '违反廉洁纪律', body: REPORT, account_id: null },
  ]);
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('branch-channel')))).toEqual(
    [],
  );

  // The same sign-in serves the comments: the member posts on a 思想汇报 without signing in again.
  await page.goto(`${site}/reports/2026-q3-chen-xiao-probation/`);
  const thread = page.locator('waline-discussion');
  await thread.scrollIntoViewIfNeeded();
  await expect(thread.locator('.wl-login-info')).toContainText(service.member.name);
  await thread
    .getByPlaceholder('写下您的体会、意见或建议（经支部审核后公开）')
    .fill('同一个账号，评论、投票、提意见都只登录一次。');
  await thread.getByRole('button', { name: '提交' }).click();
  await expect.poll(async () => (await service.pending('reports/2026-q3-chen-xiao-probation')).length).toBe(1);
  expect(elsewhere).toEqual([]);
  await context.close();
});

test('with the service down the text stays; the retry is stored once', async ({ browser }) => {
  const { context, page } = await phone(browser);
  await page.goto(`${site}/feedback/`);
  await page.evaluate((token) => localStorage.setItem('WALINE_USER', JSON.stringify({ token })), service.member.token);
  await page.reload();
  const opinion = page.getByRole('form', { name: '向支委会提意见' });
  const text = `希望支部组织一次参观革命纪念馆的活动。（${Date.now()}）`;
  await opinion.getByLabel('类别').selectOption('组织生活');
  await opinion.getByLabel('内容').fill(text);
  await service.stopWaline();
  try {
    await opinion.getByRole('button', { name: '发送意见' }).click();
    await expect(opinion.getByRole('alert')).toContainText('没有发出去：暂时连不上支部服务');
    await expect(opinion.getByLabel('内容')).toHaveValue(text);
    // A reload keeps it too (the tab's sessionStorage).
    await page.reload();
    await expect(opinion.getByLabel('内容')).toHaveValue(text);
  } finally {
    await service.startWaline();
  }
  const before = (await messages()).length;
  await opinion.getByRole('button', { name: '发送意见' }).click();
  await expect(page.locator('[data-kind="opinion"] [data-code]')).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  expect((await messages()).filter((m) => m.body === text)).toHaveLength(1);
  expect((await messages()).length).toBe(before + 1);
  await context.close();
});

test('an answer lost on the way back: the retry gets the same code and nothing is stored twice', async ({
  browser,
}) => {
  const { context, page } = await phone(browser);
  await page.goto(`${site}/feedback/`);
  await page.evaluate((token) => localStorage.setItem('WALINE_USER', JSON.stringify({ token })), service.member.token);
  await page.reload();
  const opinion = page.getByRole('form', { name: '向支委会提意见' });
  const text = `建议支部每季度公布一次党费收缴情况。（${Date.now()}）`;
  await opinion.getByLabel('类别').selectOption('支部工作作风');
  await opinion.getByLabel('内容').fill(text);
  // The service stores the message, but the connection drops before its answer reaches the phone.
  let lostCode = '';
  await page.route('**/waline/branch/api/messages', async (route) => {
    lostCode = ((await (await route.fetch()).json()) as { data: { code: string } }).data.code;
    await route.abort('connectionreset');
  });
  await opinion.getByRole('button', { name: '发送意见' }).click();
  await expect(opinion.getByRole('alert')).toContainText('没有发出去');
  expect((await messages()).filter((m) => m.body === text)).toHaveLength(1);
  await page.unroute('**/waline/branch/api/messages');
  await opinion.getByRole('button', { name: '发送意见' }).click();
  await expect(page.locator('[data-kind="opinion"] [data-code]')).toHaveText(lostCode);
  expect((await messages()).filter((m) => m.body === text)).toHaveLength(1);
  await context.close();
});

test("a plain member cannot open the readers' page", async ({ browser }) => {
  const { context, page } = await phone(browser);
  await page.goto(`${site}/branch/inbox/`);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await signIn(page, service.member);
  await expect(page.getByText('这个页面只供支委会成员和纪检委员处理来信。', { exact: false })).toBeVisible();
  await expect(page.getByText(REPORT)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /下载全部来信/ })).toBeHidden();
  await context.close();
});

test('the 纪检委员 reads the anonymous 举报 (recorded), replies and downloads the CSV', async ({ browser }) => {
  const { context, page, elsewhere } = await phone(browser);
  await page.goto(`${site}/branch/inbox/`);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await signIn(page, inspector);
  const list = page.locator('[data-list]');
  await expect(list.getByRole('button')).toHaveCount(4);
  await expect(list.getByRole('button', { name: /举报 · 违反廉洁纪律.*匿名/ })).toBeVisible();
  await expect(list.getByRole('button', { name: /意见 · 学习教育.*张党员（示例）/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/branch-channel-inbox.png', fullPage: true });

  await list.getByRole('button', { name: /举报 · 违反廉洁纪律/ }).click();
  await expect(page.getByRole('heading', { name: '举报 · 违反廉洁纪律' })).toBeFocused();
  await expect(page.getByText(REPORT)).toBeVisible();
  const audit = await service.query<{ action: string; account_id: number }>(
    'SELECT action, account_id FROM branch_audit',
  );
  expect(audit).toContainEqual({ action: 'message-read', account_id: inspector.id });

  await page.getByLabel('答复', { exact: true }).fill(REPLY);
  await page.getByRole('button', { name: '发送答复' }).click();
  await expect(page.getByText('答复已发送。')).toBeVisible();
  await expect(page.locator('[data-replies]')).toContainText(REPLY);
  await expect(page.locator('[data-message-meta]')).toContainText('已答复');
  await page.screenshot({ path: 'test-results/branch-channel-message.png', fullPage: true });

  await page.getByRole('button', { name: '返回列表' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载全部来信（CSV）' }).click();
  const csv = readFileSync((await (await download).path())!, 'utf8');
  expect(csv).toContain(REPORT);
  expect(csv).toContain(REPLY);
  expect(await service.query('SELECT 1 FROM branch_audit WHERE action = $1', ['message-export'])).toHaveLength(1);
  expect(elsewhere).toEqual([]);
  await context.close();
});

test('the sender reads the reply with the code alone, typed as it was written down', async ({ browser }) => {
  const { context, page } = await phone(browser);
  await page.goto(`${site}/feedback/`);
  const lookup = page.getByRole('region', { name: '查询答复' });
  await lookup.getByLabel('查询码').fill(sent.reportCode.toLowerCase().replace(/-/g, ' '));
  await lookup.getByRole('button', { name: '查询', exact: true }).click();
  await expect(lookup.getByText(/举报 · 违反廉洁纪律 · .* 送达/)).toBeVisible();
  await expect(lookup.getByText('已答复', { exact: true })).toBeVisible();
  await expect(lookup.getByText(REPLY)).toBeVisible();

  await lookup.getByLabel('查询码').fill(sent.opinionCode);
  await lookup.getByRole('button', { name: '查询', exact: true }).click();
  await expect(lookup.getByText('还没有答复。')).toBeVisible();

  await lookup.getByLabel('查询码').fill('ZZZZ-ZZZZ-ZZZZ-ZZZZ');
  await lookup.getByRole('button', { name: '查询', exact: true }).click();
  await expect(lookup.getByRole('alert')).toHaveText('没有找到这个查询码，请核对后再试。');
  await context.close();
});

test("the forms, the tracking code and the readers' page pass axe in every display mode", async ({ browser }) => {
  test.setTimeout(180_000);
  const modes = {
    default: {},
    'large text': { [MODE_KEYS.text]: 'large' },
    'high contrast': { [MODE_KEYS.scheme]: 'contrast' },
    dark: { [MODE_KEYS.scheme]: 'dark' },
  };
  const failures: string[] = [];
  for (const [mode, stored] of Object.entries(modes)) {
    const options = { enhancedContrast: mode === 'high contrast' };
    const context = await browser.newContext({ viewport: PHONE });
    await context.addInitScript((entries) => {
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    }, stored);
    const page = await context.newPage();
    await page.goto(`${site}/feedback/`);
    await page.evaluate(
      (token) => localStorage.setItem('WALINE_USER', JSON.stringify({ token })),
      service.member.token,
    );
    await page.reload();
    await expect(page.getByText('已登录：张党员（示例）')).toBeVisible();
    failures.push(...(await axeViolations(page, `[${mode}] forms`, options)));
    const opinion = page.getByRole('form', { name: '向支委会提意见' });
    await opinion.getByLabel('类别').selectOption('其他');
    await opinion.getByLabel('内容').fill(`希望网站的字再大一些，方便老党员阅读。（${mode}）`);
    await opinion.getByRole('button', { name: '发送意见' }).click();
    await expect(page.locator('[data-kind="opinion"] [data-code]')).not.toBeEmpty();
    failures.push(...(await axeViolations(page, `[${mode}] tracking code`, options)));

    await page.evaluate((token) => localStorage.setItem('WALINE_USER', JSON.stringify({ token })), inspector.token);
    await page.goto(`${site}/branch/inbox/`);
    await expect(page.locator('[data-list]').getByRole('button').first()).toBeVisible();
    failures.push(...(await axeViolations(page, `[${mode}] inbox`, options)));
    await page.locator('[data-list]').getByRole('button').first().click();
    await expect(page.getByRole('button', { name: '发送答复' })).toBeVisible();
    failures.push(...(await axeViolations(page, `[${mode}] message`, options)));
    await context.close();
  }
  expect(failures).toEqual([]);
});
