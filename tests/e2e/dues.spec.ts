/**
 * 党费 (issue 33): the public calculator at the boundary incomes on a 390 px
 * phone in large text, in every display mode and with the network cut (it
 * stores and sends nothing); and the private ledger, which flags exactly the
 * members three or more months behind, opened in Chromium as the secretary does.
 */
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MODES, contextIn, type Mode } from '../support/display-modes';
import { axeViolations } from '../support/axe';
import { npmScriptArgs } from '../support/npm-script';

const PHONE = { width: 390, height: 844 };

async function compute(page: Page, kind: string, base?: string) {
  await page.getByRole('radio', { name: kind }).check();
  if (base !== undefined) await page.getByRole('textbox').fill(base);
  await page.getByRole('button', { name: '计算' }).click();
  return page.getByRole('status');
}

test.describe('党费计算 on a phone in large text', () => {
  test('gives the amount and bracket at 3000, 3000.01, 5000 and 10000 元, offline, storing and sending nothing', async ({
    browser,
  }) => {
    const context = await contextIn(browser, 'large text', PHONE);
    const page = await context.newPage();
    await page.goto('/dues/');
    const storedBefore = await page.evaluate(() => JSON.stringify(localStorage));
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await context.setOffline(true);

    for (const [base, amount, range, percent] of [
      ['3000', '15.00', '3000 元及以下', '0.5'],
      ['3000.01', '30.00', '3000 元以上至 5000 元（含）', '1'],
      ['5000', '50.00', '3000 元以上至 5000 元（含）', '1'],
      ['10000', '150.00', '5000 元以上至 10000 元（含）', '1.5'],
      ['10000.01', '200.00', '10000 元以上', '2'],
    ] as const) {
      const result = await compute(page, '在职党员', base);
      await expect(result).toContainText(
        `每月应交党费 ${amount} 元：${base} 元属于“${range}”一档，按 ${percent}% 交纳。`,
      );
    }
    await expect(await compute(page, '离退休党员', '5000')).toContainText('每月应交党费 25.00 元');
    await expect(await compute(page, '离退休党员', '5000.01')).toContainText('每月应交党费 50.00 元');
    await expect(await compute(page, '学生党员')).toContainText('每月应交党费 0.20 元');
    await expect(page.getByRole('textbox')).toBeHidden();
    await expect(await compute(page, '农民党员')).toContainText('本支部定为 0.20 元');
    await expect(await compute(page, '在职党员', '3000.001')).toHaveText(
      '请填写金额，如 3000 或 3000.01（最多两位小数）。',
    );

    expect(requests).toEqual([]);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(storedBefore);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    // Nothing sticks out of the phone's width in large text.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: test.info().outputPath('dues-phone-large-text.png'), fullPage: true });
    await context.close();
  });

  for (const mode of Object.keys(MODES) as Mode[]) {
    test(`works and passes axe in ${mode} mode`, async ({ browser }) => {
      const context = await contextIn(browser, mode, PHONE);
      const page = await context.newPage();
      await page.goto('/dues/');
      await expect(await compute(page, '在职党员', '3000.01')).toContainText('30.00 元');
      expect(await axeViolations(page, `[${mode}] /dues/`, { enhancedContrast: mode === 'high contrast' })).toEqual([]);
      await context.close();
    });
  }

  test('explains the base and shows the rules without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto('/dues/');
    await expect(page.getByRole('heading', { name: '计算基数是什么' })).toBeVisible();
    await expect(page.getByRole('table')).toContainText('3000 元以上至 5000 元（含）');
    await expect(page.getByRole('button', { name: '计算' })).toBeHidden();
    await context.close();
  });
});

test.describe('the private dues ledger', () => {
  let work: string;
  test.beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'dues-ledger-'));
    mkdirSync(join(work, 'members'));
  });
  test.afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** An archive with 2025's dues paid for `paid` (month numbers); 2025 is over, so all twelve are due. */
  const archive = (id: string, name: string, paid: number[]) =>
    writeFileSync(
      join(work, 'members', `${id}.yml`),
      [
        `name: ${name}`,
        'stage: 正式党员',
        'joined: 2010-07-01',
        'branch: 测试支部',
        'status: 正常',
        'dues:',
        '  - year: 2025',
        '    kind: 在职党员',
        "    base: '4000'",
        "    monthly: '40.00'",
        '    payments:',
        ...paid.flatMap((m) => [
          `      - month: 2025-${String(m).padStart(2, '0')}`,
          `        date: 2025-${String(m).padStart(2, '0')}-10`,
          '        method: 现金',
        ]),
      ].join('\n'),
    );

  test('flags exactly the members three or more months behind', async ({ page }) => {
    const months = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    archive('all-paid', '全交（示例）', months(1, 12));
    archive('two-behind', '欠两月（示例）', months(1, 10));
    archive('three-behind', '欠三月（示例）', months(1, 9));
    archive('four-behind', '欠四月（示例）', months(1, 8));
    archive('gap-early', '前面欠过（示例）', [1, 6, 7, 8, 9, 10, 11, 12]);
    const out = join(work, 'out');
    const run = spawnSync(process.execPath, [...npmScriptArgs('dues:report'), '2025', '--out', out], {
      cwd: join(import.meta.dirname, '../..'),
      encoding: 'utf8',
      env: { ...process.env, MEMBERS_DIR: join(work, 'members') },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);

    await page.goto(pathToFileURL(join(out, '2025-ledger.html')).href);
    await expect(page.locator('tr.flagged th')).toHaveText(['欠四月（示例）', '欠三月（示例）']);
    await expect(page.locator('tr[data-member="four-behind"]')).toContainText('已连续 4 个月未交');
    await expect(page.locator('tr[data-member="gap-early"] td.unpaid')).toHaveCount(4);
    await expect(page.getByText('连续 3 个月及以上未交：2 人（欠四月（示例）、欠三月（示例））。')).toBeVisible();

    const csv = readFileSync(join(out, '2025-ledger.csv'), 'utf8');
    expect(csv.split('\r\n').filter((line) => line.includes('已连续'))).toHaveLength(2);

    // The archives are files by name: the ledger lists them in that order.
    // The 公示 lists totals, never who is behind, and no names unless the settings say so.
    await page.goto(pathToFileURL(join(out, '2025-notice.html')).href);
    await expect(page.locator('body')).toContainText('本年度共有 5 名党员交纳党费');
    await expect(page.locator('body')).not.toContainText('示例');
    await expect(page.locator('body')).not.toContainText('未交');
  });
});
