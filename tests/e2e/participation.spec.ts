/**
 * Democratic participation on the production build: polls with their status
 * computed in the browser and results from the sample snapshot, and the
 * feedback page with its confidential channel.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/content';

interface SnapshotPoll {
  number: number;
  poll: { totalVotes: number; options: { option: string; votes: number }[] } | null;
}
const snapshot = JSON.parse(readFileSync(join(ROOT, 'src/data/discussions.json'), 'utf8')) as {
  discussions: SnapshotPoll[];
};

/** 2026-12-05 is the last day of the theme-day poll; it closes at midnight Beijing time. */
const THEME_DAY = '/polls/2026-12-theme-day/';

test.describe('polls', () => {
  test('the status flips from 投票中 to 已结束 at the close date, Beijing time', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-05T23:59:00+08:00'));
    await page.goto(THEME_DAY);
    await expect(page.locator('poll-status [data-label]')).toHaveText('投票中');
    await expect(page.getByRole('link', { name: '到 GitHub 投票' })).toBeVisible();
    await expect(page.getByRole('link', { name: '在 GitHub 查看投票' })).toBeHidden();

    await page.clock.setFixedTime(new Date('2026-12-06T00:00:30+08:00'));
    await page.reload();
    await expect(page.locator('poll-status [data-label]')).toHaveText('已结束');
    await expect(page.getByRole('link', { name: '到 GitHub 投票' })).toBeHidden();
    await expect(page.getByRole('link', { name: '在 GitHub 查看投票' })).toHaveAttribute(
      'href',
      'https://github.com/example-branch/dangjian/discussions/34',
    );
  });

  test('is 未开始 before it opens', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-10-04T12:00:00+08:00'));
    await page.goto(THEME_DAY);
    await expect(page.locator('poll-status [data-label]')).toHaveText('未开始');
    await expect(page.getByRole('link', { name: '到 GitHub 投票' })).toBeHidden();
  });

  test('the results table holds the snapshot numbers, with the sync time and what the vote guarantees', async ({
    page,
  }) => {
    await page.goto(THEME_DAY);
    const poll = snapshot.discussions.find((d) => d.number === 34)!.poll!;
    const table = page.getByRole('table', { name: `各选项得票（共 ${poll.totalVotes} 票）` });
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(poll.options.length);
    for (const [index, option] of poll.options.entries()) {
      const share = `${Math.round((option.votes / poll.totalVotes) * 100)}%`;
      await expect(rows.nth(index)).toHaveText(`${option.option}${option.votes}${share}`);
    }
    await expect(page.locator('.bar-chart svg rect')).toHaveCount(poll.options.length);
    await expect(page.getByText('数据同步于 2026年11月26日 05:03（北京时间）')).toBeVisible();
    await expect(page.getByText(/每个账号只能投一票/)).toBeVisible();
    await expect(page.getByText(/不是无记名投票选举/)).toBeVisible();
  });

  test('the list shows every poll with its status and turnout', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-26T10:00:00+08:00'));
    await page.goto('/polls/');
    const items = page.locator('.polls li');
    await expect(items).toHaveCount(6);
    const item = (title: string) => items.filter({ hasText: title });
    await expect(item('支部学习小组的固定交流时间')).toContainText('投票中');
    await expect(item('支部学习小组的固定交流时间')).toContainText('共 17 票');
    await expect(item('下学期理论学习的重点专题')).toContainText('已结束');
    // Ballots on the branch service, on a site without it: held at the meeting.
    await expect(item('2026 年度民主评议党员')).toContainText('未开始');
    await expect(item('2026 年度民主评议党员')).toContainText('党员大会表决');
    // The most recently opened first.
    await expect(items.first()).toContainText('2026 年度民主评议党员');
  });
});

test.describe('feedback', () => {
  test('offers the confidential channel; without a discussion service there is no public thread to warn about', async ({
    page,
  }) => {
    await page.goto('/feedback/');
    const report = page.getByRole('region', { name: '意见和举报怎么提' });
    await expect(report.getByText('举报不会出现在网站上。', { exact: true })).toBeVisible();
    // Without the branch service: the ways members use offline, and no form that cannot send.
    await expect(report.getByText(/当面或书面向支委会反映，也可以在党员大会上提出/)).toBeVisible();
    await expect(report.getByText(/当面或书面向支部纪检委员/)).toBeVisible();
    await expect(page.locator('branch-channel')).toHaveCount(0);
    await expect(report.getByText(/只发送给支部纪检委员/)).toBeVisible();
    const mail = report.getByRole('link', { name: '发送举报邮件' });
    const href = (await mail.getAttribute('href'))!;
    expect(href.startsWith('mailto:jubao@example.edu.cn?subject=')).toBe(true);
    const url = new URL(href);
    expect(url.searchParams.get('subject')).toBe('【举报】（请简要写明事由）');
    expect(url.searchParams.get('body')).toContain('主要事实经过：');
    // The sample site has chosen Giscus without filling it in: no thread, no notice about one (tests/e2e/waline.spec.ts has them).
    await expect(page.getByRole('note').filter({ hasText: '这里的留言' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: '意见建议留言区' })).toHaveCount(0);
    await expect(page.getByText(/欢迎当面或通过页面底部的联系方式告诉支部/)).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '意见征集', includeHidden: true }),
    ).toHaveAttribute('href', '/feedback/');
  });

  test('in WeChat, where a mail link does nothing, the address is left to copy instead of a dead button', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      userAgent:
        'Mozilla/5.0 (Linux; Android 14; Phone) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36 MicroMessenger/8.0.49',
    });
    const page = await context.newPage();
    await page.goto('/feedback/');
    const report = page.getByRole('region', { name: '意见和举报怎么提' });
    await expect(report.getByText(/微信里不能直接打开邮件程序/)).toBeVisible();
    await expect(report.getByRole('link', { name: '发送举报邮件' })).toBeHidden();
    await expect(report.getByText(/jubao@example.edu.cn/)).toBeVisible();
    await context.close();
  });
});

test.describe('statistics', () => {
  interface Post {
    date: string;
  }
  const discussions = snapshot.discussions as unknown as { posts: Post[]; poll: unknown }[];
  /** The Beijing month of an instant: UTC+8, no daylight saving. */
  const beijingMonth = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 7);

  test('the participation table holds the snapshot numbers; members only as aggregates', async ({ page }) => {
    await page.goto('/stats/');
    const table = page.getByRole('table', { name: '每月参与明细' });
    const november = discussions.flatMap((d) => d.posts).filter((p) => beijingMonth(p.date) === '2026-11').length;
    await expect(table.getByRole('row', { name: /^2026-11 / })).toContainText(`2026-11${november}`);
    const turnout = page.getByRole('table', { name: '各次投票的投票人数' });
    await expect(turnout.locator('tbody tr')).toHaveCount(discussions.filter((d) => d.poll).length);
    await expect(page.getByRole('table', { name: '讨论标题和评论中出现最多的词' }).locator('tbody tr')).toHaveCount(15);
    await expect(page.getByText('档案中共有 12 人')).toBeVisible();
    await expect(page.getByText('（示例）')).toHaveCount(0);
    await expect(page.locator('script:not([type="application/ld+json"])[src*="chart"]')).toHaveCount(0);
  });

  // Issue 34, item 5: a month just begun (0 % 达标, 0 发布 after a few days) is not set beside full months.
  test('monthly tables end with the last whole month; the month in progress is told apart in words', async ({
    page,
  }) => {
    const buildMonth = beijingMonth(new Date().toISOString());
    await page.goto('/stats/');
    for (const name of ['各栏目每月发布数', '每月学习达标情况']) {
      const months = await page.getByRole('table', { name }).locator('tbody th').allTextContents();
      expect(months.length, name).toBe(6);
      expect(months, name).not.toContain(buildMonth);
      expect(months.at(-1)! < buildMonth, name).toBe(true);
    }
    await expect(page.locator('[data-month-so-far]')).toHaveText(/^本月（.+至.+）已发布 \d+ 篇，整月结束后计入上表。$/);
    await expect(page.getByText('本月的学习记录在月底提交，整月结束后计入上表。')).toBeVisible();
  });
});
