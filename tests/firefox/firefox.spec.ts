import { STORED } from '../../utils/storedValues';
import {
  canWriteChromiumPolicy,
  FIREFOX_POLICY_FILE,
  removeFirefoxPolicy,
  writeFirefoxPolicy,
} from '../harness/managedPolicy';
import { expect, test } from './fixtures';

test('signed in, a live order raises its notification and counts on the badge', async ({
  backend,
  firefox,
  signInAsEmployee,
}) => {
  await signInAsEmployee();
  await firefox.shownNotifications();
  const order = backend.createOrder();
  await expect.poll(() => firefox.shownNotifications()).toContain(`order-${order.order_id}`);
  await expect.poll(() => firefox.badgeText()).toBe('1');
});

test('after the backend restarts, the extension reconnects and catches up on the order it missed', async ({
  backend,
  firefox,
  signInAsEmployee,
}) => {
  await signInAsEmployee();
  await firefox.shownNotifications();
  const port = backend.port;
  await backend.close();
  const { startShopBackend } = await import('../../server/shopBackend');
  const restarted = await startShopBackend({ port, dataFile: null });
  try {
    const missed = restarted.createOrder({}, { broadcast: false });
    await expect.poll(() => restarted.sockets().length, { timeout: 20_000 }).toBe(1);
    await expect.poll(() => firefox.shownNotifications(), { timeout: 15_000 }).toContain(`order-${missed.order_id}`);
  } finally {
    await restarted.close();
  }
});

test('the alert sound plays from the background page, or its failure is named', async ({
  backend,
  firefox,
  signInAsEmployee,
}) => {
  await signInAsEmployee();
  backend.createOrder();
  await expect.poll(() => firefox.read(STORED.lastSound)).not.toBeNull();
  const lastSound = await firefox.read(STORED.lastSound);
  expect(lastSound!.ok || (lastSound!.error ?? '').length > 0).toBe(true);
  test.info().annotations.push({ type: 'sound', description: JSON.stringify(lastSound) });
});

test.describe('an administrator’s policies.json', () => {
  test.skip(!canWriteChromiumPolicy(), `writing ${FIREFOX_POLICY_FILE} needs root; CI runs as root`);
  // Written before Firefox starts, as an administrator deploys it; removed pass or fail.
  test.beforeEach(({ backend }) => writeFirefoxPolicy({ apiBaseUrl: backend.apiBaseUrl, soundVolume: 30 }));
  test.afterEach(() => removeFirefoxPolicy());

  test('sets and locks the server and the volume, and the staff member signs in there', async ({
    backend,
    firefox,
    signInAsEmployee,
  }) => {
    const options = await firefox.open('options.html');
    await options.waitForSelector('input[name=soundVolume]:disabled', { timeout: 15_000 });
    // Firefox gives extensions no speech: the page says so instead of offering a switch that does nothing.
    await options.waitForSelector('[data-speech="unavailable"]', { timeout: 15_000 });
    expect(await options.$('input[name=speakOrders]')).toBeNull();
    expect(await options.$eval('input[name=apiBaseUrl]', (input) => (input as HTMLInputElement).value)).toBe(
      backend.apiBaseUrl,
    );
    await signInAsEmployee();
    expect(backend.sockets()).toHaveLength(1);
  });
});
