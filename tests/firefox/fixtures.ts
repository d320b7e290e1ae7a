import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test as base } from '@playwright/test';
import { startShopBackend, type ShopBackend } from '../../server/shopBackend';
import type { Page } from 'puppeteer-core';
import { turnFixtures, type TurnFixtures } from '../harness/cpuTurn';
import { launchFirefoxExtension, type FirefoxExtension } from '../harness/firefoxExtension';

const DATA_DIR = resolve(import.meta.dirname, '../../.tmp/backend-data');
const DEMO_EMPLOYEE = { username: '0922222222', password: 'staff123' };

/** Fills the options page's sign-in form as the demo employee and submits it. */
export async function submitSignIn(options: Page, apiBaseUrl: string): Promise<void> {
  const form = await options.waitForSelector('form.login');
  await form!.$eval(
    'input[name=apiBaseUrl]',
    (input, url) => {
      const field = input as HTMLInputElement;
      field.value = url;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    apiBaseUrl,
  );
  await options.type('input[name=username]', DEMO_EMPLOYEE.username);
  await options.type('input[name=password]', DEMO_EMPLOYEE.password);
  await options.click('form.login button[type=submit]');
}

interface Fixtures extends TurnFixtures {
  backendDataFile: string;
  backend: ShopBackend;
  firefox: FirefoxExtension;
  /** Signs in through the options page as the demo employee and, unless told not to, waits for the socket. */
  signInAsEmployee: (options?: { awaitSocket?: boolean }) => Promise<void>;
}

/** The Firefox specs' world: their own reference backend and a fresh Firefox with the extension. */
export const test = base.extend<Fixtures>({
  ...turnFixtures,
  backendDataFile: async ({ turn }, use) => {
    void turn;
    mkdirSync(DATA_DIR, { recursive: true });
    const dataDir = mkdtempSync(join(DATA_DIR, 'firefox-'));
    await use(join(dataDir, 'orders.json'));
    rmSync(dataDir, { recursive: true, force: true });
  },
  backend: async ({ backendDataFile }, use) => {
    const backend = await startShopBackend({ dataFile: backendDataFile });
    await use(backend);
    await backend.close();
  },
  firefox: async ({ backend }, use) => {
    const firefox = await launchFirefoxExtension({ startPage: `${backend.origin}/api/ws/status` });
    try {
      await use(firefox);
    } finally {
      await firefox.close();
    }
  },
  signInAsEmployee: async ({ backend, firefox }, use) => {
    await use(async ({ awaitSocket = true } = {}) => {
      const options = await firefox.open('options.html');
      await submitSignIn(options, backend.apiBaseUrl);
      await options.waitForSelector('.signed-in .user-name', { timeout: 10_000 });
      if (awaitSocket) await base.expect.poll(() => backend.sockets().length, { timeout: 15_000 }).toBe(1);
    });
  },
});

export const expect = test.expect;
