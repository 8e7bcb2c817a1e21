/**
 * 我的学习 on phones and for a first visit (issue 19, items 1 and 8), and who
 * submits (issue 18): the tables read as cards at 320 and 390 CSS px in every
 * display mode with every cell in view; a first visit gets a welcome instead
 * of an empty chart; who submits comes from the personal link's id or a name
 * typed once, Chinese allowed (issue 34); no printable-record list says "1. 无".
 */
import { expect, test, type Page } from '@playwright/test';
import { MODES, contextIn, type Mode } from '../support/display-modes';
import { axeViolations } from '../support/axe';
import {
  addAttempt,
  addStudyTime,
  completeLesson,
  emptyLog,
  STUDY_LOG_KEY,
  type QuizAttempt,
} from '../../src/lib/study/log';
import { MEMBER_KEY } from '../../src/lib/members/identity';

const TODAY = new Date('2026-11-26T10:00:00+08:00');

/** A month with study on several days, a lesson, and tests with long names and full marks. */
function busyLog() {
  let log = emptyLog();
  for (const [day, minutes] of [
    [3, 25],
    [12, 40],
    [20, 18],
    [26, 33],
  ] as const) {
    log = addStudyTime(
      log,
      `lessons/day-${day}`,
      [{ date: `2026-11-${String(day).padStart(2, '0')}`, kind: 'read', ms: minutes * 60_000 }],
      3600,
    );
  }
  log = completeLesson(log, 'constitution-2-members', '2026-11-20');
  const attempt = (id: string, over: Partial<QuizAttempt>): QuizAttempt => ({
    id,
    quiz: id,
    title: '中国共产党章程（2022 年修订）全文知识在线测试',
    kind: 'test',
    date: '2026-11-20',
    correct: 10,
    total: 10,
    percent: 100,
    passed: true,
    seconds: 754,
    ...over,
  });
  log = addAttempt(log, attempt('t1', {}));
  log = addAttempt(
    log,
    attempt('t2', {
      title: '支部生活',
      kind: 'contest',
      correct: 3,
      total: 20,
      percent: 15,
      passed: false,
      date: '2026-11-21',
      seconds: 3599,
    }),
  );
  return addAttempt(
    log,
    attempt('t3', { kind: 'daily', title: '每日答题', correct: 5, total: 5, date: '2026-11-26', seconds: 61 }),
  );
}

async function openWithLog(page: Page, log = busyLog()) {
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    STUDY_LOG_KEY,
    JSON.stringify(log),
  ] as const);
  await page.clock.install({ time: TODAY });
  await page.goto('/my/');
  await expect(page.locator('[data-dashboard]')).toBeVisible();
}

/** Every cell of the page's tables that is shown: is it inside its panel, and is its text not clipped? */
function cellProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width)
      problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    for (const cell of document.querySelectorAll<HTMLElement>('my-study table td, my-study table tbody th')) {
      if (cell.closest('[hidden]') || cell.getClientRects().length === 0) continue;
      const box = cell.getBoundingClientRect();
      const panel = cell.closest('.panel, .record')!.getBoundingClientRect();
      const text = cell.textContent!.trim().slice(0, 12);
      if (box.left < panel.left - 0.5 || box.right > panel.right + 0.5)
        problems.push(
          `“${text}” outside its card (${Math.round(box.left)}–${Math.round(box.right)} of ${Math.round(panel.left)}–${Math.round(panel.right)})`,
        );
      if (cell.scrollWidth > cell.clientWidth + 1) problems.push(`“${text}” clipped`);
    }
    return problems;
  });
}

for (const width of [320, 390]) {
  test(`at ${width} px every table cell is in view in every display mode, rows as labelled cards`, async ({
    browser,
  }) => {
    for (const mode of Object.keys(MODES) as Mode[]) {
      const context = await contextIn(browser, mode, { width, height: 844 });
      const page = await context.newPage();
      await openWithLog(page);
      // The printable record is drawn too once it has a name (it sits below the dashboard on screen).
      await page.locator('[data-record-name]').fill('王芳（示例）');
      expect(await cellProblems(page), `${mode} at ${width}px`).toEqual([]);
      // Newest first: the contest of 21 November is the second card; its score cell names its column.
      const score = page.locator('[data-tests] tr').nth(1).locator('td').nth(2);
      await expect(score).toHaveText('15 分（3/20）');
      expect(await score.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"成绩"');
      await expect(page.locator('my-study [data-tests-table] thead')).toHaveCSS('position', 'absolute');
      await context.close();
    }
  });
}

test('on a desktop the tables stay tables', async ({ page }) => {
  await openWithLog(page);
  await expect(page.locator('[data-tests-table] thead th').first()).toBeVisible();
  await expect(page.locator('[data-tests] tr').nth(1).locator('td').nth(2)).toHaveText('15 分（3/20）');
  expect(
    await page
      .locator('[data-tests] td')
      .first()
      .evaluate((td) => getComputedStyle(td, '::before').content),
  ).toBe('none');
  expect(await cellProblems(page)).toEqual([]);
});

test('the printable 学习档案 lists lessons, or says 无 without a numbered list', async ({ page }) => {
  await openWithLog(page);
  await page.locator('[data-record-name]').fill('王芳（示例）');
  await expect(page.locator('[data-r-lessons] li')).toHaveText([
    '党章基础知识 · 党员：条件、义务和权利（2026年11月20日）',
  ]);
  await page.locator('[data-record-month]').selectOption({ label: '2026年11月' });
  const log = emptyLog();
  await openWithLog(
    page,
    addStudyTime(log, 'articles/x', [{ date: '2026-11-02', kind: 'read', ms: 5 * 60_000 }], 3600),
  );
  await page.locator('[data-record-name]').fill('王芳（示例）');
  await expect(page.locator('[data-record]')).toBeVisible();
  await expect(page.locator('[data-r-lessons]')).toBeHidden();
  await expect(page.locator('[data-r-no-lessons]')).toHaveText('无');
  await expect(page.locator('[data-r-tests-table]')).toBeHidden();
  await expect(page.locator('[data-r-no-tests]')).toHaveText('无');
});

test('a first visit gets a welcome and where to start, not an empty chart', async ({ browser }) => {
  for (const mode of ['default', 'dark'] as Mode[]) {
    const context = await contextIn(browser, mode, { width: 390, height: 844 });
    const page = await context.newPage();
    await page.goto('/my/');
    await expect(page.getByRole('heading', { name: '欢迎开始学习' })).toBeVisible();
    await expect(page.locator('[data-chart]')).toBeHidden();
    await expect(page.locator('.welcome-links a')).toHaveText(['网上党校', '每日一学', '在线测试']);
    await page.getByRole('link', { name: '网上党校' }).click();
    await expect(page).toHaveURL(/\/school\/$/);
    await context.close();
  }
});

test('the personal link names the member once, the address forgets it, and a typed name replaces it', async ({
  page,
}) => {
  await page.goto('/my/?member=Wang-Fang');
  await expect(page.locator('[data-member-status]')).toHaveText('已按个人链接记住你的党员编号：wang-fang。');
  await expect(page.locator('[data-member-label]')).toHaveText('提交人的党员编号：wang-fang');
  expect(new URL(page.url()).search).toBe('');
  expect(await page.evaluate((key) => localStorage.getItem(key), MEMBER_KEY)).toBe('wang-fang');
  await page.reload();
  await expect(page.locator('[data-member-label]')).toHaveText('提交人的党员编号：wang-fang');

  // Issue 34: a member types their name as they like; Chinese is a name, not a refused id.
  await page.getByRole('button', { name: '更改提交人' }).click();
  const input = page.getByLabel('提交人姓名');
  await expect(input).toBeFocused();
  await input.fill('   ');
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.locator('[data-member-status]')).toHaveText('请填写你的姓名（1 到 40 个字）。');
  await input.fill(' 李华 ');
  await input.press('Enter');
  await expect(page.locator('[data-member-label]')).toHaveText('提交人：李华');
  await page.reload();
  await expect(page.locator('[data-member-label]')).toHaveText('提交人：李华');

  await page.goto('/my/?member=wang-');
  await expect(page.locator('[data-member-status]')).toHaveText(
    '链接中的党员编号“wang-”格式不对，没有采用。请核对支部书记发来的链接。',
  );
  await expect(page.locator('[data-member-label]')).toHaveText('提交人：李华');
});

test('without a name, 提交 asks for it first; the file carries the typed name; it can be copied for WeChat', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openWithLog(page);
  await page.getByRole('button', { name: '提交本月学习记录' }).click();
  await expect(page.locator('[data-member-status]')).toHaveText('请先填写姓名，再提交学习记录。');
  await expect(page.getByLabel('提交人姓名')).toBeFocused();
  await page.getByLabel('提交人姓名').fill('张明');
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('button', { name: '提交本月学习记录' })).toBeFocused();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '提交本月学习记录' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('study-record-2026-11.json');
  await expect(page.locator('[data-summary] > li')).toHaveText([
    '学习 116 分钟（每月目标 600 分钟），其中 4 天有学习',
    '学完课时 1 个',
    '参加测试 2 次，通过 1 项',
    '2026年11月20日　中国共产党章程（2022 年修订）全文知识在线测试：100 分（10/10），及格',
    '2026年11月21日　支部生活：15 分（3/20），未及格',
    '学习积分 21 分',
  ]);
  await page.getByRole('button', { name: '复制记录内容' }).click();
  await expect(page.locator('[data-copy-status]')).toHaveText('已复制，可以粘贴到微信聊天中发送。');
  const pasted = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  expect(pasted).toMatchObject({ name: '张明', month: '2026-11', record: { minutes: 116 } });
  expect(pasted.member).toBeUndefined();
  expect(pasted).toEqual(
    JSON.parse(
      await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8')),
    ),
  );

  // Early in December, last month's record is the one offered.
  await page.clock.setSystemTime(new Date('2026-12-03T09:00:00+08:00'));
  await page.reload();
  await expect(page.locator('[data-submit-month]')).toHaveValue('2026-11');
  await expect(page.getByRole('button', { name: '提交2026年11月学习记录' })).toBeVisible();
});

test('axe finds nothing on 我的学习 with records and a submitted summary, in every display mode', async ({
  browser,
}) => {
  const failures: string[] = [];
  for (const mode of Object.keys(MODES) as Mode[]) {
    const context = await contextIn(browser, mode, { width: 390, height: 844 });
    const page = await context.newPage();
    await page.addInitScript((key) => localStorage.setItem(key, 'zhang-ming'), MEMBER_KEY);
    await openWithLog(page);
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '提交本月学习记录' }).click()]);
    failures.push(...(await axeViolations(page, `[${mode}] /my/`, { enhancedContrast: mode === 'high contrast' })));
    await context.close();
  }
  expect(failures).toEqual([]);
});
