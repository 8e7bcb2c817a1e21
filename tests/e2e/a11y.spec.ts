/**
 * Accessibility of every kind of page in every display mode (issue 7): axe-core
 * (WCAG 2.0/2.1 A and AA rules) finds nothing in the default, large-text,
 * high-contrast and dark modes; high contrast also meets the 7:1 rule of
 * WCAG AAA (color-contrast-enhanced); every page has one h1, the skip link and
 * the landmarks; and in large-text mode no page scrolls sideways at 320 CSS px
 * (what a 640px-wide phone shows at 200% zoom).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { ROOT } from '../support/content';
import { MODES, contextIn, type Mode } from '../support/display-modes';
import { pageTypePaths } from '../../tools/page-types';
import { inlineHash } from '../../src/lib/web/csp';
import { MODE_KEYS, modeBootScript } from '../../src/lib/web/display-modes';

/** The CMS is Decap's own React interface, not a page of the site; its accessibility is Decap's. */
const paths = pageTypePaths().filter((path) => path !== '/admin/');

async function open(page: Page, path: string) {
  const response = await page.goto(path, { waitUntil: 'load' });
  expect(response?.status(), path).toBeLessThan(path === '/404.html' ? 500 : 400);
}

test('axe finds no WCAG 2.1 A/AA violation on any kind of page in the default, large-text, high-contrast and dark modes', async ({
  browser,
}) => {
  // 4 modes x ~40 pages of axe: measured 7-8 minutes while other builds shared the two cores (load ~20).
  test.setTimeout(900_000);
  expect(paths.length).toBeGreaterThan(20);
  // One context per mode, each with one page reused for every path; the four
  // modes of a path are checked side by side, as axe waits mostly on the CPU.
  const modes = Object.keys(MODES) as Mode[];
  const contexts = await Promise.all(modes.map((mode) => contextIn(browser, mode)));
  const pages = await Promise.all(contexts.map((context) => context.newPage()));
  const failures: string[] = [];
  for (const path of paths) {
    const reports = await Promise.all(
      modes.map(async (mode, i) => {
        await open(pages[i]!, path);
        return axeViolations(pages[i]!, `[${mode}] ${path}`, { enhancedContrast: mode === 'high contrast' });
      }),
    );
    failures.push(...reports.flat());
  }
  await Promise.all(contexts.map((context) => context.close()));
  expect(failures.join('\n'), `${failures.length} violation(s)`).toBe('');
});

test('the display mode is on <html> before the body is parsed (no flash), on every visit', async ({ browser }) => {
  const context = await contextIn(browser, 'dark');
  await context.addInitScript(() => {
    const record = () => {
      (window as unknown as { atBody: string }).atBody =
        `${document.documentElement.dataset.theme}|${document.documentElement.dataset.text}`;
    };
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      record();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await context.addInitScript((key) => localStorage.setItem(key, 'large'), MODE_KEYS.text);
  const page = await context.newPage();
  for (const path of ['/', '/articles/yanan-spirit/']) {
    await open(page, path);
    expect(await page.evaluate(() => (window as unknown as { atBody: string }).atBody)).toBe('dark|large');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 19, 17)');
  }
  await context.close();
});

test("the inline mode script is allowed by the page's CSP hash", () => {
  const html = readFileSync(join(ROOT, 'dist', 'index.html'), 'utf8');
  expect(html).toContain(`<script>${modeBootScript()}</script>`);
  const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)![1]!;
  expect(policy.split(';').find((directive) => directive.trim().startsWith('script-src'))).toContain(
    `'${inlineHash(modeBootScript())}'`,
  );
});

test('every kind of page has one h1, the skip link first, and header, nav, main and footer landmarks', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const failures: string[] = [];
  for (const path of paths) {
    await open(page, path);
    const found = await page.evaluate(() => ({
      h1: document.querySelectorAll('h1').length,
      first: document.querySelector('body a, body button')?.textContent?.trim(),
      landmarks: ['header', 'nav', 'main', 'footer'].filter((tag) => !document.querySelector(tag)),
    }));
    if (found.h1 !== 1) failures.push(`${path}: ${found.h1} h1 elements`);
    if (found.first !== '跳到正文') failures.push(`${path}: the first control is “${found.first}”, not the skip link`);
    if (found.landmarks.length) failures.push(`${path}: no ${found.landmarks.join(', ')}`);
  }
  expect(failures).toEqual([]);
});

test('in large-text mode no kind of page scrolls sideways at 320 CSS px (200% zoom on a 640px screen)', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const context = await contextIn(browser, 'large text', { width: 320, height: 700 });
  const page = await context.newPage();
  const failures: string[] = [];
  for (const path of paths) {
    await open(page, path);
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= width) return undefined;
      // Name the widest culprit: the first element whose right edge passes the viewport.
      const culprit = [...document.body.querySelectorAll<HTMLElement>('*')].find(
        (el) => el.getBoundingClientRect().right > width + 1,
      );
      const name = culprit
        ? `${culprit.tagName.toLowerCase()}${culprit.className ? `.${String(culprit.className).split(' ')[0]}` : ''}`
        : '?';
      return `${document.documentElement.scrollWidth}px wide (${name})`;
    });
    if (overflow) failures.push(`${path}: ${overflow}`);
  }
  await context.close();
  expect(failures).toEqual([]);
});
