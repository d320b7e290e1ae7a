import { DEMO_CUSTOMER, expect, test } from './fixtures';
import { AR } from './interfaceText';

test('a signed-in employee is alerted to a broadcast order: notification, badge, popup', async ({
  backend,
  extension,
  signInAsEmployee,
  openPopup,
}) => {
  await signInAsEmployee();

  const order = backend.createOrder({ customer_name: 'لينا حداد', service_name: 'طباعة بوسترات' });

  await expect.poll(() => extension.notificationIds()).toContain(`order-${order.order_id}`);
  await expect.poll(() => extension.badgeText()).toBe('1');

  const popup = await openPopup();
  await expect(popup.status).toHaveAttribute('data-state', 'open');
  await expect(popup.order(order.order_id)).toContainText(order.order_number);
  await expect(popup.order(order.order_id)).toContainText('لينا حداد');
  // Looking at the popup is seeing the order.
  await expect.poll(() => extension.badgeText()).toBe('');
});

test('the extension answers the server ping with a pong', async ({ backend, signInAsEmployee }) => {
  await signInAsEmployee();
  backend.broadcastRaw(JSON.stringify({ type: 'ping' }));
  await expect.poll(() => backend.sockets()[0]?.pongs).toBe(1);
});

test('a customer account is refused in words and opens no socket', async ({ backend, extension, optionsPage }) => {
  await optionsPage.signIn({ apiBaseUrl: backend.apiBaseUrl, ...DEMO_CUSTOMER });

  await expect(optionsPage.error).toContainText(AR.ui.signInProblem.notStaff);
  await expect(optionsPage.signedInName).toHaveCount(0);
  const stored = await (await extension.serviceWorker()).evaluate(() => chrome.storage.local.get('session'));
  expect(stored.session ?? null).toBeNull();
  expect(backend.handshakes()).toEqual({ accepted: 0, rejected: 0 });
  expect(backend.sockets()).toHaveLength(0);
});

test('wrong credentials are named as such', async ({ backend, optionsPage }) => {
  await optionsPage.signIn({ apiBaseUrl: backend.apiBaseUrl, username: '0922222222', password: 'wrong' });
  await expect(optionsPage.error).toContainText(AR.ui.signInProblem.badCredentials);
});

test('before signing in, the popup says how to start', async ({ openPopup }) => {
  const popup = await openPopup();
  await expect(popup.status).toHaveAttribute('data-state', 'signedOut');
  await expect(popup.statusText).toContainText(AR.connection.signedOut);
  await expect(popup.statusAction).toHaveAttribute('data-action', 'signIn');
});

test('the built manifest asks for no host access, keeps Chrome running for alerts, and requires Chrome 116+', async ({
  extension,
}) => {
  const manifest = await (await extension.serviceWorker()).evaluate(() => chrome.runtime.getManifest());
  expect(Number(manifest.minimum_chrome_version)).toBeGreaterThanOrEqual(116);
  expect(manifest.permissions?.sort()).toEqual([
    'alarms',
    'background',
    'idle',
    'notifications',
    'offscreen',
    'scripting',
    'storage',
    'tts',
  ]);
  expect(manifest.host_permissions ?? []).toEqual([]);
});

test('installing it opens the sign-in page at once, and a signed-out popup says what to do', async ({
  extension,
  openPopup,
}) => {
  await expect
    .poll(() => extension.context.pages().map((page) => page.url()))
    .toContainEqual(extension.extensionUrl('options.html'));
  const popup = await openPopup();
  await expect(popup.status).toHaveAttribute('data-state', 'signedOut');
  await expect(popup.statusText).toContainText(AR.connection.signedOut);
  await expect(popup.statusAction).toHaveAttribute('data-action', 'signIn');
});
