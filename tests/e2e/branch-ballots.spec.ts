/**
 * Secret ballots and 民主评议 end to end with the real branch service: a copy
 * of the site with two ballots closing three hours from now, built with the
 * service on (the last tests move the service's clock, tools/service-clock.ts,
 * and the browser's past the close instead of waiting); the real Waline + branch service on a throwaway PostgreSQL
 * (tools/waline-server.ts) reading the build's own /branch/ballots.json; both
 * under one origin as nginx serves them. A member signs in once, votes and
 * gets a receipt; grades the branch one member per screen on a 390 px phone
 * with large text, with the 优秀 limit and a review of all grades; the service
 * goes down while sending and the choices stay until the retry; after closing
 * the results and receipts are public and the member's browser confirms the
 * ballot was counted as cast. Nothing leaves the origin.
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startWalineServer, type WalineAccount, type WalineServer } from '../../tools/waline-server';
import { startSiteProxy, type SiteProxy } from '../../tools/site-proxy';
import { buildSite, copySite, previewSite } from '../../tools/servers';
import { REBUILD_PORT, WALINE_SITE_PORT } from '../../tools/ports';
import { civilDateTimeInShanghai } from '../../src/lib/civil-date';
import { contextIn, MODES, type Mode } from '../support/display-modes';
import { axeViolations } from '../support/axe';
import { t } from '../../src/i18n/zh';

test.describe.configure({ mode: 'serial' });

const PHONE = { width: 390, height: 844 };
const site = `http://localhost:${WALINE_SITE_PORT}`;
const SHOTS = 'test-results/branch-ballots';

/** Both ballots close at this whole minute; the last tests move the service's and the browser's clocks past it. */
const closeAt = new Date(Math.ceil((Date.now() + 3 * 3_600_000) / 60_000) * 60_000);
const [closeDay, closeClock] = civilDateTimeInShanghai(closeAt).slice(0, 16).split('T') as [string, string];
const openDay = civilDateTimeInShanghai(new Date(Date.now() - 86_400_000)).slice(0, 10);

const front = (lines: string[]) => `---\n${lines.join('\n')}\n---\n测试用的投票说明。\n`;
const FILES = {
  'src/content/polls/e2e-ballot.md': front([
    'title: 测试用无记名投票',
    `opens: ${openDay}`,
    `closes: ${closeDay}`,
    'method: 支部服务无记名投票',
    'ballot:',
    '  kind: 投票',
    `  closesAt: '${closeClock}'`,
    '  changeable: true',
    '  questions:',
    '    - text: 活动方案',
    '      options: [参观学习, 志愿服务, 线上学习]',
    '    - text: 可以参加的时间',
    '      choice: 多选',
    '      max: 2',
    '      options: [周六上午, 周六下午, 周日上午]',
  ]),
  'src/content/polls/e2e-review.md': front([
    'title: 测试用民主评议',
    `opens: ${openDay}`,
    `closes: ${closeDay}`,
    'method: 支部服务无记名投票',
    'ballot:',
    '  kind: 民主评议',
    `  closesAt: '${closeClock}'`,
  ]),
};

let copy: string;
let waline: WalineServer;
let preview: Awaited<ReturnType<typeof previewSite>> | undefined;
let proxy: SiteProxy | undefined;
/** The phone the member uses throughout: signed in once. */
let phone: BrowserContext;
const cast = { receipt: '', reviewReceipt: '' };
const colleagues = ['陈晓（示例）', '刘洋（示例）', '周敏（示例）'];

test.beforeAll(async ({ browser }) => {
  test.setTimeout(300_000);
  copy = copySite('branch-ballots-e2e-', FILES);
  const dist = join(copy, 'dist');
  await buildSite(dist, { DISCUSSION_PROVIDER: 'waline', BRANCH_SERVICE: 'on' }, copy);
  waline = await startWalineServer({
    siteUrl: site,
    env: { SERVER_URL: `${site}/waline`, BRANCH_BALLOTS: join(dist, 'branch/ballots.json') },
  });
  const others: WalineAccount[] = [];
  for (const [i, name] of colleagues.entries())
    others.push(await waline.createMember({ email: `m${i}@example.org`, password: `member-password-${i}`, name }));
  const probationary = await waline.createMember({
    email: 'p@example.org',
    password: 'member-password-p',
    name: '吴青（示例）',
  });
  const entry = (account: WalineAccount, memberId: string, stage: string) => ({
    memberId,
    name: account.name,
    stage,
    duties: [],
    accounts: [account.name],
  });
  await waline.setRoster([
    entry(waline.member, 'zhang-ming', '正式党员'),
    ...others.map((account, i) => entry(account, `colleague-${i}`, '正式党员')),
    entry(probationary, 'wu-qing', '预备党员'),
  ]);
  preview = await previewSite(dist, REBUILD_PORT);
  proxy = await startSiteProxy({
    port: WALINE_SITE_PORT,
    site: `http://localhost:${REBUILD_PORT}`,
    prefix: '/waline/',
    service: waline.url,
  });
  phone = await contextIn(browser, 'large text', PHONE);
});

test.afterAll(async () => {
  await phone?.close();
  await proxy?.close();
  preview?.kill();
  await waline?.stop();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/** Every request that leaves the site's origin. */
function watch(page: Page) {
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (/^https?:/.test(url) && new URL(url).origin !== site) elsewhere.push(url);
  });
  return () => expect(elsewhere, 'requests outside the site origin').toEqual([]);
}

const ballot = (page: Page) => page.locator('branch-ballot');

test('a member signs in once, votes, and gets a receipt', async () => {
  const page = await phone.newPage();
  const noneElsewhere = watch(page);
  await page.goto(`${site}/polls/e2e-ballot/`);
  await expect(ballot(page).getByText(t('ballot.signInWhy'))).toBeVisible();
  await ballot(page)
    .getByRole('button', { name: t('ballot.signIn') })
    .click();
  const dialog = page.getByRole('dialog', { name: t('waline.signIn.title') });
  await dialog.getByLabel(t('waline.signIn.email')).fill(waline.member.email);
  await dialog.getByLabel(t('waline.signIn.password')).fill(waline.member.password);
  await dialog.getByRole('button', { name: t('waline.signIn.submit') }).click();
  await expect(dialog).toBeHidden();
  await expect(ballot(page).getByText(t('account.signedInAs', { name: waline.member.name }))).toBeVisible();
  await expect(ballot(page).getByText(t('ballot.turnout', { voted: 0, eligible: 5 }))).toBeVisible();

  const form = ballot(page).locator('form[data-part="form"]');
  await form.getByLabel('志愿服务').check();
  for (const time of ['周六上午', '周六下午', '周日上午']) await form.getByLabel(time).check();
  await page.screenshot({ path: `${SHOTS}/vote-form-390-large.png`, fullPage: true });
  await form.getByRole('button', { name: t('ballot.submit') }).click();
  await expect(form.getByRole('alert')).toContainText('“可以参加的时间”选多了');
  // The choices are kept in the tab until sent: a reload finds them.
  await form.getByLabel('周日上午').uncheck();
  await page.reload();
  await expect(form.getByLabel('志愿服务')).toBeChecked();
  await expect(form.getByLabel('周六下午')).toBeChecked();
  await expect(form.getByLabel('周日上午')).not.toBeChecked();
  await form.getByRole('button', { name: t('ballot.submit') }).click();

  const receipt = ballot(page).locator('[data-part="receipt"]');
  await expect(receipt).toBeVisible();
  cast.receipt = (await receipt.locator('[data-code]').textContent()) ?? '';
  expect(cast.receipt).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expect(ballot(page).getByText(t('ballot.turnout', { voted: 1, eligible: 5 }))).toBeVisible();

  // Back later: voted, with the receipt this browser kept; a second ballot is refused by the service.
  await page.reload();
  await expect(ballot(page).getByText(t('ballot.voted'))).toBeVisible();
  await expect(ballot(page).locator('[data-voted-receipt]')).toContainText(cast.receipt);
  await expect(form).toBeHidden();

  // A changeable ballot: 改票 from this browser, with the choices as cast; the receipt stays the same.
  await ballot(page)
    .getByRole('button', { name: t('ballot.change') })
    .click();
  await expect(form.getByLabel('志愿服务')).toBeChecked();
  await form.getByLabel('线上学习').check();
  await form.getByRole('button', { name: t('ballot.submitChange') }).click();
  await expect(receipt.locator('[data-code]')).toHaveText(cast.receipt);
  await expect(ballot(page).getByText(t('ballot.turnout', { voted: 1, eligible: 5 }))).toBeVisible();

  // 我的学习 shows who is signed in, with 退出登录 for a shared phone.
  await page.goto(`${site}/my/`);
  await expect(page.locator('member-account')).toContainText(t('account.signedInAs', { name: waline.member.name }));
  noneElsewhere();
  await page.close();
});

test('民主评议 on a 390 px phone: one member per screen, the 优秀 limit, a check of all grades, a retry', async () => {
  // PostgreSQL and the service are each stopped and started again in this test.
  test.setTimeout(180_000);
  const page = await phone.newPage();
  const noneElsewhere = watch(page);
  await page.goto(`${site}/polls/e2e-review/`);
  const screen = ballot(page).locator('[data-review-screen]');
  // Signed in once: no second sign-in for the second ballot.
  await expect(screen.getByText(t('ballot.progress', { n: 1, total: 3 }))).toBeVisible();
  // Three full members besides the voter; the 预备党员 is not graded, nor the voter.
  const seen: string[] = [];
  const grade = async (name: string) => {
    seen.push((await screen.locator('[data-candidate]').textContent()) ?? '');
    await screen.getByRole('button', { name, exact: true }).click();
  };
  await grade('优秀');
  await expect(screen.getByText(t('ballot.progress', { n: 2, total: 3 }))).toBeVisible();
  // A third of three is one: a second 优秀 is refused in plain words and the member stays on this screen.
  await screen.getByRole('button', { name: '优秀', exact: true }).click();
  await expect(screen.getByRole('alert')).toContainText('“优秀”最多评 1 人，已经评满');
  await expect(screen.getByText(t('ballot.progress', { n: 2, total: 3 }))).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/review-member-390-large.png`, fullPage: true });
  await grade('合格');
  await grade('基本合格');
  expect(seen.sort()).toEqual([...colleagues].sort());
  expect(seen).not.toContain(waline.member.name);

  const check = ballot(page).locator('[data-review-check]');
  await expect(check.getByRole('heading', { name: t('ballot.checkHeading') })).toBeVisible();
  await expect(check.locator('li')).toHaveCount(3);
  await expect(check).toContainText('优秀 1，合格 1，基本合格 1，不合格 0');
  // A no-horizontal-scroll phone page with large text.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await page.screenshot({ path: `${SHOTS}/review-check-390-large.png`, fullPage: true });

  // PostgreSQL stops while sending: the service says so in plain words, the grades stay, nothing half-written.
  waline.stopDatabase('immediate');
  try {
    await check.getByRole('button', { name: t('ballot.submitReview') }).click();
    await expect(check.getByRole('alert')).toContainText('仍在页面上');
    await expect(check.locator('li')).toHaveCount(3);
  } finally {
    waline.startDatabase();
  }
  expect(await waline.query(`SELECT casts FROM branch_ballot WHERE id = 'e2e-review'`)).toEqual([{ casts: [] }]);

  // The service itself is down when the member tries again: a plain message, the grades stay, nothing is lost.
  await waline.stopWaline();
  await check.getByRole('button', { name: t('ballot.retry') }).click();
  await expect(check.getByRole('alert')).toContainText(t('ballot.unreachable'));
  await expect(check.locator('li')).toHaveCount(3);
  const draft = await page.evaluate(() => sessionStorage.getItem('branch-ballot-draft:e2e-review'));
  expect(JSON.parse(draft ?? '{}').grades).toBeDefined();
  await waline.startWaline();
  await check.getByRole('button', { name: t('ballot.retry') }).click();

  const receipt = ballot(page).locator('[data-part="receipt"]');
  await expect(receipt).toBeVisible();
  cast.reviewReceipt = (await receipt.locator('[data-code]').textContent()) ?? '';
  await expect(receipt.locator('[data-fingerprint]')).toHaveText(/^[0-9a-f]{16}$/);
  // The same request id was reused: one ballot counted, the tab's copy gone once sent.
  expect(await page.evaluate(() => sessionStorage.getItem('branch-ballot-draft:e2e-review'))).toBeNull();
  await expect(ballot(page).getByText(t('ballot.turnout', { voted: 1, eligible: 5 }))).toBeVisible();
  noneElsewhere();
  await page.close();
});

test('the forms in the four display modes on a phone', async ({ browser }: { browser: Browser }) => {
  const failures: string[] = [];
  for (const mode of Object.keys(MODES) as Mode[]) {
    const context = await contextIn(browser, mode, PHONE);
    const page = await context.newPage();
    await page.goto(`${site}/polls/e2e-ballot/`);
    await expect(ballot(page).getByRole('button', { name: t('ballot.signIn') })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), mode).toBeLessThanOrEqual(PHONE.width);
    failures.push(...(await axeViolations(page, `[${mode}] ballot`, { enhancedContrast: mode === 'high contrast' })));
    await context.close();
  }
  expect(failures).toEqual([]);
});

test('after closing: results, every receipt, "counted as cast", and signing out', async () => {
  const afterClosing = new Date(closeAt.getTime() + 2000);
  waline.clock.set(afterClosing);
  await phone.clock.setSystemTime(afterClosing);
  const page = await phone.newPage();
  const noneElsewhere = watch(page);
  await page.goto(`${site}/polls/e2e-ballot/`);
  const results = ballot(page).locator('[data-part="results"]');
  // Closed at its time of day, not at the end of its closing day.
  await expect(page.locator('poll-status')).toContainText(t('polls.status.closed'));
  await expect(results.getByText(t('ballot.resultsSummary', { eligible: 5, cast: 1 }))).toBeVisible();
  const plan = results.getByRole('table', { name: '活动方案' });
  await expect(plan.getByRole('row', { name: '线上学习 1 票' })).toBeVisible();
  await expect(plan.getByRole('row', { name: '志愿服务 0 票' })).toBeVisible();
  await expect(results.getByText(t('ballot.counted', { receipt: cast.receipt }))).toBeVisible();
  await results.getByText(t('ballot.receiptsSummary', { count: 1 })).click();
  await expect(results.locator('[data-receipts] tr.mine')).toContainText('线上学习；周六上午、周六下午');
  await page.screenshot({ path: `${SHOTS}/results-390-large.png`, fullPage: true });

  await page.goto(`${site}/polls/e2e-review/`);
  await expect(results.getByRole('row', { name: '优秀 1' })).toBeVisible();
  // The receipt's fingerprint as published equals the one this browser computed from its salt and grades.
  await expect(results.getByText(t('ballot.counted', { receipt: cast.reviewReceipt }))).toBeVisible();
  await expect(page.locator('body')).not.toContainText(colleagues[0]!);
  await page.screenshot({ path: `${SHOTS}/review-results-390-large.png`, fullPage: true });

  // A shared phone: 退出登录 ends the session on the service and in this browser.
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem('WALINE_USER') ?? '{}').token as string);
  await ballot(page)
    .getByRole('button', { name: t('account.signOut') })
    .click();
  await expect(ballot(page).locator('[data-account]')).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem('WALINE_USER'))).toBeNull();
  const me = await fetch(`${waline.url}/branch/api/me`, { headers: { authorization: `Bearer ${token}` } });
  expect(me.status).toBe(401);
  await page.goto(`${site}/my/`);
  await expect(page.locator('member-account')).toBeHidden();
  noneElsewhere();
  await page.close();
});

test('the secretary downloads each member’s 民主评议 result; members never see the button', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true });
  await context.clock.setSystemTime(new Date(closeAt.getTime() + 60_000));
  const page = await context.newPage();
  await page.goto(`${site}/polls/e2e-review/`);
  const results = ballot(page).locator('[data-part="results"]');
  await expect(results.getByText(t('ballot.reviewResultsNote'))).toBeVisible();
  await expect(results.getByRole('button', { name: t('ballot.reportReview') })).toBeHidden();
  // One sign-in: the secretary signs in at a discussion box, and the ballot page knows them.
  await page.goto(`${site}/reports/2026-q3-chen-xiao-probation/`);
  const thread = page.locator('waline-discussion');
  await thread.scrollIntoViewIfNeeded();
  await thread.getByRole('button', { name: '登录', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: t('waline.signIn.title') });
  await dialog.getByLabel(t('waline.signIn.email')).fill(waline.admin.email);
  await dialog.getByLabel(t('waline.signIn.password')).fill(waline.admin.password);
  await dialog.getByRole('button', { name: t('waline.signIn.submit') }).click();
  await expect(dialog).toBeHidden();
  await page.goto(`${site}/polls/e2e-review/`);
  const download = page.waitForEvent('download');
  await results.getByRole('button', { name: t('ballot.reportReview') }).click();
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  const csv = readFileSync(file, 'utf8');
  expect(csv).toContain('党员,档案,参评票数,优秀,合格,基本合格,不合格');
  for (const name of colleagues) expect(csv).toContain(name);
  await context.close();
});
