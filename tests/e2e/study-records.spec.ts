/**
 * 学习记录 on the branch service, end to end (issue 31, item 2): the site built
 * with the service on and a real PostgreSQL and service behind one origin
 * (tests/support/waline-site.ts). On a 390 px phone in large text a member
 * signs in, types nothing, and sends the month's record in one tap; the
 * secretary's `members:report`, run as on the server with the service's
 * settings, counts it. A second device gets the record back and adds its own
 * time without counting a minute twice, also after its storage is cleared.
 * With the service down the record stays on screen and in the browser with a
 * clear message, and the retry stores it once. Another member's sign-in shows
 * none of it, by the page's address or the API. The secretary reads the
 * member's months on the archive in the CMS (从支部服务读取). Leaving a lesson
 * page sends a signed-in member's log too. axe finds nothing in the four
 * display modes.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WalineAccount, WalineServer } from '../../tools/waline-server';
import { SITE, startWalineSite, type WalineSite } from '../support/waline-site';
import { MODES, contextIn, type Mode } from '../support/display-modes';
import { axeViolations } from '../support/axe';
import { npmScriptArgs } from '../support/npm-script';
import { ROOT } from '../support/content';
import { CmsForm } from '../support/cms-form';
import { PG_ROLE } from '../../services/waline/local/pg-cluster.mjs';
import { addStudyTime, emptyLog, STUDY_LOG_KEY, type StudyLog } from '../../src/lib/study/log';
import { civilDateInShanghai } from '../../src/lib/civil-date';

test.describe.configure({ mode: 'serial' });

const PHONE = { width: 390, height: 844 };
const TODAY = civilDateInShanghai(new Date());
const MONTH = TODAY.slice(0, 7);
const MONTH_LABEL = `${Number(MONTH.slice(0, 4))}年${Number(MONTH.slice(5))}月`;
/** The member's archive id: unique, since the CMS test puts an archive by this name in src/content/members for a moment. */
const MEMBER = `records-test-${Date.now().toString(36)}`;
let served: WalineSite | undefined;
let service: WalineServer;
let other: WalineAccount;
let folder: string;

/** A device's own log: `minutes` read on one lesson today. */
const deviceLog = (device: string, minutes: number): StudyLog => ({
  ...addStudyTime(emptyLog(), 'lessons/one', [{ date: TODAY, kind: 'read', ms: minutes * 60_000 }], 86_400),
  device,
});

test.beforeAll(async () => {
  test.setTimeout(300_000);
  served = await startWalineSite();
  service = served.waline;
  other = await service.createMember({ email: 'li@example.org', password: 'li-password-1', name: '李党员' });
  await service.setRoster([
    { memberId: MEMBER, name: '张党员（示例）', stage: '正式党员', duties: [], accounts: [service.member.email] },
    { memberId: 'li', name: '李党员（示例）', stage: '正式党员', duties: [], accounts: [other.email] },
  ]);
  folder = mkdtempSync(join(tmpdir(), 'study-records-'));
});

test.afterAll(async () => {
  await served?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** A phone in large text (or another display mode) opening /my/ with `log` in its browser. */
async function phoneWith(browser: Browser, log: StudyLog | undefined, mode: Mode = 'large text') {
  const context = await contextIn(browser, mode, PHONE);
  const page = await context.newPage();
  await page.goto(`${SITE}/my/`);
  if (log) {
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
      STUDY_LOG_KEY,
      JSON.stringify(log),
    ] as const);
    await page.reload();
  }
  await expect(page.locator('[data-dashboard]')).toBeVisible();
  return { context, page };
}

async function signIn(page: Page, account: WalineAccount) {
  const dialog = page.getByRole('dialog', { name: '登录讨论区' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('邮箱').fill(account.email);
  await dialog.getByLabel('密码').fill(account.password);
  await dialog.getByRole('button', { name: '登录' }).click();
  await expect(dialog).toBeHidden();
}

const submitButton = (page: Page) => page.getByRole('button', { name: '提交本月学习记录' });
const sentMonths = () =>
  service.query<{ member_id: string; minutes: number }>(
    `SELECT member_id, (submission->'record'->>'minutes')::int AS minutes FROM branch_study_month ORDER BY member_id`,
  );

test('signed in, a member sends the month in one tap, typing nothing, and members:report counts it', async ({
  browser,
}) => {
  const { context, page } = await phoneWith(browser, deviceLog('phone-00000000001', 20));
  const panel = page.locator('section[aria-labelledby="submit-heading"]');
  await expect(panel.getByText('登录后即可保存和提交学习记录。')).toBeVisible();
  // No id, no name to type on a site with the service.
  await expect(panel.getByLabel('提交人姓名')).toBeHidden();
  await panel.screenshot({ path: 'test-results/study-records-signed-out.png' });
  await panel.getByRole('button', { name: '登录' }).click();
  await signIn(page, service.member);
  await expect(panel.getByText('提交人：张党员（示例）')).toBeVisible();
  await expect(panel.locator('[data-sync-status]')).toHaveText('已与支部服务同步，各台设备的学习记录已合并。');

  await submitButton(page).click();
  const sent = panel.locator('[data-sent-status]');
  await expect(sent).toContainText(`已提交 ${MONTH_LABEL}学习记录，提交时间 `);
  await expect(panel.locator('[data-summary] > li').first()).toContainText('学习 20 分钟');
  await expect(panel.locator('[data-file-steps]')).toBeHidden();
  await expect(panel.locator('[data-sent-months]')).toContainText(`已提交：${MONTH_LABEL}（`);
  await panel.screenshot({ path: 'test-results/study-records-sent.png' });
  expect(await sentMonths()).toEqual([{ member_id: MEMBER, minutes: 20 }]);

  // The secretary's month, on the server with the service's environment file.
  const members = join(folder, 'members');
  mkdirSync(members);
  writeFileSync(
    join(members, `${MEMBER}.yml`),
    'name: 张党员（示例）\nstage: 正式党员\njoined: 2020-01-01\nbranch: 第一党支部\nstatus: 正常\n',
  );
  const out = join(folder, 'report');
  const report = spawnSync(process.execPath, [...npmScriptArgs('members:report'), MONTH, '--out', out], {
    encoding: 'utf8',
    env: {
      ...process.env,
      MEMBERS_DIR: members,
      PG_HOST: '127.0.0.1',
      PG_PORT: String(service.dbPort),
      PG_DB: 'waline',
      PG_USER: PG_ROLE,
      PG_PASSWORD: '',
    },
  });
  expect(report.stderr).toBe('');
  expect(report.stdout).toContain('从支部服务读取 1 份学习记录');
  expect(readFileSync(join(out, `${MONTH}.csv`), 'utf8')).toContain(
    `${MONTH},${MEMBER},张党员（示例）,正式党员 · 正常,20,`,
  );
  await context.close();
});

test('a second device gets the record back and adds its own, even after its storage is cleared', async ({
  browser,
}) => {
  const { context, page } = await phoneWith(browser, deviceLog('laptop-0000000001', 15));
  await page.locator('section[aria-labelledby="submit-heading"]').getByRole('button', { name: '登录' }).click();
  await signIn(page, service.member);
  // 20 minutes from the phone and 15 here: 35, the phone's minutes counted once.
  await expect(page.locator('[data-month-minutes]')).toHaveText(/本月已学习 35 分钟/);
  await page.reload();
  await expect(page.locator('[data-sync-status]')).toHaveText('已与支部服务同步，各台设备的学习记录已合并。');
  await expect(page.locator('[data-month-minutes]')).toHaveText(/本月已学习 35 分钟/);

  // WeChat's storage cleared: the sign-in goes too; signing in brings the whole record back.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.locator('[data-welcome]')).toBeVisible();
  await page.locator('section[aria-labelledby="submit-heading"]').getByRole('button', { name: '登录' }).click();
  await signIn(page, service.member);
  await expect(page.locator('[data-month-minutes]')).toHaveText(/本月已学习 35 分钟/);
  const devices = await service.query<{ device: string; seconds: number }>(
    `SELECT device, read_seconds AS seconds FROM branch_study_time WHERE member_id = $1 ORDER BY device`,
    [MEMBER],
  );
  expect(devices).toEqual([
    { device: 'laptop-0000000001', seconds: 900 },
    { device: 'phone-00000000001', seconds: 1200 },
  ]);
  await context.close();
});

test('with the service down the record stays, the message is plain, and the retry is stored once', async ({
  browser,
}) => {
  const { context, page } = await phoneWith(browser, deviceLog('phone-00000000001', 20));
  await page.locator('section[aria-labelledby="submit-heading"]').getByRole('button', { name: '登录' }).click();
  await signIn(page, service.member);
  await expect(page.locator('[data-month-minutes]')).toHaveText(/本月已学习 35 分钟/);
  await service.stopWaline();
  try {
    await submitButton(page).click();
    await expect(page.locator('[data-sent-status]')).toHaveText(
      '没有提交成功：支部服务暂时连不上。学习记录仍在这个浏览器里，不会丢失，请稍后再点“提交”。',
    );
    await expect(page.locator('[data-month-minutes]')).toHaveText(/本月已学习 35 分钟/);
    const kept = await page.evaluate((key) => localStorage.getItem(key), STUDY_LOG_KEY);
    expect(kept).toContain('phone-00000000001');
    await page
      .locator('section[aria-labelledby="submit-heading"]')
      .screenshot({ path: 'test-results/study-records-down.png' });
  } finally {
    await service.startWaline();
  }
  await submitButton(page).click();
  await expect(page.locator('[data-sent-status]')).toContainText(`已提交 ${MONTH_LABEL}学习记录`);
  await submitButton(page).click();
  await expect(page.locator('[data-sent-status]')).toContainText(`已提交 ${MONTH_LABEL}学习记录`);
  // One record for the month, the newest: both devices' 35 minutes.
  expect(await sentMonths()).toEqual([{ member_id: MEMBER, minutes: 35 }]);
  await context.close();
});

test('another member sees none of it, by the page’s address or the API', async ({ browser }) => {
  const { context, page } = await phoneWith(browser, undefined);
  await page.goto(`${SITE}/my/?member=${MEMBER}`);
  await page.locator('section[aria-labelledby="submit-heading"]').getByRole('button', { name: '登录' }).click();
  await signIn(page, other);
  await expect(page.getByText('提交人：李党员（示例）')).toBeVisible();
  await expect(page.locator('[data-welcome]')).toBeVisible();
  await expect(page.locator('[data-month-minutes]')).toHaveText(/本月已学习 0 分钟/);
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem('WALINE_USER') ?? '{}').token as string);
  const api = (route: string) =>
    page.evaluate(
      async ([url, bearer]) => {
        const response = await fetch(url, { headers: { authorization: `Bearer ${bearer}` } });
        return { status: response.status, body: await response.text() };
      },
      [`${SITE}/waline/branch/api/${route}`, token] as const,
    );
  for (const route of ['study', `study?member=${MEMBER}`]) {
    const answer = await api(route);
    expect(answer.status).toBe(200);
    expect(answer.body).not.toContain('phone-00000000001');
  }
  expect((await api('study/months')).status).toBe(403);
  expect((await api(`study/months?month=${MONTH}`)).status).toBe(403);
  expect((await api(`study/months?member=${MEMBER}`)).status).toBe(403);
  await context.close();
});

test('an account not linked to an archive is told so, and offered the file with a typed name', async ({ browser }) => {
  const { context, page } = await phoneWith(browser, deviceLog('admin-phone-0000001', 5));
  const panel = page.locator('section[aria-labelledby="submit-heading"]');
  await panel.getByRole('button', { name: '登录' }).click();
  // The service's administrator account is on no archive (not on the roster).
  await signIn(page, service.admin);
  await expect(panel.locator('[data-sync-status]')).toHaveText(/你的账号还没有对应到支部的党员档案/);
  await expect(panel.getByLabel('提交人姓名')).toBeVisible();
  await panel.screenshot({ path: 'test-results/study-records-not-member.png' });
  await panel.getByLabel('提交人姓名').fill('李华');
  await panel.getByRole('button', { name: '确定' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), submitButton(page).click()]);
  expect(download.suggestedFilename()).toBe(`study-record-${MONTH}.json`);
  await context.close();
});

test('the secretary reads the member’s months from the service on the archive in the CMS', async ({ browser }) => {
  test.setTimeout(180_000);
  const archive = join(ROOT, 'src/content/members', `${MEMBER}.yml`);
  writeFileSync(
    archive,
    'name: 张党员（示例）\nstage: 正式党员\njoined: 2020-01-01\nbranch: 第一党支部\nstatus: 正常\n',
  );
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const cms = new CmsForm(page);
    await cms.signIn(SITE);
    await cms.open(`members/entries/${MEMBER}`);
    const importer = page.locator('[data-study-import]');
    const outcome = importer.locator('[data-import-outcome]');
    // Not signed in to the service yet: told how, nothing changed.
    await importer.getByRole('button', { name: '从支部服务读取' }).click();
    await expect(outcome).toHaveAttribute('data-import-outcome', 'refused');
    await expect(outcome).toContainText('请先在网站上用支部服务的管理员账号登录');

    await page.goto(`${SITE}/my/`);
    await page.locator('section[aria-labelledby="submit-heading"]').getByRole('button', { name: '登录' }).click();
    await signIn(page, service.admin);
    await cms.open(`members/entries/${MEMBER}`);
    await importer.getByRole('button', { name: '从支部服务读取' }).click();
    await expect(outcome).toHaveAttribute('data-import-outcome', 'done');
    await expect(outcome).toContainText('已读入 1 个文件，请核对后点“发布”保存：');
    await expect(outcome).toContainText(`${MONTH}：新增，学习 35 分钟`);
    await importer.screenshot({ path: 'test-results/study-records-cms.png' });
    const audit = await service.query<{ target: string }>(
      `SELECT target FROM branch_audit WHERE action = 'study-export' ORDER BY id`,
    );
    expect(audit.map((a) => a.target)).toEqual([MEMBER]);
  } finally {
    rmSync(archive, { force: true });
    await context.close();
  }
});

test('the signed-in, sent state passes axe in every display mode at 390 px', async ({ browser }) => {
  const failures: string[] = [];
  for (const mode of Object.keys(MODES) as Mode[]) {
    const { context, page } = await phoneWith(browser, undefined, mode);
    await page.locator('section[aria-labelledby="submit-heading"]').getByRole('button', { name: '登录' }).click();
    await signIn(page, service.member);
    await submitButton(page).click();
    await expect(page.locator('[data-sent-status]')).toContainText('已提交');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, mode).toBeLessThanOrEqual(PHONE.width);
    failures.push(
      ...(await axeViolations(page, `[${mode}] /my/ sent`, { enhancedContrast: mode === 'high contrast' })),
    );
    await context.close();
  }
  expect(failures).toEqual([]);
});

test('leaving a lesson page sends a signed-in member’s log to the service', async ({ browser }) => {
  const { context, page } = await phoneWith(browser, undefined);
  await page.locator('section[aria-labelledby="submit-heading"]').getByRole('button', { name: '登录' }).click();
  await signIn(page, other);
  await expect(page.getByText('提交人：李党员（示例）')).toBeVisible();
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    STUDY_LOG_KEY,
    JSON.stringify(deviceLog('li-phone-00000001', 7)),
  ] as const);
  await page.goto(`${SITE}/school/party-constitution/constitution-2-members/`);
  await expect(page.locator('study-timer')).toHaveAttribute('data-server', /waline/);
  // The member switches to another app: the page is hidden.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect
    .poll(() =>
      service.query<{ device: string; seconds: number }>(
        // The lesson page's own few seconds go along; the 7 minutes are what was in the browser.
        `SELECT device, read_seconds AS seconds FROM branch_study_time WHERE member_id = 'li' AND page = 'lessons/one'`,
      ),
    )
    .toEqual([{ device: 'li-phone-00000001', seconds: 420 }]);
  await context.close();
});
