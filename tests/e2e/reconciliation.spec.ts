import { STORED } from '../../utils/storedValues';
import { launchExtensionBrowser } from '../harness/extensionBrowser';
import { OptionsPage } from './pages/OptionsPage';
import { DiagnosticsPage } from './pages/DiagnosticsPage';
import { expect, test } from './fixtures';
import { AR, findingPattern } from './interfaceText';

/** The bound: an order the broadcast never delivered is announced within 90 s. */
const RECOVERED_WITHIN_MS = 90_000;
const SECOND_EMPLOYEE = { username: '0944444444', password: 'staff123' };

test('an order created without a broadcast while the socket is healthy is announced within 90 s, once', async ({
  backend,
  extension,
  signInAsEmployee,
}) => {
  test.setTimeout(120_000);
  // History the first catch-up takes as its mark: past it, the socket is healthy and the
  // only way the silent order can arrive is the safety net this test is about.
  backend.createOrder({}, { broadcast: false });
  await signInAsEmployee();
  await expect.poll(() => extension.read(STORED.orderWatermark)).not.toBeNull();
  const silent = backend.createOrder({}, { broadcast: false });
  const startedAt = Date.now();
  await expect
    .poll(() => extension.notificationIds(), { timeout: RECOVERED_WITHIN_MS })
    .toContain(`order-${silent.order_id}`);
  test.info().annotations.push({ type: 'recovered after', description: `${Date.now() - startedAt} ms` });
  expect(backend.sockets()).toHaveLength(1);
  await expect.poll(async () => (await extension.read(STORED.pipelineStats)).recovered).toBe(1);
  expect((await extension.read(STORED.pipelineStats)).orders.announced).toBe(1);
});

test('with the broadcast skipping one of two computers, both announce every order, neither twice, and the troubleshooter names it', async ({
  backend,
  extension,
  signInAsEmployee,
}) => {
  test.setTimeout(150_000);
  // History, so that each computer's first catch-up sets its mark (waited for below).
  backend.createOrder({}, { broadcast: false });
  await signInAsEmployee();
  const colleague = await launchExtensionBrowser();
  try {
    const options = await OptionsPage.open(colleague);
    await options.signIn({ apiBaseUrl: backend.apiBaseUrl, ...SECOND_EMPLOYEE });
    await expect.poll(() => backend.sockets().length).toBe(2);
    // Both past their first catch-up: from then on only the safety net can bring what the socket misses.
    for (const computer of [extension, colleague]) {
      await expect.poll(() => computer.read(STORED.orderWatermark)).not.toBeNull();
    }
    const skipped = backend.sockets().find((socket) => socket.userId !== backend.sockets()[0]!.userId)!;
    // The colleague's socket misses every second order, as with a second server process.
    backend.skipBroadcasts({ userId: skipped.userId, every: 2 });
    const orders = [backend.createOrder(), backend.createOrder(), backend.createOrder(), backend.createOrder()];
    const ids = orders.map((order) => order.order_id).sort();
    for (const computer of [extension, colleague]) {
      await expect
        .poll(async () => (await computer.read(STORED.receivedOrders)).map((order) => order.id).sort(), {
          timeout: RECOVERED_WITHIN_MS,
        })
        .toEqual(ids);
      await expect.poll(async () => (await computer.read(STORED.pipelineStats)).orders.announced).toBe(orders.length);
      expect((await computer.read(STORED.pipelineStats)).orders.duplicate ?? 0).toBe(0);
    }
    expect((await colleague.read(STORED.pipelineStats)).recovered).toBe(2);
    // The event log is written just behind the alerts: the troubleshooter reads it when it opens.
    await expect
      .poll(async () => (await colleague.read(STORED.eventLog)).filter((event) => event.kind === 'orderRecovered'))
      .toHaveLength(2);
    const troubleshooter = await DiagnosticsPage.open(colleague);
    await expect(troubleshooter.check('liveConnection')).toHaveAttribute('data-cause', 'broadcastMissing', {
      timeout: 40_000,
    });
    await expect(troubleshooter.check('liveConnection')).toContainText(
      findingPattern(AR.diagnostics.finding.broadcastMissing),
    );
  } finally {
    await colleague.close();
  }
});
