/**
 * The branch's own discussion service on the production build: a real
 * PostgreSQL and a real Waline, the site built once more with
 * DISCUSSION_PROVIDER=waline and the default address /waline/ (shared with
 * the branch service's specs), both under one origin as the documented nginx
 * serves them (tests/support/waline-site.ts). A member signs in and posts on a 思想汇报 page; other
 * readers see the comment only after the secretary approves it through
 * Waline's administration API; the count on the list goes up; the box follows
 * the display modes; no request leaves the origin and the content security
 * policy blocks nothing; with the service down the box becomes a plain
 * message, a typed comment is kept and the page works.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { WalineAccount, WalineServer } from '../../tools/waline-server';
import { SITE, startWalineSite, type WalineSite } from '../support/waline-site';
import { axeViolations } from '../support/axe';
import { MODE_KEYS } from '../../src/lib/web/display-modes';

test.describe.configure({ mode: 'serial' });

const REPORT = '/reports/2026-q3-chen-xiao-probation/';
const TERM = 'reports/2026-q3-chen-xiao-probation';
const PHONE = { width: 390, height: 844 };
const site = SITE;
let waline: WalineServer;
let served: WalineSite | undefined;
/** The comment the member posts in the first test, approved in the second. */
const posted = { text: `学习了陈晓同志的思想汇报，很受启发。（${Date.now()}）`, id: 0 };

test.beforeAll(async () => {
  test.setTimeout(300_000);
  // SERVER_URL: Waline's own pages behind the /waline/ prefix find their API (docs/waline.md).
  served = await startWalineSite();
  waline = served.waline;
});

test.afterAll(async () => {
  await served?.close();
});

/** Every request that leaves the site's origin, and every CSP violation, from the start of the page. */
async function watch(page: Page) {
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (/^https?:/.test(url) && new URL(url).origin !== site) elsewhere.push(url);
  });
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`.trim()),
    );
  });
  return async () => {
    expect(elsewhere, 'requests outside the site origin').toEqual([]);
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
      'CSP violations',
    ).toEqual([]);
  };
}

const thread = (page: Page) => page.locator('waline-discussion');
const editor = (page: Page) => thread(page).getByPlaceholder('写下您的体会、意见或建议（经支部审核后公开）');

async function openThread(page: Page) {
  await page.goto(site + REPORT);
  await thread(page).scrollIntoViewIfNeeded();
  await expect(editor(page)).toBeVisible();
}

async function signIn(page: Page, account: WalineAccount) {
  await thread(page).getByRole('button', { name: '登录', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '登录讨论区' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('邮箱').fill(account.email);
  await dialog.getByLabel('密码').fill(account.password);
  await dialog.getByRole('button', { name: '登录' }).click();
  await expect(dialog).toBeHidden();
  await expect(thread(page).locator('.wl-login-info')).toContainText(account.name);
}

async function newReader(browser: Browser) {
  const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  return { context, page: await context.newPage() };
}

test('the box loads only near the thread; a member signs in and posts, and the comment waits for review', async ({
  page,
}) => {
  const check = await watch(page);
  const toService: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(`${site}/waline/`)) toService.push(request.url());
  });
  // Short enough that the thread starts more than the 400 px loading margin below the screen (the compact header moved it up).
  const short = { width: 390, height: 240 };
  await page.setViewportSize(short);
  await page.goto(site + REPORT);
  const box = thread(page);
  expect(
    await box.evaluate((el) => el.getBoundingClientRect().top),
    'the thread must start below the first screen for this test to mean anything',
  ).toBeGreaterThan(short.height + 400);
  await page.waitForTimeout(1000);
  expect(toService).toEqual([]);
  await expect(box.getByText('讨论区会在您浏览到这里时加载。')).toBeAttached();
  await expect(
    box.getByText('发表评论需要登录本支部讨论区的账号；评论经支部审核后才公开显示。', { exact: false }),
  ).toBeVisible();

  await box.scrollIntoViewIfNeeded();
  await expect(editor(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: '讨论与反馈（0 条评论）' })).toBeVisible();
  await expect(box.getByText('还没有公开的发言。')).toBeVisible();
  // Login forced: no name/e-mail fields, no submit button before signing in.
  await expect(box.locator('.wl-header')).toHaveCount(0);
  await expect(box.getByRole('button', { name: '提交' })).toHaveCount(0);

  // A wrong password is refused in the dialog, in Chinese.
  await box.getByRole('button', { name: '登录', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '登录讨论区' });
  await dialog.getByLabel('邮箱').fill(waline.member.email);
  await dialog.getByLabel('密码').fill('not-the-password');
  await dialog.getByRole('button', { name: '登录' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('登录没有成功：邮箱或密码不对，或者账号还没有开通。');
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();

  await signIn(page, waline.member);
  await expect(editor(page)).toBeFocused();
  await editor(page).fill(posted.text);
  await box.getByRole('button', { name: '提交' }).click();
  await expect(box.getByText('您的发言已经提交，正在等待支部审核')).toBeVisible();
  await expect(editor(page)).toHaveValue('');

  const pending = await waline.pending(TERM);
  expect(pending.map((c) => [c.text, c.userId])).toEqual([[posted.text, waline.member.id]]);
  posted.id = pending[0]!.id;
  await check();
});

test('another reader does not see it before approval; after approval it shows, and the list counts it', async ({
  browser,
}) => {
  const { context, page } = await newReader(browser);
  const check = await watch(page);
  await openThread(page);
  await expect(page.getByRole('heading', { name: '讨论与反馈（0 条评论）' })).toBeVisible();
  await expect(thread(page).getByText(posted.text)).toHaveCount(0);
  await page.goto(`${site}/reports/`);
  const count = page.locator(`comment-count[data-term="${TERM}"]`);
  await expect(count).toHaveText('0 条评论');

  await waline.approve(posted.id);
  await openThread(page);
  await expect(thread(page).getByText(posted.text)).toBeVisible();
  await expect(page.getByRole('heading', { name: '讨论与反馈（1 条评论）' })).toBeVisible();
  await page.goto(`${site}/reports/`);
  await expect(count).toHaveText('1 条评论');
  // On demand: reports far down the list get their counts when the reader gets there.
  const empty = page.locator('comment-count:empty');
  expect(await empty.count()).toBeGreaterThan(0);
  for (let step = 0; step < 30 && (await empty.count()) > 0; step += 1) {
    await page.mouse.wheel(0, PHONE.height / 2);
    await page.waitForTimeout(200);
  }
  await expect(empty).toHaveCount(0);
  await check();
  await context.close();
});

test('the box follows the display modes live: dark, high contrast, large text', async ({ page }) => {
  const check = await watch(page);
  await openThread(page);
  const panel = thread(page).locator('.wl-panel');
  const colours = () =>
    panel.evaluate((el) => {
      const style = getComputedStyle(el);
      const probe = document.createElement('div');
      document.body.append(probe);
      const token = (name: string) => ((probe.style.color = `var(${name})`), getComputedStyle(probe).color);
      const result = {
        background: style.backgroundColor,
        border: style.borderTopColor,
        surface: token('--color-surface'),
        tokenBorder: token('--color-border'),
      };
      probe.remove();
      return result;
    });
  for (const [mode, background] of [
    ['light', 'rgb(255, 255, 255)'],
    ['dark', 'rgb(33, 30, 27)'],
    ['contrast', 'rgb(255, 255, 255)'],
  ] as const) {
    await page.evaluate((value) => (document.documentElement.dataset.theme = value), mode);
    const now = await colours();
    expect(now.background, mode).toBe(background);
    expect(now.background, mode).toBe(now.surface);
    expect(now.border, mode).toBe(now.tokenBorder);
  }
  expect((await colours()).border, 'high contrast: black borders').toBe('rgb(0, 0, 0)');
  const size = () =>
    thread(page)
      .locator('[data-waline]')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const normal = await size();
  await page.evaluate(() => (document.documentElement.dataset.text = 'large'));
  expect(await size()).toBeCloseTo(normal * 1.25, 1);
  await check();
});

test('axe finds no WCAG 2.1 A/AA violation in the box with comments, signed in, in every display mode', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const modes = {
    default: {},
    'large text': { [MODE_KEYS.text]: 'large' },
    'high contrast': { [MODE_KEYS.scheme]: 'contrast' },
    dark: { [MODE_KEYS.scheme]: 'dark' },
  };
  const failures: string[] = [];
  for (const [mode, stored] of Object.entries(modes)) {
    const { context, page } = await newReader(browser);
    await context.addInitScript((entries) => {
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    }, stored);
    await openThread(page);
    await expect(thread(page).getByText(posted.text)).toBeVisible();
    failures.push(
      ...(await axeViolations(page, `[${mode}] signed out`, { enhancedContrast: mode === 'high contrast' })),
    );
    await thread(page).getByRole('button', { name: '登录', exact: true }).click();
    await expect(page.getByRole('dialog', { name: '登录讨论区' })).toBeVisible();
    failures.push(
      ...(await axeViolations(page, `[${mode}] sign-in dialog`, { enhancedContrast: mode === 'high contrast' })),
    );
    await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
    await signIn(page, waline.member);
    failures.push(
      ...(await axeViolations(page, `[${mode}] signed in`, { enhancedContrast: mode === 'high contrast' })),
    );
    await context.close();
  }
  expect(failures).toEqual([]);
});

test('with the service down, a typed comment is kept and the member told; a new visit gets a plain message; the page works', async ({
  browser,
}) => {
  const { context, page } = await newReader(browser);
  const check = await watch(page);
  await openThread(page);
  await signIn(page, waline.member);
  await waline.stopWaline();
  try {
    const text = '服务停了的时候写的这段话不能丢。';
    await editor(page).fill(text);
    await thread(page).getByRole('button', { name: '提交' }).click();
    await expect(thread(page).getByRole('alert')).toHaveText(
      '评论没有发出：暂时连不上讨论服务。您写的内容还在输入框里，请稍后再点“提交”。',
    );
    await expect(editor(page)).toHaveValue(text);

    // A later visit while the service is down: the box becomes a plain message; the rest of the page works.
    await page.goto(site + REPORT);
    await thread(page).scrollIntoViewIfNeeded();
    await expect(
      thread(page).getByText('讨论区暂时无法加载（网络不通或讨论服务没有响应）。页面其他内容不受影响。'),
    ).toBeVisible();
    await expect(thread(page).locator('[data-widget]')).toBeEmpty();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('link', { name: '思想汇报', exact: true }).first().click();
    await expect(page).toHaveURL(`${site}/reports/`);
    await page.goBack();
  } finally {
    await waline.startWaline();
  }
  // Back up: the retry button brings the box, and the unsent text is still there (Waline keeps the draft).
  await thread(page).scrollIntoViewIfNeeded();
  await thread(page).getByRole('button', { name: '重新加载讨论区' }).click();
  await expect(editor(page)).toHaveValue('服务停了的时候写的这段话不能丢。');
  await thread(page).getByRole('button', { name: '提交' }).click();
  await expect(thread(page).getByText('您的发言已经提交，正在等待支部审核')).toBeVisible();
  await expect(thread(page).locator('[data-notice]')).toBeHidden();
  // Waline asks before deleting, in English: the member reads the question in Chinese.
  let question = '';
  page.once('dialog', (dialog) => {
    question = dialog.message();
    void dialog.dismiss();
  });
  await thread(page).getByRole('button', { name: '删除这条评论' }).first().click();
  await expect.poll(() => question).toBe('确定要删除这条评论吗？删除后不能恢复。');
  await expect(thread(page).getByText('服务停了的时候写的这段话不能丢。')).toBeVisible();
  await check();
  await context.close();
});

test('a service that does not answer at all gives way to the plain message after the timeout', async ({ page }) => {
  // The service hangs (no answer, no error): only the timeout can tell.
  await page.route(`${site}/waline/**`, () => undefined);
  await page.goto(site + REPORT);
  await thread(page).scrollIntoViewIfNeeded();
  await expect(thread(page).getByText('正在加载讨论区…')).toBeVisible();
  await expect(thread(page).getByText('讨论区暂时无法加载', { exact: false })).toBeVisible({ timeout: 15_000 });
  await expect(editor(page)).toHaveCount(0);
});

test('/feedback/ has its moderated thread and says so; a closed topic keeps its thread readable without the editor', async ({
  page,
}) => {
  const check = await watch(page);
  await page.goto(`${site}/feedback/`);
  await expect(page.getByRole('note').filter({ hasText: '这里的留言经支部审核后公开' })).toBeVisible();
  // With the branch service (this build has it), reports go through its confidential form, never the public thread.
  await expect(page.getByRole('form', { name: '向纪检委员举报' })).toBeVisible();
  const feedback = page.getByRole('region', { name: '意见建议留言区' });
  await feedback.scrollIntoViewIfNeeded();
  await expect(feedback.getByPlaceholder('写下您的体会、意见或建议（经支部审核后公开）')).toBeVisible();

  await page.goto(`${site}/topics/frugality-in-campus-life/`);
  await thread(page).scrollIntoViewIfNeeded();
  await expect(thread(page).getByText('还没有公开的发言。')).toBeVisible();
  await expect(thread(page).locator('.wl-comment')).toBeHidden();
  await expect(thread(page).getByPlaceholder('写下您的体会、意见或建议（经支部审核后公开）')).toBeHidden();
  await check();
});

test('an edit of a published comment goes back to review and the member is told; too long is stopped in the box, a web server 413 is told as too large; no like button; a worded administrator badge', async ({
  browser,
}) => {
  const published = await waline.post(waline.member, TERM, `一条已经公开的发言（${Date.now()}）`);
  await waline.approve(published.id);
  await waline.post(waline.admin, TERM, `支部书记的答复（${Date.now()}）`);
  const { context, page } = await newReader(browser);
  const check = await watch(page);
  await openThread(page);
  await signIn(page, waline.member);

  const admins = thread(page).locator('.wl-card').filter({ hasText: '支部书记的答复' });
  await expect(admins.locator('.site-admin-badge').first()).toHaveText('管理员');
  await expect(thread(page).locator('.wl-like').first()).toBeHidden();

  await editor(page).fill('长'.repeat(5001));
  await thread(page).getByRole('button', { name: '提交' }).click();
  await expect(thread(page).getByRole('alert')).toHaveText(
    '评论没有发出：评论太长了：最多 5000 个字，现在是 5001 个字。请删减，或分成几条发表。您写的内容还在输入框里。',
  );
  expect(await waline.pending(TERM)).not.toContainEqual(expect.objectContaining({ text: '长'.repeat(5001) }));

  // The web server refuses a body above its limit (nginx: client_max_body_size) with its own HTML page.
  const tooLarge = `${site}/waline/api/comment**`;
  await page.route(tooLarge, (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({
          status: 413,
          contentType: 'text/html',
          body: '<html><body><h1>413 Request Entity Too Large</h1></body></html>',
        })
      : route.fallback(),
  );
  await editor(page).fill('一段被网站服务器拒收的话');
  await thread(page).getByRole('button', { name: '提交' }).click();
  await expect(thread(page).getByRole('alert')).toHaveText(
    '评论没有发出：内容太大，网站服务器拒绝接收。您写的内容还在输入框里，请删减后再点“提交”。',
  );
  await page.unroute(tooLarge);
  await editor(page).fill('');

  const card = thread(page).locator('.wl-card').filter({ hasText: '一条已经公开的发言' }).first();
  await card.getByRole('button', { name: '修改这条评论' }).first().click();
  const editBox = thread(page).locator('.wl-edit-wrapper textarea');
  await editBox.fill('改过的发言');
  await thread(page).locator('.wl-edit-wrapper').getByRole('button', { name: '提交' }).click();
  await expect(thread(page).getByRole('alert')).toHaveText(
    '修改已保存，已重新提交审核：审核通过前，修改后的内容只有您自己看得到。',
  );
  expect((await waline.pending(TERM)).map((c) => [c.id, c.text])).toContainEqual([published.id, '改过的发言']);
  await check();
  await context.close();
});

test('the administration page loads under its content security policy, with nothing from another host', async ({
  page,
}) => {
  const check = await watch(page);
  const answer = await page.goto(`${site}/waline/ui/login`);
  expect(answer?.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
  await expect(page.locator('input[type="password"]')).toBeVisible();
  await check();
});

test('while PostgreSQL is stopped the page shows the plain message; once it is back the box loads again, without restarting the service', async ({
  page,
}) => {
  waline.stopDatabase('immediate');
  try {
    await page.goto(site + REPORT);
    await thread(page).scrollIntoViewIfNeeded();
    await expect(
      thread(page).getByText('讨论区暂时无法加载（网络不通或讨论服务没有响应）。页面其他内容不受影响。'),
    ).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  } finally {
    waline.startDatabase();
  }
  await thread(page).getByRole('button', { name: '重新加载讨论区' }).click();
  await expect(editor(page)).toBeVisible();
});
