import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tools/chromium';
import { PREVIEW_PORT, CMS_PROXY_PORT } from './tools/ports';

/**
 * End-to-end tests against the production build (`npm run build` first; `npm test`
 * does it once), served by `astro preview`, in real Chromium. The CMS tests also
 * run the CMS's real local backend (decap-server), which writes into src/content/.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Beside, not over, the unit test report: Playwright empties its outputDir.
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${PREVIEW_PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: `astro preview --port ${PREVIEW_PORT}`,
      url: `http://localhost:${PREVIEW_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: 'decap-server',
      env: { PORT: String(CMS_PROXY_PORT) },
      port: CMS_PROXY_PORT,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
