import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION_ID } from '../../utils/platform/firefoxId';
import type { StoredValue } from '../../utils/storedValues';
import { findFirefox } from './browsers';

export const FIREFOX_E2E_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2-e2e');
/** Fixed, so the tests know the extension's pages' addresses (Firefox picks a random one per profile). */
const EXTENSION_UUID = '6b4b3f47-7a55-4c1e-9a51-4b6d5f0e9c21';

export interface FirefoxExtension {
  readonly browser: Browser;
  /** Opens one of the extension's pages, with its extension APIs. */
  open(path: 'options.html' | 'popup.html' | 'diagnostics.html'): Promise<Page>;
  read<T>(item: StoredValue<T>): Promise<T>;
  notificationIds(): Promise<string[]>;
  /** Ids of the notifications Firefox showed since the first call (headless, it closes them at once: those count). */
  shownNotifications(): Promise<string[]>;
  badgeText(): Promise<string>;
  close(): Promise<void>;
}

/**
 * A fresh install opens the sign-in page in a tab (first run). Until it has, a page a test
 * opens can be taken over or closed by it mid-navigation ("Target closed", seen on a loaded
 * two-core machine). Each tab says where it is from inside; bounded to 15 s.
 */
async function firstRunShown(browser: Browser, optionsUrl: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href === optionsUrl) return;
    }
    await new Promise((done) => setTimeout(done, 200));
  }
}

/**
 * Real Firefox (Debian's ESR) driven over WebDriver BiDi, with the e2e build installed as a
 * temporary add-on. BiDi may not navigate to `moz-extension:` pages itself, so each page
 * starts on `startPage` (a local http page) and moves there from inside (the e2e build lists
 * its pages as web-accessible).
 */
export async function launchFirefoxExtension({ startPage }: { startPage: string }): Promise<FirefoxExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: EXTENSION_UUID }),
      // The alert sound may play without a click, as it does for staff.
      'media.autoplay.default': 0,
      'media.autoplay.blocking_policy': 0,
    },
  });
  await browser.installExtension(FIREFOX_E2E_EXTENSION_DIR);
  const base = `moz-extension://${EXTENSION_UUID}/`;
  await firstRunShown(browser, `${base}options.html`);

  async function open(path: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(startPage);
    await page.evaluate((url) => void (location.href = url), `${base}${path}`);
    // The navigation is ours, not BiDi's: wait until the page runs with the extension's APIs.
    for (let attempt = 0; attempt < 100; attempt++) {
      const ready = await page
        .evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete')
        .catch(() => false);
      if (ready) return page;
      await new Promise((done) => setTimeout(done, 50));
    }
    throw new Error(`The extension page ${path} did not open`);
  }

  let probe: Page | null = null;
  /** One extension page kept open to ask the extension's APIs. */
  const inExtension = async <R, A>(run: (arg: A) => Promise<R>, arg: A): Promise<R> => {
    // The options page: opening it changes nothing (the popup would mark orders seen, the troubleshooter run checks).
    probe ??= await open('options.html');
    return probe.evaluate(run as never, arg) as Promise<R>;
  };

  return {
    browser,
    open,
    read: async <T>(item: StoredValue<T>) => {
      const [area, key] = item.key.split(/:(.*)/) as ['local' | 'session', string];
      const stored = await inExtension(
        async ([a, k]: [string, string]) =>
          (
            (await (globalThis as never as { browser: typeof chrome }).browser.storage[a as 'local'].get(k)) as Record<
              string,
              unknown
            >
          )[k],
        [area, key] as [string, string],
      );
      return (stored ?? item.fallback) as T;
    },
    notificationIds: () =>
      inExtension(
        async () =>
          Object.keys(await (globalThis as never as { browser: typeof chrome }).browser.notifications.getAll()),
        null,
      ),
    shownNotifications: () =>
      inExtension(async () => {
        type Events = {
          onShown: chrome.events.Event<(id: string) => void>;
          onClosed: chrome.events.Event<(id: string) => void>;
        };
        const page = globalThis as never as { browser: { notifications: Events }; createdIds?: Set<string> };
        if (!page.createdIds) {
          const created = new Set<string>();
          page.createdIds = created;
          // Headless Firefox has no notification server: it closes each one at once instead of showing it.
          page.browser.notifications.onShown.addListener((id) => void created.add(id));
          page.browser.notifications.onClosed.addListener((id) => void created.add(id));
        }
        return [...page.createdIds];
      }, null),
    badgeText: () =>
      inExtension(
        async () =>
          (
            globalThis as never as { browser: { browserAction: typeof chrome.action } }
          ).browser.browserAction.getBadgeText({}),
        null,
      ),
    close: () => browser.close(),
  };
}
