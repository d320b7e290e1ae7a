import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test as base } from '@playwright/test';
import { startShopBackend, type ShopBackend, type ShopBackendOptions } from '../../server/shopBackend';
import { launchExtensionBrowser, type ExtensionBrowser } from '../harness/extensionBrowser';
import { OptionsPage } from './pages/OptionsPage';
import { PopupPage } from './pages/PopupPage';

const DATA_DIR = resolve(import.meta.dirname, '../../.tmp/backend-data');

export const DEMO_EMPLOYEE = { username: '0922222222', password: 'staff123' };
export const DEMO_CUSTOMER = { username: 'customer@khawam.local', password: 'customer123' };

interface Fixtures {
  /** Options for the reference backend; override per file with `test.use`. */
  backendOptions: ShopBackendOptions;
  backend: ShopBackend;
  extension: ExtensionBrowser;
  optionsPage: OptionsPage;
  openPopup: () => Promise<PopupPage>;
  /** Signs in through the options form as the demo employee and waits for the socket. */
  signInAsEmployee: () => Promise<void>;
}

export const test = base.extend<Fixtures>({
  backendOptions: [{}, { option: true }],
  backend: async ({ backendOptions }, use) => {
    mkdirSync(DATA_DIR, { recursive: true });
    const dataDir = mkdtempSync(join(DATA_DIR, 'run-'));
    const backend = await startShopBackend({ dataFile: join(dataDir, 'orders.json'), ...backendOptions });
    await use(backend);
    await backend.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
  extension: async ({}, use) => {
    const extension = await launchExtensionBrowser();
    await use(extension);
    await extension.close();
  },
  optionsPage: async ({ extension }, use) => {
    await use(await OptionsPage.open(extension));
  },
  openPopup: async ({ extension }, use) => {
    await use(() => PopupPage.open(extension));
  },
  signInAsEmployee: async ({ backend, optionsPage }, use) => {
    await use(async () => {
      await optionsPage.signIn({ apiBaseUrl: backend.apiBaseUrl, ...DEMO_EMPLOYEE });
      await base.expect(optionsPage.signedInName).toBeVisible();
      await base.expect.poll(() => backend.sockets().length).toBe(1);
    });
  },
});

export const expect = test.expect;
