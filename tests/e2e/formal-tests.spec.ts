/**
 * Formal tests (正式考试, 网上考核) end to end with the real branch service:
 * the shared build with the service on (tests/support/waline-site.ts), whose
 * sample 2026 年度党员网上考核 is marked 正式; the service reads the answer key
 * the build wrote beside dist/. No answer or explanation is in dist/, in the
 * page or in any answer the page receives before the member submits; the
 * service grades, refuses a second attempt (limit one) and a submission after
 * its deadline when the clock is moved, and the page submits at zero; a
 * submission while the service is away keeps the answers in the page and the
 * browser and counts once on retry; the secretary downloads the results; the
 * page works at 390 px in large text and passes axe in the four display modes.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { WalineAccount, WalineServer } from '../../tools/waline-server';
import { SITE, startWalineSite, walineSiteDist, type WalineSite } from '../support/waline-site';
import { axeViolations } from '../support/axe';
import { contextIn, MODES, type Mode } from '../support/display-modes';
import { FORMAL_KEY_PATH, type FormalTest } from '../../src/model/formal-test-key';
import { t } from '../../src/i18n/zh';

test.describe.configure({ mode: 'serial' });

const PHONE = { width: 390, height: 844 };
const ID = 'online-assessment-2026';
const PAGE = `${SITE}/quizzes/${ID}/`;
const SHOTS = 'test-results/formal-tests';

let served: WalineSite | undefined;
let service: WalineServer;
let test2026: FormalTest;
const members: Record<'first' | 'away' | 'late' | 'clock', WalineAccount> = {} as never;

/** The explanations: in no page and no answer of the service before that member submits. */
const explanations = () => test2026.questions.map((q) => q.explanation!);
/**
 * The stems: the paper comes from the service at the start, so no built file holds one and none can
 * pair a stem with its answer (the right options alone are no secret: they are choices, and 民主集中制
 * is in many articles).
 */
const stems = () => test2026.questions.map((q) => q.stem);

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const dist = await walineSiteDist();
  const keyFile = join(dirname(dist), FORMAL_KEY_PATH);
  test2026 = (JSON.parse(readFileSync(keyFile, 'utf8')) as { tests: FormalTest[] }).tests.find((x) => x.id === ID)!;
  served = await startWalineSite({ BRANCH_FORMAL_TESTS: keyFile });
  service = served.waline;
  members.first = service.member;
  for (const key of ['away', 'late', 'clock'] as const)
    members[key] = await service.createMember({
      email: `${key}@example.org`,
      password: `${key}-password-1`,
      name: `${key}党员`,
    });
  await service.setRoster([
    { memberId: 'first', name: '张党员（示例）', stage: '正式党员', duties: [], accounts: [members.first.email] },
    ...(['away', 'late', 'clock'] as const).map((key) => ({
      memberId: key,
      name: `${key}党员`,
      stage: '正式党员',
      duties: [],
      accounts: [members[key].email],
    })),
    {
      memberId: 'secretary',
      name: '李书记（示例）',
      stage: '正式党员',
      duties: ['书记'],
      accounts: [service.admin.email],
    },
  ]);
});

test.afterAll(async () => {
  await served?.close();
});

/** A phone in large text; what the branch service answered, and any request that leaves the origin. */
async function phone(browser: Browser, clock = false) {
  const context = await contextIn(browser, 'large text', PHONE);
  const page = await context.newPage();
  if (clock) await page.clock.install();
  const answers: { url: string; text: string }[] = [];
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (/^https?:/.test(url) && new URL(url).origin !== SITE) elsewhere.push(url);
  });
  page.on('response', async (response) => {
    if (response.url().includes('/branch/api/'))
      answers.push({ url: response.url(), text: await response.text().catch(() => '') });
  });
  return { context, page, answers, elsewhere };
}

const formal = (page: Page) => page.locator('formal-test');

async function signIn(page: Page, account: WalineAccount) {
  await formal(page)
    .getByRole('button', { name: t('formal.signIn') })
    .click();
  const dialog = page.getByRole('dialog', { name: t('waline.signIn.title') });
  await dialog.getByLabel(t('waline.signIn.email')).fill(account.email);
  await dialog.getByLabel(t('waline.signIn.password')).fill(account.password);
  await dialog.getByRole('button', { name: t('waline.signIn.submit') }).click();
  await expect(dialog).toBeHidden();
}

/** Answers every question of the paper on screen: right, except the stems in `wrong` (left blank). */
async function answer(page: Page, wrong: string[] = []) {
  const questions = formal(page).locator('[data-questions] fieldset');
  await expect(questions).toHaveCount(test2026.questions.length);
  for (const fieldset of await questions.all()) {
    const legend = (await fieldset.locator('legend').textContent()) ?? '';
    const question = test2026.questions.find((q) => legend.endsWith(q.stem))!;
    if (wrong.includes(question.stem)) continue;
    if (question.type === 'fill') await fieldset.getByRole('textbox').fill(question.answer.at(-1)!);
    else for (const choice of question.answer) await fieldset.getByLabel(choice, { exact: true }).check();
  }
}

const attempts = (account: WalineAccount) =>
  service.query<{ number: number; status: string; percent: number | null }>(
    `SELECT number, status, percent FROM branch_test_attempt WHERE test_id = $1 AND account_id = $2 ORDER BY number`,
    [ID, account.id],
  );

/** Every text file of the build, for what must not be in it. */
function* builtTexts(folder: string): Generator<[string, string]> {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* builtTexts(path);
    else if (/\.(html|js|mjs|json|xml|txt|css|webmanifest)$/.test(name)) yield [path, readFileSync(path, 'utf8')];
  }
}

test('dist/ holds no answer or explanation of a formal test; self-study quizzes say 自测', async () => {
  const dist = served!.dist;
  expect(explanations().every(Boolean)).toBe(true);
  const found: string[] = [];
  for (const [path, text] of builtTexts(dist))
    for (const secret of [...explanations(), ...stems()]) if (text.includes(secret)) found.push(`${path}: ${secret}`);
  expect(found).toEqual([]);
  expect(readFileSync(join(dist, `quizzes/${ID}/index.html`), 'utf8')).not.toContain('data-quiz');

  const list = readFileSync(join(dist, 'quizzes/index.html'), 'utf8');
  const labels = [...list.matchAll(/class="quiz-badge[^"]*"[^>]*>\s*([^<]+?)\s*</g)].map((m) => m[1]);
  expect(labels.filter((l) => l === t('formal.label'))).toHaveLength(1);
  expect(labels.filter((l) => l === t('formal.selfStudy')).length).toBeGreaterThanOrEqual(4);
});

test('a member signs in, answers, submits: graded by the service, answers absent from every response before', async ({
  browser,
}) => {
  const { context, page, answers, elsewhere } = await phone(browser);
  await page.goto(PAGE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(test2026.title);
  await expect(page.locator('.quiz-badge')).toHaveText(t('formal.label'));
  await page.screenshot({ path: `${SHOTS}/1-signed-out.png`, fullPage: true });
  await signIn(page, members.first);
  await expect(formal(page).getByText(t('formal.left', { left: 1 }))).toBeVisible();
  await formal(page)
    .getByRole('button', { name: t('formal.start') })
    .click();
  const blank = test2026.questions.find((q) => q.type === 'multiple')!.stem;
  await answer(page, [blank]);
  await expect(formal(page).getByRole('timer')).toHaveText(/^(20:00|19:\d\d)$/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await page.screenshot({ path: `${SHOTS}/2-answering.png`, fullPage: true });
  expect(await axeViolations(page, '[large text] formal test, answering')).toEqual([]);

  // Before submitting: nothing the page received holds an answer or an explanation.
  expect(answers.length).toBeGreaterThanOrEqual(3);
  for (const { url, text } of answers) {
    for (const secret of explanations()) expect(text, url).not.toContain(secret);
    expect(text, url).not.toMatch(/"(answer|explanation)"/);
  }
  expect(await page.content()).not.toContain(test2026.questions[0]!.explanation!);

  await formal(page)
    .getByRole('button', { name: t('formal.submit') })
    .click();
  // One question left blank: asked first.
  await page.getByRole('button', { name: t('quiz.confirmSubmit') }).click();
  const result = formal(page).locator('[data-result]');
  await expect(result).toBeFocused();
  const total = test2026.questions.length;
  const percent = Math.floor(((total - 1) * 100) / total);
  await expect(result.locator('[data-score]')).toHaveText(String(percent));
  await expect(result.getByText(t('quiz.correctOf', { correct: total - 1, total }))).toBeVisible();
  for (const question of test2026.questions)
    await expect(result.getByText(`${t('quiz.explanation')}${question.explanation}`)).toBeVisible();
  await expect(result.locator('.review li.unanswered')).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/3-result.png`, fullPage: true });
  expect(await axeViolations(page, '[large text] formal test, result')).toEqual([]);
  expect(await attempts(members.first)).toEqual([{ number: 1, status: 'graded', percent }]);

  // A second attempt, the limit being one: the page offers none, and the service refuses one asked for directly.
  await page.reload();
  await expect(formal(page).getByText(t('formal.noneLeft'))).toBeVisible();
  await expect(formal(page).getByRole('button', { name: t('formal.start') })).toBeHidden();
  await expect(formal(page).locator('[data-history-list] li')).toHaveCount(1);
  const direct = await page.evaluate(async (id) => {
    const token = JSON.parse(localStorage.getItem('WALINE_USER') ?? '{}').token;
    const call = (route: string, body?: unknown) =>
      fetch(`/waline/branch/api/tests/${id}/${route}`, {
        method: body ? 'POST' : 'GET',
        headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      }).then(async (r) => ({ status: r.status, body: await r.json() }));
    return {
      start: await call('start', { requestId: 'a-second-attempt-0001' }),
      report: await call('report'),
    };
  }, ID);
  expect(direct.start.status).toBe(409);
  expect(direct.start.body.error.message).toContain('每人只能作答一次');
  expect(direct.report.status).toBe(403);
  expect(await attempts(members.first)).toHaveLength(1);
  expect(elsewhere).toEqual([]);
  await context.close();
});

test('the service away while submitting: the answers stay on the page and in the browser, counted once on retry', async ({
  browser,
}) => {
  const { context, page } = await phone(browser);
  await page.goto(PAGE);
  await signIn(page, members.away);
  await formal(page)
    .getByRole('button', { name: t('formal.start') })
    .click();
  await answer(page);
  await page.route('**/waline/branch/api/tests/*/submit', (route) =>
    route.fulfill({ status: 502, body: 'Bad Gateway' }),
  );
  await formal(page)
    .getByRole('button', { name: t('formal.submit') })
    .click();
  await expect(formal(page).getByText(t('formal.unreachable'))).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/4-service-away.png`, fullPage: true });
  // Closed and opened again while the service is away: the answers come back from the browser.
  await page.reload();
  const fill = test2026.questions.find((q) => q.type === 'fill')!;
  await expect(formal(page).getByRole('textbox')).toHaveValue(fill.answer.at(-1)!);
  await page.unroute('**/waline/branch/api/tests/*/submit');
  await formal(page)
    .getByRole('button', { name: t('formal.submit') })
    .click();
  await expect(formal(page).locator('[data-score]')).toHaveText('100');
  expect(await attempts(members.away)).toEqual([{ number: 1, status: 'graded', percent: 100 }]);
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('branch-test-answers:'))),
  ).toEqual([]);
  await context.close();
});

test("the time limit is the service's: moved past the deadline, a submission is not graded", async ({ browser }) => {
  const { context, page } = await phone(browser);
  await page.goto(PAGE);
  await signIn(page, members.late);
  await formal(page)
    .getByRole('button', { name: t('formal.start') })
    .click();
  await answer(page);
  // The service's record moved 25 minutes back: the 20 minutes and the minute's grace are over on its clock.
  await service.query(
    `UPDATE branch_test_attempt SET started_at = started_at - interval '25 minutes', deadline = deadline - interval '25 minutes'
      WHERE test_id = $1 AND account_id = $2`,
    [ID, members.late.id],
  );
  await formal(page)
    .getByRole('button', { name: t('formal.submit') })
    .click();
  await expect(formal(page).getByRole('alert').filter({ hasText: '没有计分' })).toBeVisible();
  await expect(formal(page).getByText(t('formal.historyLate', { number: 1 }))).toBeVisible();
  await expect(formal(page).locator('[data-result]')).toBeHidden();
  await page.screenshot({ path: `${SHOTS}/5-time-up.png`, fullPage: true });
  expect(await attempts(members.late)).toEqual([{ number: 1, status: 'late', percent: null }]);
  await context.close();
});

test('the page submits by itself when its countdown reaches zero', async ({ browser }) => {
  const { context, page } = await phone(browser, true);
  await page.goto(PAGE);
  await signIn(page, members.clock);
  await formal(page)
    .getByRole('button', { name: t('formal.start') })
    .click();
  await answer(page);
  await page.clock.fastForward('19:30');
  await expect(formal(page).getByRole('timer')).toHaveText(/^00:[23]\d$/);
  await page.clock.fastForward('00:40');
  await expect(formal(page).locator('[data-score]')).toHaveText('100');
  expect(await attempts(members.clock)).toEqual([{ number: 1, status: 'graded', percent: 100 }]);
  await context.close();
});

test("the secretary downloads every member's results; anyone sees the counts and the distribution only", async ({
  browser,
}) => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(PAGE);
  const stats = formal(page).locator('[data-stats]');
  await expect(stats.getByRole('heading')).toHaveText(t('formal.stats', { members: 3, passed: 3 }));
  await expect(stats).not.toContainText('党员');
  await signIn(page, service.admin);
  const download = page.waitForEvent('download');
  await formal(page)
    .getByRole('button', { name: t('formal.report') })
    .click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv).toContain('张党员（示例）,first,1,已交卷');
  expect(csv).toContain('late党员,late,1,超时未计分');
  const [audit] = await service.query<{ count: string }>(
    `SELECT count(*) FROM branch_audit WHERE action = 'test-report' AND target = $1`,
    [ID],
  );
  expect(Number(audit!.count)).toBe(1);
  await context.close();
});

test('the formal test in the four display modes on a phone', async ({ browser }) => {
  const failures: string[] = [];
  for (const mode of Object.keys(MODES) as Mode[]) {
    const context = await contextIn(browser, mode, PHONE);
    const page = await context.newPage();
    await page.goto(PAGE);
    await expect(formal(page).getByRole('button', { name: t('formal.signIn') })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), mode).toBeLessThanOrEqual(PHONE.width);
    failures.push(
      ...(await axeViolations(page, `[${mode}] formal test`, { enhancedContrast: mode === 'high contrast' })),
    );
    await context.close();
  }
  expect(failures).toEqual([]);
});
