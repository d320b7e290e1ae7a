import { STORED } from '../../utils/storedValues';
import type { ExtensionBrowser } from '../harness/extensionBrowser';
import { loginDirectly } from '../harness/loginDirectly';
import { DEMO_CUSTOMER, DEMO_EMPLOYEE, announcedOrder, expect, missedWhileDisconnected, test } from './fixtures';
import { AR } from './interfaceText';

const snapshot = (extension: ExtensionBrowser) => extension.read(STORED.connectionSnapshot);
const session = async (extension: ExtensionBrowser) => (await extension.read(STORED.session))!;

/** Records a measured number in the report and on the console (the closing notes quote them). */
function report(name: string, value: string): void {
  test.info().annotations.push({ type: name, description: value });
  console.log(`${name}: ${value}`);
}

test('a restarted server is reconnected within 2 s of its return', async ({
  backend,
  extension,
  signInAsEmployee,
  restartBackend,
}) => {
  await signInAsEmployee();
  const restarted = await restartBackend(async () => {
    // Down long enough for several failed attempts: the dense retry phase is what is measured.
    await expect
      .poll(async () => (await snapshot(extension))?.attempt ?? 0, { timeout: 15_000 })
      .toBeGreaterThanOrEqual(3);
    expect((await snapshot(extension))?.status).toMatchObject({ state: 'waiting', problem: 'serverUnreachable' });
  });
  const back = Date.now();
  await expect.poll(() => restarted.sockets().length, { timeout: 2_000, intervals: [25] }).toBe(1);
  report('reconnect after server restart (ms)', String(Date.now() - back));
  expect(backend.handshakes().accepted).toBe(1);
});

test.describe('a stalled server', () => {
  test.use({ backendOptions: { pingIntervalMs: 1000 } });

  test('is detected by its silence and the socket replaced', async ({ backend, extension, signInAsEmployee }) => {
    await extension.patch(STORED.settings, {
      apiBaseUrl: backend.apiBaseUrl,
      dashboardUrl: null,
      serverPingIntervalSeconds: 1,
    });
    await signInAsEmployee();
    backend.setStalled(true);
    await expect.poll(() => backend.handshakes().accepted, { timeout: 10_000 }).toBe(2);
    expect(backend.closedSockets()).toEqual([expect.objectContaining({ code: 4000, reason: 'silent' })]);
    backend.setStalled(false);
    await expect.poll(async () => (await snapshot(extension))?.status.state).toBe('open');
  });
});

test('a stopped service worker comes back on the alarm and catches up on the order it missed', async ({
  backend,
  extension,
  signInAsEmployee,
}) => {
  test.setTimeout(90_000);
  await signInAsEmployee();
  const seen = await announcedOrder(backend, extension);

  let stoppedAt = 0;
  const [missed] = await missedWhileDisconnected(backend, extension, {
    orders: [{ customer_name: 'طلب فائت' }],
    disconnect: async () => {
      await extension.stopServiceWorker();
      stoppedAt = Date.now();
      await expect.poll(() => backend.sockets().length).toBe(0);
    },
    // The watchdog alarm fires at most 30 s later.
    within: 45_000,
  });
  report('worker stopped → caught up (ms)', String(Date.now() - stoppedAt));
  expect(backend.sockets()).toHaveLength(1);
  // Each order once: the one announced before the stop is not announced again. (The list is
  // written behind the alert, so wait for it rather than read it once.)
  await expect
    .poll(async () => (await extension.read(STORED.receivedOrders)).map((order) => order.id))
    .toEqual([missed!.order_id, seen.order_id]);
  await expect.poll(() => extension.badgeText()).toBe('2');
});

test('a revoked token stops the retries, says why, and asks to sign in once', async ({
  backend,
  extension,
  signInAsEmployee,
  openPopup,
}) => {
  await signInAsEmployee();
  backend.revokeToken((await session(extension)).token);
  backend.closeSockets(1011, 'restart');

  await expect.poll(async () => (await snapshot(extension))?.status.state).toBe('rejected');
  const status = (await snapshot(extension))!.status;
  expect(status).toMatchObject({ reason: 'tokenRejected' });
  // The next handshake is five minutes away: one refused handshake, not a storm.
  expect(status.state === 'rejected' && status.nextAttemptAt - Date.now()).toBeGreaterThan(4.5 * 60_000);
  expect(backend.handshakes().rejected).toBe(1);
  await expect.poll(() => extension.notificationIds()).toContain('account-signInRequired');
  const tooltip = await (await extension.serviceWorker()).evaluate(() => chrome.action.getTitle({}));
  expect(tooltip).toBe(AR.connection.toolbarTitle(AR.connection.rejection.tokenRejected));

  const popup = await openPopup();
  await expect(popup.statusText).toContainText(AR.connection.rejection.tokenRejected);
  await expect(popup.statusAction).toHaveAttribute('data-action', 'signIn');
});

test.describe('a server with the integer-sub defect', () => {
  test.use({ backendOptions: { integerSubDefect: true } });

  test('still lets accounts with opaque tokens receive orders', async ({ backend, optionsPage }) => {
    await optionsPage.signIn({ apiBaseUrl: backend.apiBaseUrl, username: '0911111111', password: 'admin123' });
    await expect(optionsPage.signedInName).toBeVisible();
    await expect.poll(() => backend.sockets().length).toBe(1);
  });

  test('that appears after sign-in is named once the fresh token is refused', async ({
    backend,
    extension,
    openPopup,
  }) => {
    const { access_token: token, user } = await loginDirectly(backend.apiBaseUrl, DEMO_EMPLOYEE);
    // As if the sign-in page could not reach /auth/me: the token was never accepted.
    await extension.write(STORED.session, {
      apiBaseUrl: backend.apiBaseUrl,
      token,
      user,
      signedInAt: Date.now(),
      verifiedAt: null,
    });
    await expect.poll(async () => (await snapshot(extension))?.status).toMatchObject({ reason: 'serverDefect' });
    const popup = await openPopup();
    await expect(popup.statusText).toContainText(AR.connection.listReading.serverDefect);
  });
});

test('a base URL without /api is named as a wrong address, with the settings as the fix', async ({
  backend,
  extension,
  optionsPage,
  signInAsEmployee,
  openPopup,
}) => {
  await optionsPage.signIn({ apiBaseUrl: backend.origin, ...DEMO_EMPLOYEE });
  await expect(optionsPage.error).toContainText('/api');

  // The same mistake after sign-in, e.g. a server moved by an administrator.
  await signInAsEmployee();
  await extension.write(STORED.session, { ...(await session(extension)), apiBaseUrl: backend.origin });
  await expect.poll(async () => (await snapshot(extension))?.status).toMatchObject({ reason: 'wrongUrl' });
  const popup = await openPopup();
  await expect(popup.statusAction).toHaveAttribute('data-action', 'openSettings');
});

test('an account that is no longer staff is refused at the stream and named', async ({
  backend,
  extension,
  signInAsEmployee,
}) => {
  await signInAsEmployee();
  const customer = await loginDirectly(backend.apiBaseUrl, DEMO_CUSTOMER);
  await extension.write(STORED.session, {
    ...(await session(extension)),
    token: customer.access_token,
    signedInAt: Date.now(),
  });
  await expect.poll(async () => (await snapshot(extension))?.status).toMatchObject({ reason: 'notStaff' });
  expect(backend.sockets()).toHaveLength(0);
});

test.describe('a JWT close to its expiry', () => {
  test.use({ backendOptions: { jwtLifetimeSeconds: 2 * 24 * 3600 } });

  test('is announced while there is still time to sign in again', async ({ extension, signInAsEmployee }) => {
    await signInAsEmployee();
    await expect.poll(() => extension.notificationIds()).toContain('account-expiringSoon');
  });
});
