/**
 * 发展党员 due items (issue 33) under `npm start`: an applicant entered in the
 * real CMS (decap-server writing src/content/members/) shows on the editors'
 * help page with the item the rules make due, computed for today in Beijing;
 * the published help page (the production build) lists no one.
 */
import { expect, test } from '@playwright/test';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/content';
import { CmsForm } from '../support/cms-form';
import { addCivilMonths, civilDateInShanghai, formatCivilDate } from '../../src/lib/civil-date';
import { DEV_SITE, startDevServer, type DevServer } from '../support/dev-server';

const site = DEV_SITE;
let dev: DevServer | undefined;

test.describe.configure({ timeout: 240_000 });

test.beforeAll(async () => {
  dev = await startDevServer();
  await dev.ready('/admin/help/');
});

test.afterAll(async () => {
  await dev?.stop();
});

test('an applicant entered in the CMS shows the right due item on the help page', async ({ page }) => {
  const today = civilDateInShanghai(new Date());
  // Applied two months ago, no 谈话 yet: the talk was due a month after the application (第七条).
  const applied = addCivilMonths(today, -2);
  const talkDue = addCivilMonths(applied, 1);
  const form = new CmsForm(page);
  let created: string | undefined;
  try {
    await form.signIn(site);
    await form.open('members/new');
    await form.fill('name', '测试申请人（示例）');
    await form.select('stage', '入党申请人');
    await form.fill('joined', applied);
    await form.fill('branch', '计算机学院第一党支部');
    await form.fill('applied', applied);
    created = await form.publish('src/content/members');
    const id = created.replace(/^.*\//, '').replace(/\.yml$/, '');

    await expect(async () => {
      // A fresh load each time: going to the same address with the same #fragment again would only scroll.
      await page.goto(`${site}/admin/help/?at=${Date.now()}#development`);
      const row = page.locator(`tr[data-member="${id}"]`);
      await expect(row, 'the new applicant’s row').toHaveCount(1, { timeout: 2000 });
      await expect(row).toHaveAttribute('data-rule', 'talk');
      await expect(row).toHaveAttribute('data-status', 'overdue');
      await expect(row).toContainText('测试申请人（示例）');
      await expect(row).toContainText('派人同入党申请人谈话');
      await expect(row).toContainText(`${formatCivilDate(talkDue)}前`);
      await expect(row).toContainText('《中国共产党发展党员工作细则》第七条');
    }).toPass({ timeout: 60_000 });

    // The sample applicants are listed too: 郑娜's 谈话 is overdue since 2026-10-18.
    await expect(page.locator('tr[data-member="zheng-na"][data-rule="talk"]')).toHaveAttribute(
      'data-status',
      'overdue',
    );
  } finally {
    if (created) rmSync(join(ROOT, created), { force: true });
  }
});

test('the published help page lists no one, only the rules', async ({ page }) => {
  await page.goto('/admin/help/#development');
  const section = page.locator('[data-development]');
  await expect(section).toContainText('发布的网站不含任何党员信息');
  await expect(section.locator('tr[data-member]')).toHaveCount(0);
  await section.getByText('规定及出处').click();
  await expect(section).toContainText('预备期为一年，从支部大会通过其为预备党员之日算起');
});
