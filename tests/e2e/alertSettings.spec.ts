import { STORED } from '../../utils/storedValues';
import type { ExtensionBrowser } from '../harness/extensionBrowser';
import { expect, test } from './fixtures';
import { AR } from './interfaceText';

const lastSound = (extension: ExtensionBrowser) => extension.read(STORED.lastSound);

test('the options page saves the chosen sound at once and plays it on "test"', async ({ extension, optionsPage }) => {
  await optionsPage.page.locator('select[name=sound]').selectOption('chime');
  await expect.poll(async () => (await extension.read(STORED.settings)).sound).toBe('chime');
  await optionsPage.page.locator('button[name=testSound]').click();
  await expect(optionsPage.page.locator('.test-result')).toHaveText(AR.ui.options.soundPlayed);
});

test('while snoozed, orders are recorded and counted on the badge without a popup or a sound', async ({
  backend,
  extension,
  optionsPage,
  signInAsEmployee,
}) => {
  await signInAsEmployee();
  await optionsPage.page.locator('button[name=snooze][value="15m"]').click();
  await expect(optionsPage.page.locator('.snoozed')).toBeVisible();
  backend.createOrder();
  await expect.poll(() => extension.badgeText()).toBe('1');
  await expect.poll(async () => (await extension.read(STORED.pipelineStats)).orders).toEqual({ quiet: 1 });
  expect(await extension.notificationIds()).toEqual([]);
  expect(await lastSound(extension)).toBeNull();
});

// That it stops once the order is seen is proven on a fake clock in the RepeatRinger unit test.
test('"repeat until acknowledged" rings the unseen order again after the interval', async ({
  backend,
  extension,
  signInAsEmployee,
}) => {
  test.setTimeout(60_000);
  await extension.patch(STORED.settings, { repeatUntilAcknowledged: true, repeatIntervalSeconds: 10 });
  await signInAsEmployee();
  backend.createOrder();
  await expect.poll(async () => (await lastSound(extension))?.ok).toBe(true);
  const firstRing = (await lastSound(extension))!.at;
  await expect
    .poll(async () => (await lastSound(extension))!.at, { timeout: 15_000 })
    .toBeGreaterThanOrEqual(firstRing + 10_000);
});
