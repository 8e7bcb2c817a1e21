/** Browser contexts in each of the site's display modes, as a returning reader who chose them. */
import type { Browser, BrowserContext } from '@playwright/test';
import { MODE_KEYS } from '../../src/lib/web/display-modes';

/** What each mode stores; a context per mode starts with it in localStorage. */
export const MODES = {
  default: {},
  'large text': { [MODE_KEYS.text]: 'large' },
  'high contrast': { [MODE_KEYS.scheme]: 'contrast' },
  dark: { [MODE_KEYS.scheme]: 'dark' },
} satisfies Record<string, Record<string, string>>;
export type Mode = keyof typeof MODES;

export async function contextIn(
  browser: Browser,
  mode: Mode,
  viewport = { width: 1280, height: 900 },
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  await context.addInitScript((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, MODES[mode]);
  return context;
}
