/**
 * The important flows with the keyboard alone (issue 7): the skip link, the
 * display-mode switch, a whole quiz, and the party-history filter. Focus moves
 * only by Tab, arrows, Enter, Space and Escape, as a reader without a mouse does.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { MODE_KEYS } from '../../src/lib/web/display-modes';
import { axeViolations } from '../support/axe';

/** Presses Tab until `target` has focus; fails if it is not reached in `limit` steps. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let step = 0; step < limit; step += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

test('the first Tab shows the skip link, and Enter moves focus to the main content', async ({ page }) => {
  await page.goto('/articles/yanan-spirit/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next Tab continues inside the content, not back in the header.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
});

test('the display-mode switch works with the keyboard, is announced, and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const html = page.locator('html');
  const toggle = page.getByRole('button', { name: '显示设置' });
  await tabTo(page, toggle);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByRole('group', { name: '显示设置：字号和配色' });
  await expect(panel).toBeVisible();

  // 大字模式 is a toggle button: Space presses it, and body text grows to at least 20px.
  await page.keyboard.press('Tab');
  const large = panel.getByRole('button', { name: /大字模式/ });
  await expect(large).toBeFocused();
  await expect(large).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Space');
  await expect(large).toHaveAttribute('aria-pressed', 'true');
  await expect(html).toHaveAttribute('data-text', 'large');
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(20);
  expect((await toggle.boundingBox())!.height).toBeGreaterThanOrEqual(48);

  // The colour scheme is a radio group: Tab enters at the checked one, arrows choose.
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('radio', { name: '跟随系统' })).toBeFocused();
  await expect(panel.getByRole('group', { name: '配色' })).toBeVisible();
  for (const [name, theme] of [
    ['浅色', 'light'],
    ['深色', 'dark'],
    ['高对比度', 'contrast'],
  ] as const) {
    await page.keyboard.press('ArrowDown');
    await expect(panel.getByRole('radio', { name })).toBeChecked();
    await expect(html).toHaveAttribute('data-theme', theme);
  }
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
  // The open panel itself passes axe, at 7:1, in large high-contrast mode.
  expect(await axeViolations(page, '[large high contrast] / with the panel open', { enhancedContrast: true })).toEqual(
    [],
  );

  // Escape closes the panel and gives focus back to its button.
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();

  // Remembered on the next page, together: large text and high contrast.
  await page.goto('/articles/yanan-spirit/');
  await expect(html).toHaveAttribute('data-theme', 'contrast');
  await expect(html).toHaveAttribute('data-text', 'large');
  await tabTo(page, toggle);
  await page.keyboard.press('Enter');
  await expect(large).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.getByRole('radio', { name: '高对比度' })).toBeChecked();

  // 跟随系统 forgets the choice: the page follows the system again.
  await panel.getByRole('radio', { name: '高对比度' }).focus();
  // The arrows wrap around: after the last choice comes the first.
  await page.keyboard.press('ArrowDown');
  await expect(panel.getByRole('radio', { name: '跟随系统' })).toBeChecked();
  await expect(html).not.toHaveAttribute('data-theme');
  expect(await page.evaluate((key) => localStorage.getItem(key), MODE_KEYS.scheme)).toBeNull();
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 19, 17)');
});

test('without JavaScript the display-mode switch is not shown', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('button', { name: '显示设置' })).toBeHidden();
  await context.close();
});

test('a whole quiz with the keyboard only: answer, submit, hear the score', async ({ page }) => {
  await page.goto('/quizzes/member-development-test/');
  await tabTo(page, page.getByRole('button', { name: '开始答题' }));
  await page.keyboard.press('Enter');
  const questions = page.locator('[data-questions] fieldset');
  await expect(questions.first()).toBeVisible();
  const total = await questions.count();

  // Answer each question from the keyboard: Space picks the focused choice, typing fills a blank.
  const submit = page.getByRole('button', { name: '交卷' });
  for (let step = 0; step < 200 && !(await submit.evaluate((el) => el === document.activeElement)); step += 1) {
    const type = await page.evaluate(() => (document.activeElement as HTMLInputElement).type);
    if (type === 'radio' || type === 'checkbox') await page.keyboard.press('Space');
    else if (type === 'text') await page.keyboard.type('党章');
    await page.keyboard.press('Tab');
  }
  await expect(page.locator('[data-progress]')).toHaveText(`已答 ${total} / ${total} 题`);
  await page.keyboard.press('Enter');

  // The score is announced by a live region, and focus moves to the result.
  const live = page.locator('[data-result-live]');
  await expect(live).toHaveAttribute('role', 'status');
  await expect(live).toHaveText(
    new RegExp(`^已交卷，得分 \\d+ 分，(及格|未及格)（及格线 \\d+ 分），答对 \\d+ / ${total} 题。$`),
  );
  await expect(page.locator('[data-result]')).toBeFocused();
  expect(await axeViolations(page, '[default] quiz result')).toEqual([]);
  await tabTo(page, page.getByRole('button', { name: '再做一次' }), 10);
  await page.keyboard.press('Enter');
  await expect(live).toHaveText('');
  await expect(questions.first().locator('input').first()).toBeFocused();
});

test('a timed contest has a timer and an assertive warning region for its last minute', async ({ page }) => {
  await page.goto('/quizzes/knowledge-contest-2026/');
  await tabTo(page, page.getByRole('button', { name: '开始答题' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('timer')).toHaveText(/^\d\d:\d\d$/);
  await expect(page.locator('[data-clock-alert]')).toHaveAttribute('aria-live', 'assertive');
  expect(await axeViolations(page, '[default] contest in progress')).toEqual([]);
});

test('the history timeline filters with the keyboard and announces the count', async ({ page }) => {
  await page.goto('/history/');
  const select = page.getByLabel('按主题筛选');
  await tabTo(page, select);
  const all = await page.locator('li[data-tags]').count();
  await page.keyboard.press('ArrowDown');
  const tag = await select.inputValue();
  expect(tag).not.toBe('');
  await expect(page.getByRole('status')).toHaveText(/^显示 \d+ 个事件$/);
  const shown = await page.locator('li[data-tags]:visible').count();
  expect(shown).toBeLessThan(all);
  await expect(page.getByRole('status')).toHaveText(`显示 ${shown} 个事件`);
  // Tab goes on to a visible link (hidden periods and events are skipped).
  await page.keyboard.press('Tab');
  expect(await focusedText(page)).not.toBe('');
  await expect(page.locator(':focus')).toBeVisible();
});
