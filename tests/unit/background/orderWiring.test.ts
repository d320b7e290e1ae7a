import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { wireOrders } from '../../../utils/background/orderWiring';
import { storageWrites } from '../../../utils/background/storageWrites';
import { parseServerFrame } from '../../../utils/connection/parseServerFrame';
import type { NewEvent } from '../../../utils/diagnostics/eventLog';
import type { PipelineOutcome } from '../../../utils/orders/orderPipeline';
import { DEFAULT_SETTINGS } from '../../../utils/settings/defaultSettings';
import { receivedOrdersItem } from '../../../utils/storageItems';
import { orderCreatedFrame, sampleBroadcast } from '../sampleOrder';
import type { Failed } from '../../../utils/failed';
import { browserTimers } from '../../../utils/timers';

const API = 'https://shop.example/api';

/** The order wiring on the fake browser, signed in to one server; what it shows and plays is recorded. */
function orderWiringFor() {
  Object.assign(fakeBrowser.runtime, { getURL: (path: string) => `chrome-extension://test${path}` });
  const played: string[] = [];
  const events: NewEvent[] = [];
  const outcomes: PipelineOutcome[] = [];
  let badge = '';
  const log = (event: NewEvent) => void events.push(event);
  const failed: Failed = (what) => (error) => log({ kind: 'failure', what, error: String(error) });
  const state = { quiet: false };
  const orders = wireOrders(fakeBrowser as never, {
    fetch: vi.fn(async () => Response.json({ success: true, orders: [] })) as typeof fetch,
    playSound: async (sound) => (played.push(sound), { ok: true }),
    settings: () => DEFAULT_SETTINGS,
    language: () => 'ar',
    target: () => ({ apiBaseUrl: API, token: 'admin_token_1', signedInAt: 1, verifiedAt: 1, credentialsId: 1 }),
    isQuiet: () => state.quiet,
    setBadgeText: (text) => void (badge = text),
    log,
    countOutcome: (outcome) => void outcomes.push(outcome),
    countDegraded: () => undefined,
    countRecovered: () => undefined,
    writes: storageWrites({ failed, publish: async () => undefined, now: Date.now }),
    failed,
    writeBehind: { ...browserTimers, failed },
  });
  return {
    played,
    events,
    outcomes,
    state,
    orders,
    badge: () => badge,
    /** The server's `order_created` frame for this order, as the connection hands it over. */
    async frameIn(orderId: number): Promise<void> {
      const frame = parseServerFrame(orderCreatedFrame(sampleBroadcast({ order_id: orderId })), Date.now());
      if (!frame.ok || frame.message.kind !== 'order') throw new Error('not an order frame');
      await orders.intake.receiveLive(frame.message.parsed);
    },
    listedIds: async () => (await receivedOrdersItem.getValue()).map((order) => order.id),
  };
}

describe('wireOrders: an order frame in, what the staff member notices', () => {
  let wiring: ReturnType<typeof orderWiringFor>;

  beforeEach(() => {
    fakeBrowser.reset();
    wiring = orderWiringFor();
  });

  it('a live order: one notification order-<id>, the sound, the badge and a row in the popup’s list', async () => {
    await wiring.frameIn(610);
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['order-610']));
    expect(wiring.played).toEqual(['beep']);
    expect(wiring.badge()).toBe('1');
    await vi.waitFor(async () => expect(await wiring.listedIds()).toEqual([610]));
    expect(wiring.events).toContainEqual(
      expect.objectContaining({ kind: 'order', orderId: 610, outcome: 'announced' }),
    );
  });

  it('the same order twice: still one notification and one sound, the second counted as a duplicate', async () => {
    await wiring.frameIn(611);
    await wiring.frameIn(611);
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['order-611']));
    expect(wiring.played).toEqual(['beep']);
    expect(wiring.badge()).toBe('1');
    expect(wiring.outcomes).toEqual(['announced', 'duplicate']);
  });

  it('two orders: the badge counts both, and seeing them clears it', async () => {
    await wiring.frameIn(612);
    await wiring.frameIn(613);
    expect(wiring.badge()).toBe('2');
    await wiring.orders.settle('all', 'seen');
    expect(wiring.badge()).toBe('');
    await vi.waitFor(async () => expect(await wiring.listedIds()).toEqual([613, 612]));
  });

  it('snoozed: listed and counted, but no notification, no sound, no badge', async () => {
    wiring.state.quiet = true;
    await wiring.frameIn(614);
    await vi.waitFor(async () => expect(await wiring.listedIds()).toEqual([614]));
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
    expect(wiring.played).toEqual([]);
    expect(wiring.outcomes).toEqual(['quiet']);
  });

  it('another server: the list, the badge and the notifications of the first are gone', async () => {
    await wiring.orders.followScope('https://shop.example/api');
    await wiring.frameIn(615);
    await vi.waitFor(async () => expect(await wiring.listedIds()).toEqual([615]));
    await wiring.orders.followScope('https://other-shop.example/api');
    expect(wiring.badge()).toBe('');
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
    await vi.waitFor(async () => expect(await wiring.listedIds()).toEqual([]));
  });
});
