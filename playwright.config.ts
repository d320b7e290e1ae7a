import { defineConfig } from '@playwright/test';

export default defineConfig({
  globalSetup: './tests/e2e/globalSetup.ts',
  // Each test launches its own browser and backend; most of a test's time is spent waiting on the
  // extension's own timers (15 s list reads, a 30 s alarm), so three run side by side even on two
  // cores, which keeps a fresh clone's `npm test` under 8 minutes. Nothing is shared between them:
  // profiles, backends and ports are per test, and the managed-policy specs' policy file names an
  // extension id only their own browser has (POLICY_EXTENSION_DIR). A test that measures under load
  // runs alone (`runsAlone`). E2E_WORKERS=1 runs one at a time.
  workers: Number(process.env.E2E_WORKERS ?? 3),
  // Tests, not files, are shared out, so one file's long tests (reconciliation, Firefox) do not queue
  // behind each other at the end. A describe that must stay in one worker, in order, says so.
  fullyParallel: true,
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
