import type { ExtensionBrowser } from '../harness/extensionBrowser';
import { STORED } from '../../utils/storedValues';
import { announcedOrder, DEMO_EMPLOYEE, expect, test } from './fixtures';
import { AR } from './interfaceText';

/** Records what the worker asks of `chrome.notifications.update`: the thumbnail arrives that way. */
async function recordNotificationUpdates(extension: ExtensionBrowser): Promise<void> {
  await (
    await extension.serviceWorker()
  ).evaluate(() => {
    const recorded: { id: string; type?: string; imageUrl?: string }[] = [];
    (globalThis as unknown as { notificationUpdates: typeof recorded }).notificationUpdates = recorded;
    const update = chrome.notifications.update.bind(chrome.notifications);
    chrome.notifications.update = ((id: string, options: chrome.notifications.NotificationOptions) => {
      recorded.push({ id, type: options.type, imageUrl: options.imageUrl });
      return update(id, options);
    }) as typeof chrome.notifications.update;
  });
}

async function notificationUpdates(extension: ExtensionBrowser) {
  return (await extension.serviceWorker()).evaluate(
    () =>
      (globalThis as unknown as { notificationUpdates: { id: string; type?: string; imageUrl?: string }[] })
        .notificationUpdates,
  );
}

async function storedOrder(extension: ExtensionBrowser, orderId: number) {
  return (await extension.read(STORED.receivedOrders))?.find((order) => order.id === orderId);
}

test.describe("orders carrying the customer's picture, as the shop's form sends them", () => {
  test.use({ backendOptions: { attachmentHost: true } });

  test('a photo uploaded with the order (a 633 KB frame) is announced live and its thumbnail follows on the notification and in the popup', async ({
    backend,
    extension,
    signInAsEmployee,
    openPopup,
  }) => {
    await signInAsEmployee();
    await recordNotificationUpdates(extension);
    const order = backend.createOrder({ design_files: backend.pictureFiles('photo') });
    expect(order.image_url).toMatch(/^data:image\/jpeg;base64,/);
    expect(order.image_url!.length).toBeGreaterThan(600_000);

    await expect.poll(() => extension.notificationIds()).toContain(`order-${order.order_id}`);
    await expect
      .poll(async () =>
        (await notificationUpdates(extension)).find((update) => update.id === `order-${order.order_id}`),
      )
      .toMatchObject({ type: 'image', imageUrl: expect.stringMatching(/^data:image\/jpeg;base64,/) });
    // Live, not found later by reading the list.
    expect(await storedOrder(extension, order.order_id)).toMatchObject({ source: 'live' });

    // Only the thumbnail is stored (written just behind the update), never the customer's whole picture.
    await expect
      .poll(async () => (await storedOrder(extension, order.order_id))?.thumbnail)
      .toMatch(/^data:image\/jpeg/);
    const kept = await storedOrder(extension, order.order_id);
    expect(kept?.thumbnail?.length).toBeLessThanOrEqual(14_000);
    expect(JSON.stringify(await extension.read(STORED.receivedOrders)).length).toBeLessThan(20_000);

    const popup = await openPopup();
    await expect(popup.page.locator(`[data-order-id="${order.order_id}"] img.order-picture`)).toHaveAttribute(
      'src',
      kept!.thumbnail!,
    );
  });

  test('a busy phone photo (1600 × 1200, a 309 KB data URL) gets its thumbnail in real Chromium, within the budget', async ({
    backend,
    extension,
    signInAsEmployee,
  }) => {
    await signInAsEmployee();
    const order = await announcedOrder(backend, extension, { design_files: backend.pictureFiles('busyPhoto') });
    await expect
      .poll(async () => (await storedOrder(extension, order.order_id))?.thumbnail)
      .toMatch(/^data:image\/jpeg;base64,/);
    expect((await storedOrder(extension, order.order_id))!.thumbnail!.length).toBeLessThanOrEqual(14_000);
    // Not a single picture went without its thumbnail for its size.
    const problems = (await extension.read(STORED.eventLog))?.filter((event) => event.kind === 'picture');
    expect(problems).toEqual([]);
  });

  test('a 6.5 MB frame (a 4.9 MB PNG) is announced live like any order', async ({
    backend,
    extension,
    signInAsEmployee,
  }) => {
    await signInAsEmployee();
    const order = backend.createOrder({ design_files: backend.pictureFiles('largePng') });
    expect(order.image_url!.length).toBeGreaterThan(6_000_000);
    await expect.poll(() => extension.notificationIds()).toContain(`order-${order.order_id}`);
    expect(await storedOrder(extension, order.order_id)).toMatchObject({ source: 'live' });
    await expect
      .poll(async () => (await storedOrder(extension, order.order_id))?.thumbnail)
      .toMatch(/^data:image\/jpeg/);
  });

  test('a picture linked on another origin is never fetched; it, a linked PDF and a broken image are announced without a thumbnail', async ({
    backend,
    extension,
    signInAsEmployee,
  }) => {
    await signInAsEmployee();
    const linked = backend.createOrder({ design_files: backend.pictureFiles('linkedPhoto') });
    expect(new URL(linked.image_url!).origin).not.toBe(backend.origin);
    const pdf = backend.createOrder({ design_files: backend.pictureFiles('linkedPdf') });
    const broken = backend.createOrder({ design_files: backend.pictureFiles('brokenImage') });
    for (const order of [linked, pdf, broken]) {
      await expect.poll(async () => (await storedOrder(extension, order.order_id))?.id).toBe(order.order_id);
    }
    await expect
      .poll(async () =>
        (await extension.read(STORED.eventLog))
          ?.filter((event) => event.kind === 'picture')
          .map((event) => event.kind === 'picture' && [event.orderId, event.problem]),
      )
      // The broken image's bytes carry no picture signature: it is never handed to the decoder.
      .toEqual(
        expect.arrayContaining([
          [linked.order_id, 'notShopOrigin'],
          [pdf.order_id, 'notShopOrigin'],
          [broken.order_id, 'notImage'],
        ]),
      );
    expect((await storedOrder(extension, pdf.order_id))?.thumbnail).toBeUndefined();
    expect((await storedOrder(extension, linked.order_id))?.thumbnail).toBeUndefined();
  });

  test('with pictures turned off, no picture is fetched or shown', async ({ backend, extension, signInAsEmployee }) => {
    await signInAsEmployee();
    await extension.patch(STORED.settings, { showPictures: false });
    await recordNotificationUpdates(extension);
    const order = backend.createOrder({ design_files: backend.pictureFiles('photo') });
    await expect.poll(() => extension.notificationIds()).toContain(`order-${order.order_id}`);
    // A second, plain order announced after it proves the first one's thumbnail had its chance.
    const next = backend.createOrder({});
    await expect.poll(() => extension.notificationIds()).toContain(`order-${next.order_id}`);
    expect(await notificationUpdates(extension)).toEqual([]);
    expect((await storedOrder(extension, order.order_id))?.thumbnail).toBeUndefined();
  });
});

test.describe("a picture linked on the shop server's own origin", () => {
  test('is downloaded and gets a thumbnail', async ({ backend, extension, signInAsEmployee }) => {
    await signInAsEmployee();
    const linked = backend.createOrder({ design_files: backend.pictureFiles('linkedPhoto') });
    expect(new URL(linked.image_url!).origin).toBe(backend.origin);
    await expect
      .poll(async () => (await storedOrder(extension, linked.order_id))?.thumbnail)
      .toMatch(/^data:image\/jpeg/);
  });
});

test.describe('a server that refuses its own employees’ tokens (integer sub)', () => {
  test.use({ backendOptions: { integerSubDefect: true } });

  test('signs the employee in, says why in plain words, and delivers orders by reading the list', async ({
    backend,
    extension,
    optionsPage,
    openPopup,
  }) => {
    await optionsPage.signIn({ apiBaseUrl: backend.apiBaseUrl, ...DEMO_EMPLOYEE });
    await expect(optionsPage.signedInName).toBeVisible();
    // What this account cannot do here (accept), not how orders arrive: the popup says that.
    await expect(optionsPage.changesRefused).toHaveText(AR.connection.changesRefused);
    expect(await extension.read(STORED.session)).toMatchObject({ refusedAtSignIn: true, verifiedAt: null });

    await expect
      .poll(async () => (await extension.read(STORED.connectionSnapshot))?.status)
      .toMatchObject({ state: 'rejected', reason: 'serverDefect' });
    // The broadcast cannot reach this computer: the order comes from the list, within its 15 s rhythm.
    const order = backend.createOrder({});
    await expect.poll(() => extension.notificationIds(), { timeout: 30_000 }).toContain(`order-${order.order_id}`);
    const popup = await openPopup();
    await expect(popup.statusText).toContainText(AR.connection.listReading.serverDefect);
  });
});

test.describe('a proxy that never answers the WebSocket upgrade', () => {
  test.use({ backendOptions: { upgradeHang: true } });

  test('gives the upgrade up, names it, and delivers orders by reading the list', async ({
    backend,
    extension,
    optionsPage,
  }) => {
    await optionsPage.signIn({ apiBaseUrl: backend.apiBaseUrl, ...DEMO_EMPLOYEE });
    await expect(optionsPage.signedInName).toBeVisible();
    // Each attempt waits 10 s for an answer, then a short backoff: the event log keeps what the state passed through.
    await expect
      .poll(
        async () =>
          (await extension.read(STORED.eventLog))?.find(
            (event) => event.kind === 'connection' && event.state === 'waiting',
          ),
        {
          timeout: 20_000,
        },
      )
      .toMatchObject({ cause: 'upgradeUnanswered', closeCode: 4001 });
    expect(backend.handshakes().hung).toBeGreaterThanOrEqual(1);
    const order = backend.createOrder({});
    await expect.poll(() => extension.notificationIds(), { timeout: 30_000 }).toContain(`order-${order.order_id}`);

    // The proxy lets the upgrade through again: back to the live stream by itself.
    backend.setUpgradeHang(false);
    await expect.poll(() => backend.sockets().length, { timeout: 60_000 }).toBe(1);
  });

  test('an order created right after sign-in, before the stream first opens, is announced; history is not', async ({
    backend,
    extension,
    optionsPage,
  }) => {
    const history = backend.createOrder({}, { broadcast: false });
    await optionsPage.signIn({ apiBaseUrl: backend.apiBaseUrl, ...DEMO_EMPLOYEE });
    await expect(optionsPage.signedInName).toBeVisible();
    expect(await extension.read(STORED.session)).toMatchObject({ highestOrderIdAtSignIn: history.order_id });
    // Created after the sign-in, its broadcast lost (no socket is open yet): only the first read can find it.
    const missed = backend.createOrder({}, { broadcast: false });
    await expect.poll(() => extension.notificationIds(), { timeout: 30_000 }).toContain(`order-${missed.order_id}`);
    expect(await extension.notificationIds()).not.toContain(`order-${history.order_id}`);
    expect(await storedOrder(extension, missed.order_id)).toMatchObject({ source: 'catchUp' });
  });
});
