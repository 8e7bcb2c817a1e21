/**
 * Issue 18, end to end: a member studies (Playwright's clock), opens the
 * personal link and submits the month on 我的学习 (the download captured); the
 * secretary imports that file through the real CMS form on the member's
 * archive (Decap on the production build, its local backend writing into
 * src/content/members), which refuses another member's file and changes
 * nothing on a second import; the archive on disk has the month; and
 * `npm run members:report` shows it. The test archive is removed afterwards.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/content';
import { CmsForm } from '../support/cms-form';
import { answer, sampleQuiz } from '../support/quizzes';
import { PREVIEW_PORT } from '../../tools/ports';
import { emptyLog, addStudyTime } from '../../src/lib/study/log';
import { buildSubmission, serializeSubmission } from '../../src/lib/study/submission';
import { parseEntryData } from '../../src/model/check-content';
import { entryDataProblems } from '../../src/model/check-entry';
import { collectionModel } from '../../src/model/collections';
import packageJson from '../../package.json' with { type: 'json' };

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const SITE = `http://localhost:${PREVIEW_PORT}`;
const TODAY = new Date('2026-11-26T10:00:00+08:00');
const MINUTE = 60_000;
const MEMBER = `loop-test-${Date.now().toString(36)}`;
const ARCHIVE = join(ROOT, 'src/content/members', `${MEMBER}.yml`);
const work = mkdtempSync(join(tmpdir(), 'study-loop-'));
let submitted = '';

test.beforeAll(() => {
  writeFileSync(
    ARCHIVE,
    [
      '# 端到端测试的临时档案，测试结束后删除',
      'name: 测试党员',
      'stage: 预备党员',
      'joined: 2026-01-15',
      'branch: 第一党支部',
      'status: 正常',
      'studyRecords:',
      '  - month: 2026-10',
      '    minutes: 500',
      '    testsPassed: 1',
      '',
    ].join('\n'),
  );
});

test.afterAll(() => {
  rmSync(ARCHIVE, { force: true });
  rmSync(work, { recursive: true, force: true });
});

test('a member studies, opens the personal link and submits the month', async ({ page }) => {
  await page.clock.install({ time: TODAY });
  await page.goto(`/my/?member=${MEMBER}`);
  await expect(page.locator('[data-member-label]')).toHaveText(`提交人的党员编号：${MEMBER}`);

  await page.goto('/school/party-constitution/constitution-2-members/');
  for (let minute = 0; minute < 10; minute += 1) {
    await page.mouse.move(100 + minute * 10, 200 + minute * 5);
    await page.clock.runFor(MINUTE);
  }
  await page.getByRole('button', { name: '学完本课' }).click();
  await page.clock.runFor(3 * MINUTE); // the idle limit: 13 minutes in all

  const quiz = sampleQuiz('party-constitution-test');
  await page.goto('/quizzes/party-constitution-test/');
  await page.getByRole('button', { name: '开始答题' }).click();
  for (const question of quiz.questions)
    await answer(page.locator('[data-questions] fieldset').filter({ hasText: question.stem }), question, true);
  await page.getByRole('button', { name: '交卷' }).click();
  await expect(page.locator('[data-score]')).toHaveText('100');

  await page.goto('/my/');
  await expect(page.locator('[data-member-label]')).toHaveText(`提交人的党员编号：${MEMBER}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '提交本月学习记录' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`study-record-${MEMBER}-2026-11.json`);
  submitted = join(work, download.suggestedFilename());
  await download.saveAs(submitted);
  await expect(page.locator('[data-summary] > li').first()).toHaveText(
    '学习 13 分钟（每月目标 600 分钟），其中 1 天有学习',
  );
  await expect(page.locator('[data-summary]')).toContainText('参加测试 1 次，通过 1 项');
  await expect(page.locator('[data-step-wechat]')).toContainText(
    `找到刚生成的 study-record-${MEMBER}-2026-11.json 发送`,
  );
  expect(JSON.parse(readFileSync(submitted, 'utf8'))).toMatchObject({
    member: MEMBER,
    month: '2026-11',
    record: { minutes: 13, testsPassed: 1, lessons: [{ id: 'constitution-2-members' }] },
  });
});

test('the secretary imports the file on the member’s archive in the CMS and publishes it', async ({ page }) => {
  expect(submitted).not.toBe('');
  const cms = new CmsForm(page);
  await cms.signIn(SITE);
  await cms.open(`members/entries/${MEMBER}`);
  const importer = page.locator('[data-study-import]');
  await expect(importer.getByRole('heading', { name: '导入学习记录' })).toBeVisible();
  await expect(importer.locator('[data-personal-link]')).toHaveText(new RegExp(`/my/\\?member=${MEMBER}$`));
  await expect(page.getByRole('button', { name: '已发布' })).toBeVisible();

  // Another member's file, and a damaged one: refused, the form untouched.
  const other = buildSubmission(
    addStudyTime(emptyLog(), 'x', [{ date: '2026-11-02', kind: 'read', ms: 30 * MINUTE }], 3600),
    {
      member: 'wang-fang',
      month: '2026-11',
      now: new Date('2026-11-30T12:00:00Z'),
      rules: { readingMinutesPerPoint: 10, mediaMinutesPerPoint: 10, pointsPerTestPassed: 5, pointsPerDailyCorrect: 1 },
      lessonTitle: (id) => id,
    },
  );
  await importer.getByLabel('选择学习记录文件').setInputFiles([
    {
      name: 'study-record-wang-fang-2026-11.json',
      mimeType: 'application/json',
      buffer: Buffer.from(serializeSubmission(other)),
    },
    { name: 'cut.json', mimeType: 'application/json', buffer: readFileSync(submitted).subarray(0, 120) },
  ]);
  const outcome = importer.locator('[data-import-outcome]');
  await expect(outcome).toHaveAttribute('data-import-outcome', 'refused');
  await expect(outcome).toContainText('没有导入，档案未改动：');
  await expect(outcome).toContainText('“cut.json”不是学习记录文件');
  await expect(outcome).toContainText(
    `“study-record-wang-fang-2026-11.json”是党员编号 wang-fang 的记录，不属于本档案（${MEMBER}）`,
  );
  await expect(page.getByRole('button', { name: '已发布' })).toBeVisible();

  // A file larger than any record: refused by its size, never read into the page.
  await importer
    .getByLabel('选择学习记录文件')
    .setInputFiles([
      { name: 'padding.json', mimeType: 'application/json', buffer: Buffer.alloc(2 * 1024 * 1024, 0x20) },
    ]);
  await expect(outcome).toContainText('“padding.json”有 2048 KB，远大于任何月度学习记录（不超过 256 KB），没有读取');
  await expect(outcome).toHaveAttribute('data-import-outcome', 'refused');
  await expect(page.getByRole('button', { name: '已发布' })).toBeVisible();

  await importer.getByLabel('选择学习记录文件').setInputFiles(submitted);
  await expect(outcome).toHaveAttribute('data-import-outcome', 'done');
  await expect(outcome).toContainText('已读入 1 个文件，请核对后点“发布”保存：');
  await expect(outcome).toContainText('2026-11：新增，学习 13 分钟，通过测试 1 项');
  await expect(page.getByText('2026-11 · 13 分钟')).toBeVisible();
  // For the record: the import box, its outcome and the list below it.
  await importer.locator('xpath=..').screenshot({ path: 'test-results/screenshots/cms-import.png' });

  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByText('立即发布').click();
  await expect.poll(() => readFileSync(ARCHIVE, 'utf8'), { timeout: 20_000 }).toContain('month: 2026-11');
  const written = readFileSync(ARCHIVE, 'utf8');
  // The archive's opening comment survives the CMS's YAML writer, as it survives members:import.
  expect(written.startsWith('# 端到端测试的临时档案，测试结束后删除\nname: 测试党员\n')).toBe(true);
  expect(written).toMatch(/- month: 2026-10\n\s+minutes: 500/);
  expect(written).toMatch(/- month: 2026-11\n\s+minutes: 13\n\s+testsPassed: 1\n\s+studyDays: 1\n\s+lessons: 1\n/);
  expect(written).toMatch(/submittedAt: 2026-11-\d\dT\d\d:\d\d:\d\d\+0800/);
  expect(written).toMatch(/\n\s+score: 100\n\s+passed: true\n/);

  // The same file again: nothing to save.
  await expect(page.getByRole('button', { name: '已发布' })).toBeVisible({ timeout: 20_000 });
  await importer.getByLabel('选择学习记录文件').setInputFiles(submitted);
  await expect(outcome).toContainText('2026-11：与已导入的记录相同，未改动');
  // Nothing changed, so nothing to publish: the outcome says so.
  await expect(outcome).toContainText('已读入 1 个文件，档案没有变化，无需发布：');
  await expect(outcome).not.toContainText('请核对后点“发布”保存');
  await expect(page.getByRole('button', { name: '已发布' })).toBeVisible();
  await importer.screenshot({ path: 'test-results/screenshots/cms-import-unchanged.png' });
});

test('a new archive: the import waits for the first save; saved untouched, its study records are a valid empty list', async ({
  page,
}) => {
  const cms = new CmsForm(page);
  await cms.signIn(SITE);
  await cms.open('members/new');
  const importer = page.locator('[data-study-import]');
  await expect(importer).toContainText('请先点“发布”保存这份新档案，再导入学习记录');
  await expect(importer.getByLabel('选择学习记录文件')).toHaveCount(0);
  await cms.fill('name', '临时档案');
  await cms.select('stage', '入党申请人');
  await cms.fill('branch', '第一党支部');
  // Decap starts a new entry's custom list as an object ({testsPassed: 0, …}); the widget makes it a list.
  const file = join(ROOT, await cms.publish('src/content/members'));
  try {
    const data = parseEntryData(readFileSync(file, 'utf8'), 'yml') as { studyRecords?: unknown };
    expect(data.studyRecords ?? []).toEqual([]);
    expect(entryDataProblems(collectionModel('members'), file, data)).toEqual([]);
    // Saved: now it has an id, so the import and the personal link are offered.
    await expect(importer.getByLabel('选择学习记录文件')).toBeVisible();
    await expect(importer.locator('[data-personal-link]')).toContainText('/my/?member=');
  } finally {
    rmSync(file, { force: true });
  }
});

test('npm run members:report shows the imported month', () => {
  const out = join(work, 'report');
  const [, ...args] = packageJson.scripts['members:report'].split(' ');
  const run = spawnSync(process.execPath, [...args, '2026-11', '--out', out], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const html = readFileSync(join(out, '2026-11.html'), 'utf8');
  expect(html).toContain(
    '<th scope="row">测试党员</th><td>预备党员 · 正常</td><td>13</td><td>2%</td><td>1</td><td>1</td><td>1</td>',
  );
  expect(html).toContain('本人提交');
  expect(html).toContain('属于自报数据');
  expect(existsSync(join(out, '2026-11.csv'))).toBe(true);
});
