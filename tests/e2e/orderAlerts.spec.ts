import { STORED } from '../../utils/storedValues';
import { relaunchOnSameProfile, type ExtensionBrowser } from '../harness/extensionBrowser';
import { announcedOrder, expect, missedWhileDisconnected, test } from './fixtures';

const stats = (extension: ExtensionBrowser) => extension.read(STORED.pipelineStats);
const receivedIds = async (extension: ExtensionBrowser) =>
  (await extension.read(STORED.receivedOrders)).map((order) => order.id);

test('a repeated broadcast is announced once', async ({ backend, extension, signInAsEmployee }) => {
  await signInAsEmployee();
  const order = backend.createOrder();
  backend.broadcastRaw(JSON.stringify({ event: 'order_created', data: order }));
  await expect.poll(async () => (await stats(extension)).orders).toEqual({ announced: 1, duplicate: 1 });
  expect(await extension.notificationIds()).toEqual([`order-${order.order_id}`]);
});

test('a cancelled order never alerts, but the next order does', async ({ backend, extension, signInAsEmployee }) => {
  await signInAsEmployee();
  // The real frame carries no status: a cancelled one comes only in a frame written by hand.
  const cancelled = backend.createOrder({ status: 'cancelled' }, { broadcast: false });
  backend.broadcastRaw(JSON.stringify({ event: 'order_created', data: cancelled }));
  await announcedOrder(backend, extension);
  expect(await extension.notificationIds()).not.toContain(`order-${cancelled.order_id}`);
  await expect.poll(async () => (await stats(extension)).orders).toEqual({ terminal: 1, announced: 1 });
});

test('malformed frames are ignored and counted; only the valid order is announced', async ({
  backend,
  extension,
  signInAsEmployee,
}) => {
  await signInAsEmployee();
  backend.broadcastRaw('{"event": "order_created", "data":');
  backend.broadcastRaw(JSON.stringify({ event: 'order_created', data: { order_id: 'x' } }));
  backend.broadcastRaw(JSON.stringify({ event: 'order_updated', data: {} }));
  // Large frames are normal (a customer's picture rides inside): this one is read, and is no order.
  backend.broadcastRaw(`{"pad":"${'x'.repeat(70_000)}"}`);
  const valid = backend.createOrder();
  await expect.poll(() => extension.notificationIds()).toEqual([`order-${valid.order_id}`]);
  await expect
    .poll(async () => (await stats(extension)).ignoredFrames)
    .toEqual({ notJson: 1, invalidOrder: 1, unknownMessage: 2 });
  expect(backend.sockets()).toHaveLength(1);
});

test('a burst of orders becomes one summary notification', async ({ backend, extension, signInAsEmployee }) => {
  await signInAsEmployee();
  const orders = Array.from({ length: 6 }, () => backend.createOrder());
  await expect.poll(async () => (await stats(extension)).orders.announced).toBe(orders.length);
  await expect.poll(() => extension.notificationIds()).toEqual(['orders-summary']);
});

test('the alert sound plays through an offscreen document', async ({ backend, extension, signInAsEmployee }) => {
  await signInAsEmployee();
  backend.createOrder();
  await expect.poll(() => extension.read(STORED.lastSound)).toMatchObject({ ok: true, sound: 'beep' });
  const offscreen = await (
    await extension.serviceWorker()
  ).evaluate(async () =>
    (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType] })).map(
      (context) => new URL(context.documentUrl ?? '').pathname,
    ),
  );
  expect(offscreen).toEqual(['/offscreen.html']);
});

test('the badge counts unseen orders and clears when the popup is opened', async ({
  backend,
  extension,
  signInAsEmployee,
  openPopup,
}) => {
  await signInAsEmployee();
  backend.createOrder();
  await expect.poll(() => extension.badgeText()).toBe('1');
  backend.createOrder();
  await expect.poll(() => extension.badgeText()).toBe('2');
  await openPopup();
  await expect.poll(() => extension.badgeText()).toBe('');
});

test('opening an order from the popup opens its page in the dashboard', async ({
  backend,
  extension,
  signInAsEmployee,
  openPopup,
}) => {
  await signInAsEmployee();
  const order = backend.createOrder();
  const popup = await openPopup();
  const opened = extension.context.waitForEvent('page');
  await popup.openButton(order.order_id).click();
  await expect.poll(async () => (await opened).url()).toBe(`${backend.origin}/dashboard/orders/${order.order_id}`);
});

test.describe('a staff computer in Damascus (UTC+3)', () => {
  test.use({ browserTimeZone: 'Asia/Damascus' });

  test('reads the naive UTC created_at right: a missed order from an hour ago is still news', async ({
    backend,
    extension,
    signInAsEmployee,
  }) => {
    expect(await (await extension.serviceWorker()).evaluate(() => new Date().getTimezoneOffset())).toBe(-180);
    // Two hours of catch-up: read as local time, an hour-old order would look four hours old.
    await extension.patch(STORED.settings, { apiBaseUrl: backend.apiBaseUrl, catchUpMaxAgeHours: 2 });
    await signInAsEmployee();
    await announcedOrder(backend, extension);

    const hourAgo = new Date(Date.now() - 3_600_000).toISOString().slice(0, 23);
    await missedWhileDisconnected(backend, extension, { orders: [{ created_at: `${hourAgo}000` }] });
  });
});

test('after a browser restart on the same profile, no known order is announced again', async ({
  backend,
  extension,
  signInAsEmployee,
}) => {
  await signInAsEmployee();
  const before = await announcedOrder(backend, extension);
  await expect.poll(() => receivedIds(extension)).toEqual([before.order_id]);
  await relaunchOnSameProfile(extension, async (relaunched) => {
    await expect.poll(() => backend.sockets().length).toBe(1);
    // The server repeats the order; catch-up lists it too.
    backend.broadcastRaw(JSON.stringify({ event: 'order_created', data: before }));
    const after = backend.createOrder();
    await expect.poll(() => relaunched.notificationIds()).toEqual([`order-${after.order_id}`]);
    await expect.poll(async () => (await stats(relaunched)).orders.duplicate).toBeGreaterThanOrEqual(1);
    await expect.poll(async () => (await stats(relaunched)).orders.announced).toBe(1);
  });
});

test.describe('acting on a notification', () => {
  test('a click opens the order in the dashboard, clears it and marks it seen', async ({
    backend,
    extension,
    signInAsEmployee,
  }) => {
    await signInAsEmployee();
    const order = await announcedOrder(backend, extension);
    const opened = extension.context.waitForEvent('page');
    await extension.dispatchNotificationEvent('onClicked', `order-${order.order_id}`);
    await expect.poll(async () => (await opened).url()).toBe(`${backend.origin}/dashboard/orders/${order.order_id}`);
    await expect.poll(() => extension.notificationIds()).toEqual([]);
    await expect.poll(() => extension.badgeText()).toBe('');
  });

  test('closing it by hand marks it seen without opening anything', async ({
    backend,
    extension,
    signInAsEmployee,
  }) => {
    await signInAsEmployee();
    const order = backend.createOrder();
    await expect.poll(() => extension.badgeText()).toBe('1');
    const pagesBefore = extension.context.pages().length;
    await extension.dispatchNotificationEvent('onClosed', `order-${order.order_id}`, true);
    await expect.poll(() => extension.badgeText()).toBe('');
    expect(extension.context.pages()).toHaveLength(pagesBefore);
  });
});
