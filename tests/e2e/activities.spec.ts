import { expect, test, type Page } from '@playwright/test';
import { entries } from '../support/resource-content';
import { shownAuthor } from '../../src/lib/content/byline';

test.describe('思想汇报', () => {
  test('lists reports by quarter and by stage; a report shows author, stage and date, and no discussion box while no service is set up', async ({
    page,
  }) => {
    await page.goto('/reports/');
    await expect(page.getByRole('heading', { level: 2, name: /2026年第4季度/ })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /2025年第4季度/ })).toBeVisible();

    await page.getByRole('navigation', { name: '按阶段浏览' }).getByRole('link', { name: '发展对象' }).click();
    await expect(page).toHaveURL(/\/reports\/stage\/candidate\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('思想汇报：发展对象');
    const badges = await page.locator('main article .card-badge').allTextContents();
    expect(badges.length).toBeGreaterThanOrEqual(2);
    expect(new Set(badges)).toEqual(new Set(['发展对象']));

    await page.getByRole('link', { name: '参加发展对象培训班的体会' }).click();
    await expect(page.getByText('汇报人：刘同志').first()).toBeVisible();
    await expect(page.getByRole('link', { name: '阶段：发展对象' })).toBeVisible();
    await expect(page.locator('time[datetime="2026-10-25"]')).toBeVisible();
    await expectNoThreadWithoutService(page);
  });

  test('a report names its author as the editor chose: 姓 + 同志 by default, the full name or 匿名 only when chosen', async ({
    page,
  }) => {
    const reports = entries('reports');
    await page.goto('/reports/');
    for (const report of reports) {
      const author = String(report.data.author);
      const card = page
        .locator('main .entry-card')
        .filter({ has: page.getByRole('link', { name: String(report.data.title), exact: true }) });
      await expect(card).toContainText(`汇报人：${shownAuthor(author, report.data.byline as string | undefined)}`);
      if (report.data.byline !== '全名') await expect(card).not.toContainText(author);
    }
    const veteran = reports.find((r) => r.data.byline === '全名')!;
    const anonymous = reports.find((r) => r.data.byline === '匿名')!;
    const defaulted = reports.find((r) => r.data.byline === '姓 + 同志')!;
    const cases = [
      [veteran, `汇报人：${veteran.data.author}`],
      [anonymous, '汇报人：匿名'],
      [defaulted, `汇报人：${String(defaulted.data.author).slice(0, 1)}同志`],
    ] as const;
    for (const [report, shown] of cases) {
      await page.goto(`/reports/${report.id}/`);
      await expect(page.locator('.entry-meta')).toContainText(shown);
      if (report !== veteran) expect(await page.locator('main').innerText()).not.toContain(String(report.data.author));
    }
  });

  test('the help page explains each way to submit', async ({ page }) => {
    await page.goto('/reports/');
    await page.getByRole('link', { name: '如何提交思想汇报' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('如何提交思想汇报和征文');
    await expect(page.getByRole('heading', { name: /在网站后台提交/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /开放投稿/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /请编辑代为发布/ })).toBeVisible();
  });
});

test.describe('专题征文', () => {
  const OPEN = '/contests/2026-winter-my-branch-story/';

  test('a finished contest shows its awards and its entries, each with a page', async ({ page }) => {
    await page.goto('/contests/2026-summer-party-history-reflections/');
    await expect(page.locator('contest-status [data-label]')).toHaveText('已结束');
    const awards = page.getByRole('region', { name: '评选结果' });
    await expect(awards.getByRole('listitem')).toHaveCount(3);
    await expect(awards.getByRole('listitem').first()).toContainText('一等奖');
    await expect(page.getByRole('heading', { name: /参赛作品/ })).toContainText('共 5 篇');
    await awards.getByRole('link', { name: /读长征史有感/ }).click();
    await expect(page).toHaveURL(/\/contests\/2026-summer-party-history-reflections\/reading-long-march-notes\/$/);
    await expect(page.getByText('获奖：一等奖')).toBeVisible();
    await expectNoThreadWithoutService(page);
  });

  test.describe('the status follows the Beijing date in the browser, without a rebuild', () => {
    for (const [instant, status, countdown] of [
      ['2026-10-31T23:59:00+08:00', '未开始', '距开始还有 1 天'],
      ['2026-12-29T22:30:00+08:00', '征集中', '距截稿还有 2 天 1 小时 30 分'],
      ['2026-12-31T23:00:00+08:00', '征集中', '今天截稿，还有 1 小时 0 分'],
      ['2027-01-01T00:00:00+08:00', '评审中', ''],
      ['2027-01-20T00:00:00+08:00', '已结束', ''],
    ] as const) {
      test(`${instant} → ${status}`, async ({ page }) => {
        await page.clock.setFixedTime(new Date(instant));
        await page.goto(OPEN);
        await expect(page.locator('contest-status [data-label]')).toHaveText(status);
        await expect(page.locator('contest-status [data-countdown-slot]')).toHaveText(countdown);
        await expect(page.getByText('评选结果将于 2027年1月20日 公布。')).toBeVisible({ visible: status !== '已结束' });
      });
    }
  });
});

test.describe('热点探讨', () => {
  test('a closed topic says so; an open one does not', async ({ page }) => {
    await page.goto('/topics/');
    await page.getByRole('link', { name: '厉行节约，从校园生活的小事做起' }).click();
    await expect(page.getByRole('note').first()).toContainText('本话题的讨论已经结束');
    await expectNoThreadWithoutService(page);
    await page.goto('/topics/ai-tools-in-study/');
    await expect(page.getByRole('heading', { name: '讨论题' })).toBeVisible();
    await expect(page.getByText('本话题的讨论已经结束')).toHaveCount(0);
  });
});

test.describe('党史鉴赏', () => {
  test('the timeline is grouped by period and year and filters by tag with an announced count', async ({ page }) => {
    await page.goto('/history/');
    await expect(page.getByRole('heading', { level: 2, name: '新民主主义革命时期' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: '中国特色社会主义新时代' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: '1935年' })).toBeVisible();
    const all = await page.locator('li[data-tags]').count();
    expect(all).toBeGreaterThanOrEqual(40);

    const select = page.getByLabel('按主题筛选');
    await select.focus();
    await select.selectOption('长征');
    await expect(page.getByRole('status')).toHaveText(/显示 \d+ 个事件/);
    const shown = page.locator('li[data-tags]:visible');
    const count = await shown.count();
    expect(count).toBeGreaterThan(2);
    expect(count).toBeLessThan(all);
    for (const tags of await shown.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.tags!)))
      expect(JSON.parse(tags)).toContain('长征');
    await expect(page.getByRole('status')).toHaveText(`显示 ${count} 个事件`);
    await expect(page.getByRole('heading', { level: 2, name: '中国特色社会主义新时代' })).toBeHidden();
    await expect(page).toHaveURL(/\?tag=/);

    await page.reload();
    await expect(select).toHaveValue('长征');
    await select.selectOption('');
    await expect(page.locator('li[data-tags]:visible')).toHaveCount(all);
  });

  test('an item page has its image and text', async ({ page }) => {
    await page.goto('/history/');
    await page.getByRole('link', { name: '中国共产党第一次全国代表大会召开' }).click();
    // Described by its 图片说明, not by the title beside it.
    await expect(page.getByRole('img', { name: '示意画：南湖上一条红顶游船，远处一轮太阳' })).toBeVisible();
    await expect(page.getByRole('link', { name: '时期：新民主主义革命时期' })).toBeVisible();
    await expectNoThreadWithoutService(page);
  });

  test('历史上的今天 on the home page follows the Beijing date in the browser', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-07-01T08:00:00+08:00'));
    await page.goto('/');
    const box = page.getByRole('region', { name: '历史上的今天' });
    // Two events share July 1st, oldest first.
    await expect(box.getByRole('listitem')).toHaveCount(2);
    await expect(box.getByRole('listitem').nth(0)).toContainText('29 年前的今天香港回归祖国');
    await expect(box.getByRole('listitem').nth(1)).toContainText('5 年前的今天庆祝中国共产党成立100周年大会');

    await page.clock.setFixedTime(new Date('2026-07-20T08:00:00+08:00'));
    await page.reload();
    const upcoming = page.getByRole('region', { name: '近期党史纪念日' });
    await expect(upcoming.getByRole('listitem').first()).toContainText('中国共产党第一次全国代表大会召开');
  });
});

test.describe('干部博客', () => {
  test('posts link to their author, whose page lists role, bio and posts', async ({ page }) => {
    await page.goto('/blogs/');
    await page.getByRole('link', { name: '发展党员工作中常见的几个问题' }).click();
    await expectNoThreadWithoutService(page);
    await page.getByRole('link', { name: '作者：李华' }).click();
    await expect(page).toHaveURL(/\/people\/li-hua\/$/);
    await expect(page.getByText('职务：组织委员')).toBeVisible();
    await expect(page.getByRole('heading', { name: '李华的博文（3 篇）' })).toBeVisible();
  });
});

test('member activities are in the site search', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('猕猴桃')}`);
  await expect(page.locator('.results a[href="/reports/2026-q3-zhou-lei-summer-practice/"]')).toHaveCount(1);
  await page.goto(`/search/?q=${encodeURIComponent('遵义会议')}`);
  await expect(page.locator('.results a[href="/history/zunyi-meeting/"]')).toHaveCount(1);
});

/**
 * The sample settings configure no discussion service (Giscus without its repository): readers see
 * no discussion box and no set-up text. The threads themselves: discussion.spec.ts, waline.spec.ts.
 */
async function expectNoThreadWithoutService(page: Page) {
  await expect(page.locator('section.discussion')).toHaveCount(0);
  await expect(page.getByText('网站管理员')).toHaveCount(0);
}
