import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { STORED } from '../../utils/storedValues';
import {
  E2E_EXTENSION_DIR,
  launchExtensionBrowser,
  relaunchOnSameProfile,
  type ExtensionBrowser,
} from '../harness/extensionBrowser';
import { installBuild, PREVIOUS_RELEASE, previousReleaseBuild } from '../harness/previousRelease';
import { DEMO_EMPLOYEE, expect, test } from './fixtures';
import { OptionsPage } from './pages/OptionsPage';

const UPDATES_DIR = resolve(import.meta.dirname, '../../.tmp/updates');

test(`updating ${PREVIOUS_RELEASE.version} in place keeps every order and setting, announces the orders missed while closed, and nothing twice`, async ({
  backend,
}) => {
  test.setTimeout(120_000);
  mkdirSync(UPDATES_DIR, { recursive: true });
  const home = mkdtempSync(join(UPDATES_DIR, 'update-'));
  const extensionDir = join(home, 'extension');
  // Closed by the relaunch, or in the end if the test fails before it (closing twice is harmless).
  let opened: ExtensionBrowser | undefined;
  try {
    installBuild(previousReleaseBuild(), extensionDir);
    const before = await launchExtensionBrowser({ extensionDir });
    opened = before;
    const options = await OptionsPage.open(before);
    await options.signIn({ apiBaseUrl: backend.apiBaseUrl, ...DEMO_EMPLOYEE });
    await expect(options.signedInName).toBeVisible();
    await expect.poll(() => backend.sockets().length).toBe(1);
    await before.patch(STORED.settings, { soundVolume: 55, sound: 'bell' });
    const seen = backend.createOrder();
    await expect.poll(() => before.notificationIds()).toContain(`order-${seen.order_id}`);
    await expect
      .poll(async () => (await before.read(STORED.receivedOrders)).map((order) => order.id))
      .toEqual([seen.order_id]);
    // While the browser is closed the store updates the extension, and orders arrive unbroadcast.
    await relaunchOnSameProfile(
      before,
      async (after, missed) => {
        const missedIds = missed.map((order) => `order-${order.order_id}`).sort();
        await expect.poll(async () => (await after.notificationIds()).sort(), { timeout: 20_000 }).toEqual(missedIds);
        await expect
          .poll(async () => (await after.read(STORED.receivedOrders)).map((order) => order.id))
          .toEqual([...missed.map((order) => order.order_id).reverse(), seen.order_id]);
        // Counted just behind the notifications: the two missed orders, nothing else.
        await expect.poll(async () => (await after.read(STORED.pipelineStats)).orders).toEqual({ announced: 2 });
        expect(await after.read(STORED.settings)).toMatchObject({ soundVolume: 55, sound: 'bell' });
        expect(await after.read(STORED.session)).toMatchObject({ apiBaseUrl: backend.apiBaseUrl });
        expect(await after.read(STORED.orderScope)).toBe(new URL(backend.apiBaseUrl).origin);
        // The new build is the one running: its options page has what the previous release had not.
        const newOptions = await OptionsPage.open(after);
        await expect(newOptions.page.locator('input[name=showPictures]')).toBeChecked();
        await expect(newOptions.page.locator('input[name=soundVolume]')).toHaveValue('55');
      },
      {
        whileClosed: () => {
          installBuild(E2E_EXTENSION_DIR, extensionDir, before.profileDir);
          return [backend.createOrder({}, { broadcast: false }), backend.createOrder({}, { broadcast: false })];
        },
      },
    );
  } finally {
    await opened?.close();
    rmSync(home, { recursive: true, force: true });
  }
});
