import { defineConfig } from '@playwright/test';

export default defineConfig({
  globalSetup: './tests/e2e/globalSetup.ts',
  // Each spec launches its own browser; two cores fit one at a time reliably.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: '.tmp/playwright-report' }]] : 'list',
  outputDir: '.tmp/playwright-results',
  projects: [
    // Real Chromium (Chrome and Edge), driven by Playwright.
    { name: 'chromium', testDir: 'tests/e2e' },
    // Real Firefox (Debian's ESR), driven by puppeteer-core over WebDriver BiDi.
    { name: 'firefox', testDir: 'tests/firefox' },
  ],
});
