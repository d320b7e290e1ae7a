import { STORED } from '../../utils/storedValues';
import {
  canWriteChromiumPolicy,
  FIREFOX_POLICY_FILE,
  removeFirefoxPolicy,
  writeFirefoxPolicy,
} from '../harness/managedPolicy';
import { expect, submitSignIn, test } from './fixtures';

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
  // Every Firefox on the machine reads that file: no other test runs while it exists.
  test.use({ runsAlone: true });
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

test("a customer's photo rides in the order: announced live, its thumbnail as the notification's icon and in the list", async ({
  backend,
  firefox,
  signInAsEmployee,
}) => {
  await signInAsEmployee();
  const options = await firefox.open('options.html');
  // Record the icons the background page gives its notifications (headless Firefox shows none).
  await options.evaluate(async () => {
    const page = (await (globalThis as never as { browser: typeof chrome }).browser.extension.getBackgroundPage()) as
      (Window & { browser: typeof chrome; notificationIcons?: string[] }) | null;
    if (!page) throw new Error('no background page');
    const icons: string[] = [];
    page.notificationIcons = icons;
    const notifications = page.browser.notifications as unknown as {
      create(id: string, options: { iconUrl?: string }): Promise<string>;
    };
    const create = notifications.create.bind(notifications);
    notifications.create = (id, options) => {
      icons.push(options.iconUrl ?? '');
      return create(id, options);
    };
  });
  await firefox.shownNotifications();
  const order = backend.createOrder({ design_files: backend.pictureFiles('photo') });
  await expect.poll(() => firefox.shownNotifications()).toContain(`order-${order.order_id}`);
  const thumbnail = async () =>
    (await firefox.read(STORED.receivedOrders)).find((row) => row.id === order.order_id)?.thumbnail;
  await expect.poll(thumbnail).toMatch(/^data:image\/jpeg;base64,/);
  expect((await firefox.read(STORED.receivedOrders)).find((row) => row.id === order.order_id)?.source).toBe('live');
  const icons = await options.evaluate(async () => {
    const page = (await (globalThis as never as { browser: typeof chrome }).browser.extension.getBackgroundPage()) as
      (Window & { notificationIcons?: string[] }) | null;
    return page?.notificationIcons ?? [];
  });
  // Within 100 ms the thumbnail was ready (a 475 KB photo) and became the icon; otherwise the extension's own icon.
  expect(icons).toHaveLength(1);
  test.info().annotations.push({ type: 'icon', description: icons[0]!.slice(0, 30) });
  expect(icons[0] === (await thumbnail()) || icons[0]!.startsWith('moz-extension:')).toBe(true);
});

test('a server that refuses its own tokens: signed in, told why, and orders arrive by reading the list', async ({
  backend,
  firefox,
}) => {
  backend.setIntegerSubDefect(true);
  const options = await firefox.open('options.html');
  await submitSignIn(options, backend.apiBaseUrl);
  await options.waitForSelector('[data-changes-refused]', { timeout: 10_000 });
  await firefox.shownNotifications();
  const order = backend.createOrder({});
  await expect.poll(() => firefox.shownNotifications(), { timeout: 30_000 }).toContain(`order-${order.order_id}`);
  expect(backend.sockets()).toHaveLength(0);
});

test('the shop’s server as published (no live route): orders arrive by reading the list, and live again once the route is back', async ({
  backend,
  firefox,
  signInAsEmployee,
}) => {
  backend.setLiveRoute(false);
  await signInAsEmployee({ awaitSocket: false });
  await expect
    .poll(async () => (await firefox.read(STORED.connectionSnapshot))?.status, { timeout: 15_000 })
    .toMatchObject({ state: 'waiting', problem: 'noLiveRoute' });
  await firefox.shownNotifications();
  const listed = backend.createOrder({}, { form: true });
  await expect.poll(() => firefox.shownNotifications(), { timeout: 20_000 }).toContain(`order-${listed.order_id}`);
  expect(backend.sockets()).toHaveLength(0);

  backend.setLiveRoute(true);
  await expect.poll(() => backend.sockets().length, { timeout: 20_000 }).toBe(1);
  const live = backend.createOrder({}, { form: true });
  await expect.poll(() => firefox.shownNotifications()).toContain(`order-${live.order_id}`);
  expect((await firefox.read(STORED.receivedOrders)).find((row) => row.id === live.order_id)?.source).toBe('live');
});
