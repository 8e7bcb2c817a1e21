/**
 * A member on a 390 px phone with large text and high contrast (issue 34, items 2, 6, 7
 * and 8): progress bars that read right when empty or a quarter full, a 学习档案 sheet
 * that appears once it has a name, /my/ within the screen at a 24 px browser font, the
 * page's QR code only where it can be scanned and a share button everywhere, tap
 * targets of 44 px, the branch's whole name in the header, and a quiz question never
 * under the sticky bar. Screenshots go to test-results/ for a person to look at.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { MODES } from '../support/display-modes';
import { completeLesson, emptyLog, STUDY_LOG_KEY, addStudyTime } from '../../src/lib/study/log';

const PHONE = { width: 390, height: 844 };

/** A phone in large text and high contrast at once, as an older member sets it up; `log` in its study log. */
async function memberPhone(browser: Browser, log?: unknown, viewport = PHONE) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const stored = {
    ...MODES['large text'],
    ...MODES['high contrast'],
    ...(log ? { [STUDY_LOG_KEY]: JSON.stringify(log) } : {}),
  };
  await context.addInitScript((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, stored);
  return { context, page: await context.newPage() };
}

/** WCAG contrast ratio of two computed colours (rgb()/rgba() strings). */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = colour
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

test('item 2: progress bars read as empty at 0 % and as a quarter at 1/4 in high contrast', async ({
  browser,
}, testInfo) => {
  // One of the four lessons of 党章基础知识 done: 1/4.
  const log = completeLesson(emptyLog(), 'constitution-1-general-program', '2026-11-20');
  const { context, page } = await memberPhone(browser, log);
  await page.goto('/my/');
  await expect(page.locator('[data-dashboard]')).toBeVisible();
  const bars = await page.locator('.progress-bar').evaluateAll((nodes) =>
    nodes.map((bar) => {
      const fill = bar.firstElementChild as HTMLElement;
      const style = getComputedStyle(bar);
      return {
        track: style.backgroundColor,
        edge: style.borderTopColor,
        edgeWidth: Number.parseFloat(style.borderTopWidth),
        fill: getComputedStyle(fill).backgroundColor,
        filled: fill.getBoundingClientRect().width / bar.clientWidth,
        page: getComputedStyle(document.body).backgroundColor,
      };
    }),
  );
  // The month's bar (nothing studied: 0 %) and one per course, the first at 1/4.
  expect(bars.length).toBeGreaterThanOrEqual(2);
  expect(bars[0]!.filled).toBe(0);
  expect(bars.some((bar) => Math.abs(bar.filled - 0.25) < 0.02)).toBe(true);
  for (const bar of bars) {
    // The empty part is not the filled colour's kin: a quarter tells from the rest at 3:1 or more …
    expect(contrast(bar.track, bar.fill), `${bar.track} vs ${bar.fill}`).toBeGreaterThanOrEqual(3);
    // … and an empty bar is light, outlined on the page, never a solid black bar.
    expect(contrast(bar.track, 'rgb(0, 0, 0)')).toBeGreaterThanOrEqual(7);
    expect(bar.edgeWidth).toBeGreaterThanOrEqual(1);
    expect(contrast(bar.edge, bar.page)).toBeGreaterThanOrEqual(3);
  }
  await page.locator('.courses').screenshot({ path: testInfo.outputPath('progress-contrast-large.png') });
  await page.goto('/school/party-constitution/');
  const course = page.locator('[data-progress-bar]');
  await expect(course).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('course-progress-contrast-large.png') });
  await context.close();
});

test('item 6: the printable sheet waits for a name, and /my/ stays 390 px wide at a 24 px browser font', async ({
  browser,
}, testInfo) => {
  const log = addStudyTime(emptyLog(), 'articles/x', [{ date: '2026-11-02', kind: 'read', ms: 25 * 60_000 }], 3600);
  const { context, page } = await memberPhone(browser, log);
  // The browser's own font setting at 24 px (Chromium's 设置 → 外观 → 字号), then 大字模式 on top.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24, fixed: 20 } });
  await page.goto('/my/');
  await expect(page.locator('[data-dashboard]')).toBeVisible();
  await expect(page.locator('[data-record]')).toBeHidden();
  await expect(page.getByText('（未填写）')).toHaveCount(0);

  // 打印 with no name asks for it instead of printing a sheet without one.
  await page.getByRole('button', { name: '打印学习档案' }).click();
  await expect(page.locator('[data-record-status]')).toHaveText('请先填写姓名，再打印学习档案。');
  await expect(page.locator('[data-record-name]')).toBeFocused();
  await expect(page.locator('[data-record]')).toBeHidden();

  await page.locator('[data-record-name]').fill('王芳（示例）');
  await expect(page.locator('[data-r-name]')).toHaveText('王芳（示例）');
  await expect(page.locator('[data-record]')).toBeVisible();
  await expect(page.locator('[data-record-status]')).toHaveText('');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('30px');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  const facts = await page.locator('dl.record-facts').boundingBox();
  expect(facts!.x + facts!.width).toBeLessThanOrEqual(PHONE.width);
  await page.locator('[data-record] h2').scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('record-sheet-24px-large.png') });
  await context.close();
});

test('item 7: on a phone the page offers 分享 and no QR code; a computer still shows the code', async ({
  browser,
}, testInfo) => {
  const { context, page } = await memberPhone(browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/daily/');
  const cardPage = await page.locator('.past a, .topic-group a').first().getAttribute('href');
  await page.goto(cardPage!);
  // The card's page: the share poster (which carries its own code, for forwarding) and no second code.
  await expect(page.locator('.share-qr')).toBeHidden();
  const share = page.getByRole('button', { name: /分享本页|复制本页链接/ });
  await expect(share).toBeVisible();
  await share.click();
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  await expect(page.locator('share-link [role="status"]')).toHaveText(/链接已复制/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  await page.locator('share-link').screenshot({ path: testInfo.outputPath('share-button-phone.png') });
  await context.close();

  const desktop = await memberPhone(browser, undefined, { width: 1280, height: 900 });
  await desktop.page.goto(cardPage!);
  await expect(desktop.page.locator('.share-qr')).toBeVisible();
  await desktop.context.close();
});

/** Every visible control outside running text that is shorter or narrower than a finger. */
function smallTargets(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button, summary, select, input:not([type="hidden"])')]
      .filter((node) => !node.closest('.prose, .visually-hidden') && !node.matches('.visually-hidden, .skip-link'))
      .filter((node) => node.getClientRects().length > 0 && getComputedStyle(node).visibility !== 'hidden')
      .map((node) => ({ node, box: node.getBoundingClientRect() }))
      .filter(({ box }) => box.height < 44 || box.width < 24)
      .map(
        ({ node, box }) =>
          `${node.tagName.toLowerCase()} “${(node.textContent ?? '').trim().slice(0, 20)}” ${Math.round(box.width)}×${Math.round(box.height)}`,
      ),
  );
}

const PAGES = [
  '/',
  '/articles/',
  '/my/',
  '/daily/',
  '/history/',
  '/school/',
  '/school/party-constitution/',
  '/quizzes/party-constitution-test/',
  '/polls/',
  '/topics/',
  '/stats/',
];

test('item 8: every tap target is at least 44 px tall; the header shows the whole branch name', async ({
  browser,
}, testInfo) => {
  const { context, page } = await memberPhone(browser);
  const problems: string[] = [];
  for (const path of PAGES) {
    await page.goto(path);
    problems.push(...(await smallTargets(page)).map((target) => `${path}: ${target}`));
    // In large text on a phone the name has a line of its own under the header's row.
    const name = await page.locator('.branch-line').evaluate((node) => ({
      shown: node.getClientRects().length > 0,
      cut: node.scrollWidth > node.clientWidth,
      right: node.getBoundingClientRect().right,
      text: node.textContent,
    }));
    if (!name.shown || name.cut || name.right > PHONE.width || name.text !== '中共示范大学计算机学院第一党支部')
      problems.push(`${path}: the branch name is not shown whole`);
  }
  // At 320 px too, the site's name shows whole beside the display switch, not under it.
  await page.setViewportSize({ width: 320, height: 844 });
  await page.goto('/articles/');
  const site = await page.locator('.site-name').evaluate((node) => {
    const text = document.createRange();
    text.selectNodeContents(node);
    const right = text.getBoundingClientRect().right;
    return { right, switchLeft: document.querySelector('display-modes .toggle')!.getBoundingClientRect().left };
  });
  if (site.right > site.switchLeft) problems.push('320 px: the site name runs under the display switch');
  await page.setViewportSize(PHONE);
  expect(problems).toEqual([]);
  await page.goto('/articles/');
  await page.screenshot({ path: testInfo.outputPath('articles-tap-targets.png') });
  await context.close();
});

test('item 8: the quiz sticky bar never covers the question that focus brings into view', async ({
  browser,
}, testInfo) => {
  const { context, page } = await memberPhone(browser);
  await page.goto('/quizzes/party-constitution-test/');
  await page.getByRole('button', { name: '开始答题' }).click();
  /** How far below the bar the focused answer and its question's first line are (negative: under it). */
  const clearance = () =>
    page.evaluate(
      () =>
        new Promise<{ name: string; answer: number; question: number }>((resolve) =>
          // Two frames: the browser's scroll to the focused answer, then the page's own.
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const bar = document.querySelector('quiz-runner .bar')!.getBoundingClientRect().bottom;
              const focused = document.activeElement as HTMLInputElement;
              const legend = focused.closest('fieldset')!.querySelector('legend')!;
              resolve({
                name: focused.name,
                answer: Math.round(focused.getBoundingClientRect().top - bar),
                question: Math.round(legend.getBoundingClientRect().top - bar),
              });
            }),
          ),
        ),
    );
  const seen: Awaited<ReturnType<typeof clearance>>[] = [await clearance()];
  await page.screenshot({ path: testInfo.outputPath('quiz-start.png') });
  // Down the paper with Tab, then back up with Shift+Tab, as a keyboard or switch user moves.
  for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Shift+Tab');
    seen.push(await clearance());
  }
  await page.screenshot({ path: testInfo.outputPath('quiz-shift-tab.png') });
  expect(seen.filter((s) => s.answer < 0 || s.question < 0)).toEqual([]);
  expect(new Set(seen.map((s) => s.name)).size).toBeGreaterThan(3);

  // 交卷 with questions blank, then 继续答题: back to the first blank question, whole.
  await page.getByRole('button', { name: '交卷' }).click();
  await page.locator('[data-confirm-back]').click();
  const back = await clearance();
  expect(back.name).toBe('q0');
  expect(back.answer).toBeGreaterThanOrEqual(0);
  expect(back.question).toBeGreaterThanOrEqual(0);
  await context.close();
});
