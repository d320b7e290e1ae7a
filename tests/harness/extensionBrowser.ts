import type { StoredValue } from '../../utils/storedValues';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { findChromium } from './browsers';
import { POLICY_EXTENSION_KEY } from './e2eExtensionKey';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
/** `wxt build --mode e2e`: the same extension, granted the local dashboard origin at install. */
export const E2E_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');
/** The e2e build under another manifest key: the only extension a managed-policy spec's policy file names. */
export const POLICY_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e-policy');
const PROFILES_DIR = resolve(import.meta.dirname, '../../.tmp/profiles');

/** Copies the e2e build to `POLICY_EXTENSION_DIR` with the policy key (run once per test run). */
export function preparePolicyBuild(): void {
  rmSync(POLICY_EXTENSION_DIR, { recursive: true, force: true });
  cpSync(E2E_EXTENSION_DIR, POLICY_EXTENSION_DIR, { recursive: true });
  const manifestFile = join(POLICY_EXTENSION_DIR, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
  writeFileSync(manifestFile, JSON.stringify({ ...manifest, key: POLICY_EXTENSION_KEY }));
}

/** Flags for a machine whose network is closed: no background fetches to fail at. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function areaAndKey(item: { key: string }): ['local' | 'session', string] {
  const [area, key] = item.key.split(/:(.*)/) as ['local' | 'session', string];
  return [area, key];
}

export interface ExtensionBrowser {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly profileDir: string;
  /** What this browser was launched with (its profile included), to launch it again. */
  readonly launchOptions: LaunchOptions & { profileDir: string };
  /** The extension's service worker as it is now (a stopped worker is replaced on revival). */
  serviceWorker(): Promise<Worker>;
  /** Ids of the notifications the extension currently shows. */
  notificationIds(): Promise<string[]>;
  badgeText(): Promise<string>;
  /**
   * Fires a notification event in the worker as a staff member's click would: headless
   * Chromium shows no notification to click.
   */
  dispatchNotificationEvent(event: 'onClicked' | 'onButtonClicked' | 'onClosed', ...args: unknown[]): Promise<void>;
  extensionUrl(path: string): string;
  /** A storage item's value as the extension keeps it (its default when unset), read in the worker. */
  read<T>(item: StoredValue<T>): Promise<T>;
  write<T>(item: StoredValue<T>, value: T | null): Promise<void>;
  /** Merges fields into an object item, e.g. a few settings. */
  patch<T extends object>(item: StoredValue<T>, fields: Partial<T>): Promise<void>;
  /** Stops the service worker as Chrome does when idle; its sockets close at once. */
  stopServiceWorker(): Promise<void>;
  /** Closes the browser; the profile is kept when `keepProfile` (to relaunch it). */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Reuse a profile, e.g. to test a browser restart; a fresh one by default. */
  profileDir?: string;
  extensionDir?: string;
  /** The browser process's time zone (`TZ`), e.g. to run it as a staff computer in Damascus. */
  timeZone?: string;
  /** The browser's language (`ar` by default: the shop's staff read Arabic). */
  locale?: string;
  /** More Chromium switches. */
  extraArgs?: string[];
}

export async function launchExtensionBrowser(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  mkdirSync(PROFILES_DIR, { recursive: true });
  const profileDir = options.profileDir ?? mkdtempSync(join(PROFILES_DIR, 'profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    env: options.timeZone ? { ...process.env, TZ: options.timeZone } : process.env,
    locale: options.locale ?? 'ar',
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--lang=${options.locale ?? 'ar'}`,
      ...QUIET_FLAGS,
      ...(options.extraArgs ?? []),
    ],
  });
  const serviceWorker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  async function readItem<T>(item: StoredValue<T>): Promise<T> {
    const stored = await (
      await serviceWorker()
    ).evaluate(async ([area, key]) => (await chrome.storage[area].get(key))[key] as unknown, areaAndKey(item));
    return (stored ?? item.fallback) as T;
  }
  async function writeItem<T>(item: StoredValue<T>, value: T | null): Promise<void> {
    await (
      await serviceWorker()
    ).evaluate(([[area, key], value]) => chrome.storage[area].set({ [key]: value }), [
      areaAndKey(item),
      value,
    ] as const);
  }
  const extensionId = new URL((await serviceWorker()).url()).host;
  // A fresh install opens the sign-in page (first run); until it has, a test's own options page
  // could be taken over by it mid-navigation. Bounded: 15 s, one check per opened page or second.
  if (!options.profileDir) {
    const optionsUrl = `chrome-extension://${extensionId}/options.html`;
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && !context.pages().some((page) => page.url() === optionsUrl)) {
      await context.waitForEvent('page', { timeout: 1_000 }).catch(() => undefined);
    }
  }

  return {
    context,
    extensionId,
    profileDir,
    launchOptions: { ...options, profileDir },
    serviceWorker,
    notificationIds: async () =>
      (await serviceWorker()).evaluate(async () => Object.keys(await chrome.notifications.getAll())),
    badgeText: async () => (await serviceWorker()).evaluate(() => chrome.action.getBadgeText({})),
    dispatchNotificationEvent: async (event, ...args) =>
      (await serviceWorker()).evaluate(
        ([event, args]) =>
          (chrome.notifications[event] as unknown as { dispatch(...a: unknown[]): void }).dispatch(...args),
        [event, args] as const,
      ),
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    read: readItem,
    write: writeItem,
    patch: async (item, fields) => writeItem(item, { ...(await readItem(item)), ...fields }),
    async stopServiceWorker() {
      const page = await context.newPage();
      try {
        const cdp = await context.newCDPSession(page);
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
      } finally {
        await page.close();
      }
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * Relaunch on the same profile, as a browser restart: closes `browser` keeping its profile, runs
 * `whileClosed` (orders arrive, an update is installed…), launches the browser again on that profile
 * with the same options (`launch` overrides some), and runs `check` with it and what `whileClosed`
 * returned. The relaunched browser is always closed afterwards, pass or fail, and its profile removed.
 */
export async function relaunchOnSameProfile<W = void, T = void>(
  browser: ExtensionBrowser,
  check: (relaunched: ExtensionBrowser, whileClosed: W) => Promise<T>,
  { whileClosed, launch }: { whileClosed?: () => W | Promise<W>; launch?: LaunchOptions } = {},
): Promise<T> {
  await browser.close({ keepProfile: true });
  const happened = (await whileClosed?.()) as W;
  const relaunched = await launchExtensionBrowser({ ...browser.launchOptions, ...launch });
  try {
    return await check(relaunched, happened);
  } finally {
    await relaunched.close();
  }
}
