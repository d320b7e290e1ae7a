import { STORED } from '../../utils/storedValues';
import { launchExtensionBrowser, type ExtensionBrowser } from '../harness/extensionBrowser';
import { announcedOrder, expect, statusOnServer, test } from './fixtures';
import { OptionsPage } from './pages/OptionsPage';
import { PopupPage } from './pages/PopupPage';
import { AR } from './interfaceText';

const SECOND_EMPLOYEE = { username: '0944444444', password: 'staff123' };
const ACCEPT_BUTTON = 0;

/** Both computers repeat the sound until someone acts: the ringing that must stop. */
async function ringUntilSeen(extension: ExtensionBrowser): Promise<void> {
  await extension.patch(STORED.settings, { repeatUntilAcknowledged: true, repeatIntervalSeconds: 10 });
}

/** When the repeating sound rings next; null when it does not ring. */
const nextRingAt = (extension: ExtensionBrowser) => extension.read(STORED.nextRingAt);

async function receivedOrder(extension: ExtensionBrowser, orderId: number) {
  const orders = await extension.read(STORED.receivedOrders);
  return orders.find((order) => order.id === orderId);
}

test('accepting an order on one computer silences it on a colleague’s within 30 s', async ({
  backend,
  extension,
  openPopup,
  signInAsEmployee,
}) => {
  const colleague = await launchExtensionBrowser();
  try {
    await Promise.all([ringUntilSeen(extension), ringUntilSeen(colleague)]);
    await signInAsEmployee();
    const colleagueOptions = await OptionsPage.open(colleague);
    await colleagueOptions.signIn({ apiBaseUrl: backend.apiBaseUrl, ...SECOND_EMPLOYEE });
    await expect.poll(() => backend.sockets().length).toBe(2);

    const order = backend.createOrder();
    const notificationId = `order-${order.order_id}`;
    for (const computer of [extension, colleague]) {
      await expect.poll(() => computer.notificationIds()).toContain(notificationId);
      await expect.poll(() => nextRingAt(computer)).toEqual(expect.any(Number));
    }

    const acceptedAt = Date.now();
    await extension.dispatchNotificationEvent('onButtonClicked', notificationId, ACCEPT_BUTTON);
    await expect.poll(() => statusOnServer(backend, order.order_id)).toBe('accepted');
    await expect.poll(() => extension.notificationIds()).toEqual([]);
    await expect.poll(() => nextRingAt(extension)).toBeNull();

    await expect.poll(() => colleague.notificationIds(), { timeout: 30_000 }).toEqual([]);
    const silencedAfterMs = Date.now() - acceptedAt;
    await expect.poll(() => nextRingAt(colleague)).toBeNull();
    expect(await colleague.badgeText()).toBe('');
    test.info().annotations.push({
      type: 'accept on one computer → silence on the other',
      description: `${(silencedAfterMs / 1000).toFixed(1)} s`,
    });

    const colleaguePopup = await PopupPage.open(colleague);
    await expect(colleaguePopup.order(order.order_id)).toHaveClass(/handled/);
    await expect(colleaguePopup.order(order.order_id)).toContainText(
      `${AR.order.status.accepted} · ${AR.order.handledElsewhere}`,
    );
    await expect(colleaguePopup.acceptButton(order.order_id)).toHaveCount(0);
    const popup = await openPopup();
    await expect(popup.order(order.order_id)).toContainText(AR.order.acceptedHere);
  } finally {
    await colleague.close();
  }
});

test('an accept with a revoked sign-in is reported in words and the order keeps ringing', async ({
  backend,
  extension,
  openPopup,
  signInAsEmployee,
}) => {
  await ringUntilSeen(extension);
  await signInAsEmployee();
  const order = await announcedOrder(backend, extension);
  const notificationId = `order-${order.order_id}`;
  backend.revokeToken((await extension.read(STORED.session))!.token);

  await extension.dispatchNotificationEvent('onButtonClicked', notificationId, ACCEPT_BUTTON);
  await expect
    .poll(async () => (await receivedOrder(extension, order.order_id))?.acceptance)
    .toMatchObject({ state: 'failed', problem: 'signInRequired' });
  expect(await extension.notificationIds()).toContain(notificationId);
  // Published write-behind (200 ms): polled, not read once.
  await expect.poll(() => nextRingAt(extension)).toEqual(expect.any(Number));
  expect(await extension.badgeText()).toBe('1');
  expect(await statusOnServer(backend, order.order_id)).toBe('pending');

  const popup = await openPopup();
  await expect(popup.order(order.order_id).getByRole('alert')).toHaveText(
    AR.order.acceptFailed(AR.ui.acceptProblem.signInRequired),
  );
});

test('the popup accepts an order and shows it as accepted', async ({ backend, openPopup, signInAsEmployee }) => {
  await signInAsEmployee();
  const order = backend.createOrder();
  const popup = await openPopup();
  await expect(popup.order(order.order_id)).toContainText(AR.order.status.pending);
  await popup.acceptButton(order.order_id).click();
  await expect(popup.order(order.order_id)).toContainText(AR.order.acceptedHere);
  await expect(popup.order(order.order_id)).toHaveClass(/handled/);
  expect(await statusOnServer(backend, order.order_id)).toBe('accepted');
});

test('a colleague’s accept shows in an open popup and takes down the notification left in the tray', async ({
  backend,
  extension,
  openPopup,
  signInAsEmployee,
}) => {
  await signInAsEmployee();
  const order = await announcedOrder(backend, extension);
  // Opening the popup marks the order seen; its notification stays in the tray.
  const popup = await openPopup();
  await expect(popup.order(order.order_id)).toContainText(AR.order.status.pending);
  await expect.poll(() => extension.badgeText()).toBe('');
  expect(await extension.notificationIds()).toContain(`order-${order.order_id}`);
  backend.setOrderStatus(order.order_id, 'preparing');
  await expect(popup.order(order.order_id)).toContainText(
    `${AR.order.status.preparing} · ${AR.order.handledElsewhere}`,
    { timeout: 30_000 },
  );
  await expect.poll(() => extension.notificationIds()).toEqual([]);
});
