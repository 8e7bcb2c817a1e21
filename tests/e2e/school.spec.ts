import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { answer, sampleQuiz } from '../support/quizzes';
import { axeViolations } from '../support/axe';

const TODAY = new Date('2026-11-26T10:00:00+08:00');
const MINUTE = 60_000;

/** The visible summary of 我的学习, to compare two browsers. */
async function myStudySummary(page: Page) {
  await page.goto('/my/');
  const dashboard = page.locator('[data-dashboard]');
  await expect(dashboard).toBeVisible();
  return {
    month: await page.locator('[data-month-minutes]').textContent(),
    stats: await dashboard.locator('.stats').innerText(),
    courses: await page.locator('[data-courses]').innerText(),
    tests: await page.locator('[data-tests]').innerText(),
  };
}

test('course test: keyboard start, some right and some wrong, score and review, recorded on 我的学习', async ({
  page,
}) => {
  const id = 'member-development-test';
  const quiz = sampleQuiz(id);
  await page.clock.install({ time: TODAY });
  await page.goto(`/quizzes/${id}/`);
  await expect(page.getByText('不作为正式考核')).toBeVisible();
  await page.getByRole('button', { name: '开始答题' }).focus();
  await page.keyboard.press('Enter');

  // This test keeps its order (shuffle: false): answer every third question wrong.
  const right = quiz.questions.map((_, i) => i % 3 !== 2);
  const fieldsets = page.locator('[data-questions] fieldset');
  await expect(fieldsets).toHaveCount(quiz.questions.length);
  // Keyboard: the first radio has focus; the arrow key moves to and checks the next option.
  expect(quiz.questions[0]!.answer[0]).toBe(quiz.questions[0]!.options![1]);
  await page.keyboard.press('ArrowDown');
  await expect(fieldsets.first().getByLabel(quiz.questions[0]!.answer[0]!, { exact: true })).toBeChecked();
  for (const [i, question] of quiz.questions.entries()) if (i > 0) await answer(fieldsets.nth(i), question, right[i]!);

  await page.getByRole('button', { name: '交卷' }).click();
  const correct = right.filter(Boolean).length;
  const percent = Math.floor((correct * 100) / quiz.questions.length);
  await expect(page.locator('[data-score]')).toHaveText(String(percent));
  await expect(page.locator('[data-correct]')).toHaveText(`${correct} / ${quiz.questions.length} 题`);
  await expect(page.locator('[data-verdict]')).toHaveText(
    `${percent >= quiz.passPercent ? '及格' : '未及格'}（及格线 ${quiz.passPercent} 分）`,
  );
  const review = page.locator('[data-review] > li');
  await expect(review).toHaveCount(quiz.questions.length);
  const wrongOne = review.nth(2);
  await expect(wrongOne).toContainText('✗ 答错');
  await expect(wrongOne).toContainText(`正确答案：${quiz.questions[2]!.answer[0]}`);
  await expect(review.first()).toContainText('✓ 答对');

  await page.goto('/my/');
  await expect(page.locator('[data-tests]')).toContainText(`${quiz.title}（在线测试）`);
  await expect(page.locator('[data-tests]')).toContainText(`${percent} 分（${correct}/${quiz.questions.length}）`);
});

test('交卷 with blank questions asks first (keyboard), and the review marks them 未作答, not 答错', async ({
  page,
}) => {
  const id = 'member-development-test';
  const quiz = sampleQuiz(id);
  await page.goto(`/quizzes/${id}/`);
  await page.getByRole('button', { name: '开始答题' }).click();
  const fieldsets = page.locator('[data-questions] fieldset');
  // Unshuffled: answer the first two (one right, one wrong) and leave the rest blank.
  await answer(fieldsets.nth(0), quiz.questions[0]!, true);
  await answer(fieldsets.nth(1), quiz.questions[1]!, false);
  const blank = quiz.questions.length - 2;

  const submit = page.getByRole('button', { name: '交卷' });
  await submit.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `还有 ${blank} 题未作答` });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('未作答的题不得分。');
  // The safe choice has focus; Esc keeps answering and lands on the first blank question.
  await expect(dialog.getByRole('button', { name: '继续答题' })).toBeFocused();
  expect(await axeViolations(page, '[default] quiz confirmation')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('[data-result]')).toBeHidden();
  await expect(fieldsets.nth(2).locator('input').first()).toBeFocused();

  await submit.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: '仍然交卷' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-correct]')).toHaveText(`1 / ${quiz.questions.length} 题`);
  const review = page.locator('[data-review] > li');
  await expect(review.nth(0)).toContainText('✓ 答对');
  await expect(review.nth(1)).toContainText('✗ 答错');
  for (let i = 2; i < quiz.questions.length; i += 1) {
    await expect(review.nth(i)).toContainText('○ 未作答');
    await expect(review.nth(i)).toContainText('你的答案：未作答');
    await expect(review.nth(i)).not.toContainText('答错');
  }
});

test('交卷 with every question answered submits at once, without asking', async ({ page }) => {
  const quiz = sampleQuiz('branch-life-test');
  await page.goto('/quizzes/branch-life-test/');
  await page.getByRole('button', { name: '开始答题' }).click();
  for (const question of quiz.questions)
    await answer(page.locator('[data-questions] fieldset').filter({ hasText: question.stem }), question, false);
  await page.getByRole('button', { name: '交卷' }).click();
  await expect(page.locator('[data-score]')).toHaveText('0');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.locator('[data-review]')).not.toContainText('未作答');
});

test('a contest that runs out of time submits itself', async ({ page }) => {
  const id = 'knowledge-contest-2026';
  const quiz = sampleQuiz(id);
  await page.clock.install({ time: TODAY });
  await page.goto(`/quizzes/${id}/`);
  await page.getByRole('button', { name: '开始答题' }).click();
  await expect(page.locator('[data-questions] fieldset')).toHaveCount(quiz.drawCount!);
  await expect(page.getByRole('timer')).toHaveText(`0${quiz.timeLimitMinutes}:00`);
  await page.clock.runFor(quiz.timeLimitMinutes! * MINUTE - 30_000);
  await expect(page.getByRole('timer')).toHaveText('00:30');
  await expect(page.locator('[data-result]')).toBeHidden();
  // The member is still being asked about blank questions when time runs out: it submits anyway.
  await page.getByRole('button', { name: '交卷' }).click();
  await expect(page.getByRole('dialog', { name: `还有 ${quiz.drawCount} 题未作答` })).toBeVisible();
  await page.clock.runFor(31_000);
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByText('时间到，已自动交卷。')).toBeVisible();
  await expect(page.locator('[data-time-used]')).toHaveText(`0${quiz.timeLimitMinutes}:00`);
  await expect(page.locator('[data-correct]')).toHaveText(`0 / ${quiz.drawCount} 题`);
  await expect(page.locator('[data-date]')).toHaveText('2026年11月26日');
  await expect(page.getByText('可以截图分享这张成绩卡。')).toBeVisible();
});

test('study time on a lesson counts while active, pauses when idle, and shows on 我的学习', async ({ page }) => {
  await page.clock.install({ time: TODAY });
  await page.goto('/school/party-constitution/constitution-2-members/');
  for (let minute = 0; minute < 10; minute += 1) {
    await page.mouse.move(100 + minute * 10, 200 + minute * 5);
    await page.clock.runFor(MINUTE);
  }
  // No interaction for 20 minutes: only the first 3 (the idle limit) count.
  await page.clock.runFor(20 * MINUTE);
  await expect(page.locator('study-timer')).toContainText('今天在本页学习了 12 分钟');
  await page.goto('/my/');
  await expect(page.locator('[data-month-minutes]')).toHaveText('本月已学习 12 分钟 / 目标 600 分钟');
  await expect(page.locator('[data-chart] svg')).toHaveAttribute('aria-label', /共 12 分钟/);
});

test('the daily quiz is the same set for everyone on a day, another the next day, scored once a day', async ({
  browser,
}) => {
  const stems = async (time: Date) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.clock.install({ time });
    await page.goto('/quizzes/daily-practice/');
    await page.getByRole('button', { name: '开始答题' }).click();
    const legends = await page.locator('[data-questions] legend').allTextContents();
    return { legends, page, context };
  };
  const first = await stems(TODAY);
  const second = await stems(new Date('2026-11-26T23:30:00+08:00'));
  expect(first.legends).toHaveLength(5);
  expect(second.legends).toEqual(first.legends);
  const nextDay = await stems(new Date('2026-11-27T00:10:00+08:00'));
  expect(nextDay.legends).not.toEqual(first.legends);

  const { page } = first;
  await page.getByRole('button', { name: '交卷' }).click();
  await page.getByRole('button', { name: '仍然交卷' }).click();
  await expect(page.getByText('成绩已记入“我的学习”。')).toBeVisible();
  await page.reload();
  await expect(page.getByText('今天的每日答题已完成：答对 0 / 5 题。明天再来！')).toBeVisible();
  await page.getByRole('button', { name: '再练一次（不计成绩）' }).click();
  await page.getByRole('button', { name: '交卷' }).click();
  await page.getByRole('button', { name: '仍然交卷' }).click();
  await expect(page.getByText('练习模式：今天的成绩已记录，本次不计成绩。')).toBeVisible();
  await page.goto('/my/');
  await expect(page.locator('[data-tests] tr')).toHaveCount(1);
  for (const { context } of [first, second, nextDay]) await context.close();
});

test('a backup restored into a fresh browser reproduces 我的学习; a bad file is refused clearly', async ({
  browser,
}) => {
  const source = await browser.newContext();
  const page = await source.newPage();
  await page.clock.install({ time: TODAY });
  await page.goto('/school/branch-life/branch-1-three-meetings/');
  await page.getByRole('button', { name: '学完本课' }).click();
  await expect(page.getByText('✓ 已于 2026年11月26日 学完本课')).toBeVisible();
  await page.mouse.move(50, 50);
  await page.clock.runFor(5 * MINUTE); // one interaction: the idle limit leaves 3 minutes
  await page.goto('/quizzes/branch-life-test/');
  await page.getByRole('button', { name: '开始答题' }).click();
  await page.getByRole('button', { name: '交卷' }).click();
  const before = await myStudySummary(page);
  expect(before.month).toBe('本月已学习 3 分钟 / 目标 600 分钟');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '备份学习记录' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('study-log-2026-11-26.json');
  const file = await download.path();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.clock.install({ time: TODAY });
  await other.goto('/my/');
  await other
    .locator('[data-import]')
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"name":"x"}') });
  await expect(other.locator('[data-data-status]')).toHaveText(
    '这不是本网站的学习记录备份文件。请选择“备份学习记录”得到的备份文件 / not a study log backup of this site',
  );
  await other.locator('[data-import]').setInputFiles(file);
  await expect(other.locator('[data-data-status]')).toHaveText('已恢复并合并学习记录。');
  expect(await myStudySummary(other)).toEqual(before);
  // Restoring the same file again changes nothing.
  await other
    .locator('[data-import]')
    .setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: readFileSync(file) });
  await expect(other.locator('[data-data-status]')).toHaveText('已恢复并合并学习记录。');
  expect(await myStudySummary(other)).toEqual(before);
  await source.close();
  await fresh.close();
});

test('a member follows a course from the first lesson to passing its test', async ({ page }) => {
  const quiz = sampleQuiz('party-constitution-test');
  await page.goto('/school/party-constitution/');
  await page.getByRole('link', { name: '开始学习' }).click();
  for (let lesson = 1; ; lesson += 1) {
    await expect(page.getByText(`第 ${lesson} 课时`, { exact: true })).toBeVisible();
    await page.getByRole('button', { name: '学完本课' }).click();
    const next = page.getByRole('link', { name: /^下一课/ });
    if ((await next.count()) === 0) break;
    await next.click();
  }
  await page.getByRole('link', { name: quiz.title }).click();
  await page.getByRole('button', { name: '开始答题' }).click();
  // Shuffled: find each question by its stem.
  for (const question of quiz.questions)
    await answer(page.locator('[data-questions] fieldset').filter({ hasText: question.stem }), question, true);
  await page.getByRole('button', { name: '交卷' }).click();
  await expect(page.locator('[data-score]')).toHaveText('100');
  await expect(page.locator('[data-verdict]')).toHaveText(`及格（及格线 ${quiz.passPercent} 分）`);
  await page.goto('/school/');
  await expect(page.locator('[data-course-lessons]').filter({ hasText: '党章基础知识' })).toContainText(
    '已学 4 / 4 课时',
  );
});

test('without JavaScript a quiz is readable and says it needs JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const quiz = sampleQuiz('branch-life-test');
  await page.goto('/quizzes/branch-life-test/');
  await expect(page.getByText('答题需要启用 JavaScript。')).toBeVisible();
  for (const question of quiz.questions) await expect(page.getByText(question.stem)).toBeVisible();
  await expect(page.getByRole('button', { name: '开始答题' })).toBeHidden();
  await context.close();
});

/** One second of 8-bit silence, as WAV bytes: a real media file without a file. */
function silentWav(rate = 8000): Buffer {
  const data = Buffer.alloc(rate, 128);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

test('media playing on a page counts as study time without any interaction', async ({ page }) => {
  await page.clock.install({ time: TODAY });
  // Served from the site's own origin, as uploads are: the CSP allows media only from there.
  await page.route('**/uploads/test-silence.wav', (route) =>
    route.fulfill({ body: silentWav(), contentType: 'audio/wav' }),
  );
  await page.goto('/articles/party-dues-standard/');
  // Sample lessons have no media yet: put an <audio> on the page, as a lesson with media has.
  await page.evaluate(async (src) => {
    const audio = Object.assign(document.createElement('audio'), { src, loop: true, muted: true, controls: true });
    document.querySelector('main')!.append(audio);
    await audio.play();
  }, '/uploads/test-silence.wav');
  await page.clock.runFor(10 * MINUTE);
  await page.evaluate(() => document.querySelector('audio')!.pause());
  // Pausing is an interaction: reading time runs on until the idle limit (3 minutes), then stops.
  await page.clock.runFor(10 * MINUTE);
  await expect(page.locator('study-timer [data-today]')).toHaveText('今天在本页学习了 13 分钟');
  await page.goto('/my/');
  await expect(page.locator('[data-month-minutes]')).toHaveText('本月已学习 13 分钟 / 目标 600 分钟');
  await expect(page.locator('[data-points-of="media"]')).toHaveText('1');
  await expect(page.locator('[data-points-of="reading"]')).toHaveText('0');
});

test('a lesson lists its attachments as downloads', async ({ page, request }) => {
  await page.goto('/school/branch-life/branch-4-party-dues/');
  const link = page
    .getByRole('region', { name: '附件' })
    .getByRole('link', { name: '在职党员党费交纳标准一览表（PDF）' });
  const response = await request.get((await link.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
});
