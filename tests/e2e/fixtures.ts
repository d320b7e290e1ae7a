import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test as base } from '@playwright/test';
import { startShopBackend, type ShopBackend, type ShopBackendOptions } from '../../server/shopBackend';
import {
  E2E_EXTENSION_DIR,
  EXTENSION_DIR,
  launchExtensionBrowser,
  POLICY_EXTENSION_DIR,
  type ExtensionBrowser,
} from '../harness/extensionBrowser';
import { turnFixtures, type TurnFixtures } from '../harness/cpuTurn';
import { removeManagedPolicy, writeManagedPolicy } from '../harness/managedPolicy';
import { OptionsPage } from './pages/OptionsPage';
import { PopupPage } from './pages/PopupPage';

const DATA_DIR = resolve(import.meta.dirname, '../../.tmp/backend-data');

/** In a `managedPolicy`, stands for this test's backend API base URL. */
export const THIS_BACKEND = 'THIS_BACKEND';

export const DEMO_EMPLOYEE = { username: '0922222222', password: 'staff123' };
export const DEMO_CUSTOMER = { username: 'customer@khawam.local', password: 'customer123' };

interface Fixtures extends TurnFixtures {
  /** Options for the reference backend; override per file with `test.use`. */
  backendOptions: ShopBackendOptions;
  /** The browser's time zone; the machine's by default. */
  browserTimeZone: string | undefined;
  /** The browser's language; Arabic by default. */
  browserLocale: string;
  /** `e2e`: the build already granted the local dashboard, as if its permission prompt was accepted. */
  extensionBuild: 'production' | 'e2e';
  /**
   * An administrator's policy for the e2e build (run as its policy copy, under its own id), written to Chromium's policy folder before the
   * browser starts and removed afterwards, pass or fail (needs root). The value
   * `THIS_BACKEND` stands for this test's backend API base URL.
   */
  managedPolicy: Record<string, unknown> | null;
  backendDataFile: string;
  backend: ShopBackend;
  /**
   * Stops the backend, runs `whileDown`, and starts it again on the same port with the
   * same orders, as a server restart does. Returns the new backend.
   */
  restartBackend: (whileDown: () => Promise<void>) => Promise<ShopBackend>;
  extension: ExtensionBrowser;
  optionsPage: OptionsPage;
  openPopup: () => Promise<PopupPage>;
  /** Signs in through the options form as the demo employee and waits for the socket. */
  signInAsEmployee: () => Promise<void>;
}

export const test = base.extend<Fixtures>({
  ...turnFixtures,
  backendOptions: [{}, { option: true }],
  browserTimeZone: [undefined, { option: true }],
  browserLocale: ['ar', { option: true }],
  extensionBuild: ['production', { option: true }],
  managedPolicy: [null, { option: true }],
  backendDataFile: async ({ turn }, use) => {
    void turn;
    mkdirSync(DATA_DIR, { recursive: true });
    const dataDir = mkdtempSync(join(DATA_DIR, 'run-'));
    await use(join(dataDir, 'orders.json'));
    rmSync(dataDir, { recursive: true, force: true });
  },
  backend: async ({ backendOptions, backendDataFile }, use) => {
    const backend = await startShopBackend({ dataFile: backendDataFile, ...backendOptions });
    await use(backend);
    await backend.close();
  },
  restartBackend: async ({ backend, backendOptions, backendDataFile }, use) => {
    const restarted: ShopBackend[] = [];
    await use(async (whileDown) => {
      await backend.close();
      await whileDown();
      const again = await startShopBackend({ ...backendOptions, dataFile: backendDataFile, port: backend.port });
      restarted.push(again);
      return again;
    });
    await Promise.all(restarted.map((again) => again.close()));
  },
  extension: async ({ browserTimeZone, browserLocale, extensionBuild, managedPolicy, backend }, use) => {
    if (managedPolicy) {
      writeManagedPolicy(
        Object.fromEntries(
          Object.entries(managedPolicy).map(([key, value]) => [
            key,
            value === THIS_BACKEND ? backend.apiBaseUrl : value,
          ]),
        ),
      );
    }
    const extension = await launchExtensionBrowser({
      timeZone: browserTimeZone,
      locale: browserLocale,
      // A policy names the policy copy of the e2e build: no browser of another worker has its id.
      extensionDir: managedPolicy ? POLICY_EXTENSION_DIR : extensionBuild === 'e2e' ? E2E_EXTENSION_DIR : EXTENSION_DIR,
    });
    try {
      await use(extension);
    } finally {
      await extension.close();
      if (managedPolicy) removeManagedPolicy();
    }
  },
  optionsPage: async ({ extension }, use) => {
    await use(await OptionsPage.open(extension));
  },
  openPopup: async ({ extension }, use) => {
    await use(() => PopupPage.open(extension));
  },
  signInAsEmployee: async ({ backend, optionsPage }, use) => {
    // Waits for the socket the extension opens, which the backend counts, and for the order-list
    // reads that follow a sign-in (the sign-in's own, then the first catch-up's) to be answered:
    // an order a test creates after that arrives by its broadcast, never by that first read.
    await use(async () => {
      const readsBefore = backend.orderListReads();
      await optionsPage.signIn({ apiBaseUrl: backend.apiBaseUrl, ...DEMO_EMPLOYEE });
      await base.expect(optionsPage.signedInName).toBeVisible();
      await base.expect.poll(() => backend.sockets().length).toBe(1);
      await base.expect.poll(() => backend.orderListReads()).toBeGreaterThanOrEqual(readsBefore + 2);
    });
  },
});

export const expect = test.expect;

type OrderFields = Parameters<ShopBackend['createOrder']>[0];

/** Creates an order on the backend and waits until the extension shows its notification. */
export async function announcedOrder(backend: ShopBackend, extension: ExtensionBrowser, fields: OrderFields = {}) {
  const order = backend.createOrder(fields);
  await expect.poll(() => extension.notificationIds()).toContain(`order-${order.order_id}`);
  return order;
}

/**
 * Orders missed while disconnected, and caught up on reconnecting: the backend creates an order per
 * entry of `orders` without broadcasting it, the extension's socket goes down, and the extension,
 * once reconnected, must announce each one (by its catch-up read) within `within` ms. By default the
 * backend drops the socket right after creating them, as a server restart does (close code 1012): the
 * extension reconnects at once. With `disconnect`, that runs first (it must leave the extension without
 * a socket, e.g. a stopped service worker) and the orders are created while it is down. Returns the orders.
 */
export async function missedWhileDisconnected(
  backend: ShopBackend,
  extension: ExtensionBrowser,
  {
    orders = [{}],
    disconnect,
    within = 15_000,
  }: { orders?: OrderFields[]; disconnect?: () => Promise<void>; within?: number } = {},
) {
  await disconnect?.();
  const missed = orders.map((fields) => backend.createOrder(fields, { broadcast: false }));
  if (!disconnect) backend.closeSockets(1012, 'restart');
  const ids = missed.map((order) => `order-${order.order_id}`);
  // Asked of the backend first: the worker cannot answer while it is down (a stopped one's `evaluate` hangs).
  await expect.poll(() => backend.sockets().length, { timeout: within, intervals: [250] }).toBeGreaterThan(0);
  await expect.poll(() => extension.notificationIds(), { timeout: within }).toEqual(expect.arrayContaining(ids));
  return missed;
}

/** The order's status on the server, as the dashboard would show it. */
export async function statusOnServer(backend: ShopBackend, orderId: number): Promise<string | undefined> {
  const response = await fetch(`${backend.apiBaseUrl}/admin/dashboard/recent-orders?limit=100`);
  const { orders } = (await response.json()) as { orders: { id: number; status: string }[] };
  return orders.find((order) => order.id === orderId)?.status;
}
