import { startShopBackend, type ShopBackend } from '../../server/shopBackend';
import { relaunchOnSameProfile } from '../harness/extensionBrowser';
import { recordedNotifications, recordNotifications } from '../harness/notificationRecorder';
import { BURST_WINDOW_MS } from '../../utils/orders/burstGate';
import { STORED } from '../../utils/storedValues';
import { DiagnosticsPage } from './pages/DiagnosticsPage';
import { announcedOrder, DEMO_EMPLOYEE, expect, missedWhileDisconnected, statusOnServer, test } from './fixtures';
import { AR } from './interfaceText';

/** Bidi controls a customer could use to turn a line around (the extension's own isolates are U+2068/U+2069). */
const REORDERING = /[\u202a-\u202e\u2066\u2067\u200e\u200f\u061c]/u;

test('order 7 of two shop servers is announced on both, and accepted on the one it belongs to', async ({
  backend,
  extension,
  openPopup,
  optionsPage,
  signInAsEmployee,
}) => {
  let other: ShopBackend | null = null;
  try {
    await signInAsEmployee();
    for (let id = 1; id < 7; id++) backend.createOrder({}, { broadcast: false });
    await announcedOrder(backend, extension, { customer_name: 'Test server customer' });

    other = await startShopBackend({ dataFile: null });
    for (let id = 1; id < 7; id++) other.createOrder({}, { broadcast: false });
    await optionsPage.page.locator('button[name=signOut]').click();
    await expect.poll(() => extension.read(STORED.receivedOrders)).toEqual([]);
    await optionsPage.signIn({ apiBaseUrl: other.apiBaseUrl, ...DEMO_EMPLOYEE });
    const second = other;
    await expect.poll(() => second.sockets().length).toBe(1);
    const seven = await announcedOrder(second, extension, { customer_name: 'ليلى' });
    expect(seven.order_id).toBe(7);

    const popup = await openPopup();
    await expect(popup.orders).toHaveCount(1);
    await expect(popup.order(7)).toContainText('ليلى');
    await popup.acceptButton(7).click();
    await expect(popup.order(7)).toContainText(AR.order.acceptedHere);
    expect(await statusOnServer(second, 7)).toBe('accepted');
    expect(await statusOnServer(backend, 7)).toBe('pending');
  } finally {
    await other?.close();
  }
});

test.describe(() => {
  // A second browser beside it on two cores would measure the machine, not the extension. Orders kept
  // in memory: writing the whole order file at each of 3,000 orders blocked the backend (and the test)
  // for most of the test's time, so the flood did not arrive as one.
  test.use({ runsAlone: true, backendOptions: { dataFile: null } });

  test('a flood of 3,000 is taken in within 10 s, and an order 3 s after it is announced on its own within 10 s', async ({
    backend,
    extension,
    signInAsEmployee,
  }) => {
    test.setTimeout(60_000);
    await signInAsEmployee();
    for (let index = 0; index < 3_000; index++) backend.createOrder();
    // The flood is taken in within 10 s. The next order comes 3 s after it has been (beyond the 2 s burst
    // window, so it is not part of the flood's summary): on a loaded machine taking 3,000 orders in can
    // last past 3 s from the server's send, which made a gap counted from the send flaky.
    await expect
      .poll(async () => (await extension.read(STORED.pipelineStats)).orders.announced, { timeout: 10_000 })
      .toBe(3_000);
    await new Promise((resolve) => setTimeout(resolve, BURST_WINDOW_MS + 1_000));
    const after = backend.createOrder();
    await expect.poll(() => extension.notificationIds(), { timeout: 10_000 }).toContain(`order-${after.order_id}`);
    await expect.poll(async () => (await extension.read(STORED.pipelineStats)).orders.announced).toBe(3_001);
  });
});

test('a customer name cannot forge lines or turn the amount around in the notification', async ({
  backend,
  extension,
  signInAsEmployee,
}) => {
  await signInAsEmployee();
  await recordNotifications(extension);
  const forged = `أحمد\nطلب ORD-999 مدفوع، لا تتصل\u202e0005${'ب'.repeat(3_000)}`;
  const order = await announcedOrder(backend, extension, { customer_name: forged });
  const [shown] = (await recordedNotifications(extension)).filter(({ id }) => id === `order-${order.order_id}`);
  for (const text of [shown!.title, shown!.message, shown!.contextMessage]) expect(text).not.toMatch(/[\n\r]/);
  // The customer's words sit inside an isolate; `Intl`'s own marks in the amount are not theirs.
  expect(shown!.message).not.toMatch(REORDERING);
  expect(shown!.message).toMatch(/\u2068أحمد طلب ORD-999 مدفوع، لا تتصل 0005ب+…\u2069/u);
  expect(shown!.message!.length).toBeLessThan(200);
  expect(shown!.message).toContain('…');
});

test('an absurd order id cannot hide an order missed afterwards', async ({ backend, extension, signInAsEmployee }) => {
  await signInAsEmployee();
  await announcedOrder(backend, extension);
  backend.broadcastRaw(JSON.stringify({ event: 'order_created', data: { order_id: Number.MAX_SAFE_INTEGER } }));
  await expect.poll(() => extension.notificationIds()).toContain(`order-${Number.MAX_SAFE_INTEGER}`);
  await missedWhileDisconnected(backend, extension);
});

test('orders missed while the browser was closed are announced once when it starts, nothing old again', async ({
  backend,
  extension,
  signInAsEmployee,
}) => {
  await signInAsEmployee();
  const before = await announcedOrder(backend, extension);
  await expect.poll(async () => (await extension.read(STORED.receivedOrders)).length).toBe(1);
  await relaunchOnSameProfile(
    extension,
    async (relaunched, missed) => {
      const ids = missed.map((order) => `order-${order.order_id}`);
      await expect
        .poll(async () => (await relaunched.notificationIds()).sort(), { timeout: 15_000 })
        .toEqual(ids.sort());
      await expect.poll(async () => (await relaunched.read(STORED.pipelineStats)).orders.announced).toBe(2);
      expect(await relaunched.notificationIds()).not.toContain(`order-${before.order_id}`);
    },
    {
      whileClosed: () => {
        return [backend.createOrder({}, { broadcast: false }), backend.createOrder({}, { broadcast: false })];
      },
    },
  );
});

test('with storage full, orders still alert and the problem is named', async ({
  backend,
  extension,
  openPopup,
  signInAsEmployee,
}) => {
  await signInAsEmployee();
  // Fill storage.local up to its 10 MB quota, as years of another extension's data might.
  await (
    await extension.serviceWorker()
  ).evaluate(async () => {
    const used = await chrome.storage.local.getBytesInUse(null);
    await chrome.storage.local.set({ filler: 'x'.repeat(chrome.storage.local.QUOTA_BYTES - used - 200) });
  });
  const order = await announcedOrder(backend, extension);
  await expect.poll(() => extension.read(STORED.storageProblem)).not.toBeNull();
  const popup = await openPopup();
  await expect(popup.page.locator('[data-problem=storageFull]')).toBeVisible();
  expect(await extension.notificationIds()).toContain(`order-${order.order_id}`);
  const troubleshooter = await DiagnosticsPage.open(extension);
  await expect(troubleshooter.check('dedupeStore')).toHaveAttribute('data-cause', 'storageFull');
});
