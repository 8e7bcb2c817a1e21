/**
 * Which Chromium the tests drive: the system's (Debian's `chromium`, or
 * CHROMIUM_PATH) when there is one, otherwise Playwright's own browser, so a
 * developer who ran `npx playwright install` needs nothing else.
 */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** Flags for a closed network: no background calls home, no component updates. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = CANDIDATES.find((path): path is string => Boolean(path) && existsSync(path!));
  return { ...(executablePath ? { executablePath } : {}), args: QUIET_FLAGS };
}
