import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startShopBackend, type ShopBackend } from '../../../server/shopBackend';
import { fetchRecentOrders, ordersToCatchUp } from '../../../utils/orders/catchUp';
import type { Order } from '../../../utils/orders/order';
import { CATCH_UP_MIN_INTERVAL_MS, OrderIntake } from '../../../utils/orders/orderIntake';
import { ScopeGeneration } from '../../../utils/orders/orderScope';
import { orderWatermarkItem } from '../../../utils/storageItems';
import { sampleOrder } from '../sampleOrder';

const API = 'https://shop.example/api';
const ids = (orders: readonly Order[]) => orders.map((order) => order.id);

describe('ordersToCatchUp', () => {
  const recent = [sampleOrder({ id: 12 }), sampleOrder({ id: 11 }), sampleOrder({ id: 10 })];

  it('announces no history on the first sign-in, only records where the news begins', () => {
    expect(ordersToCatchUp(recent, null, API)).toEqual({
      missed: [],
      watermark: { apiBaseUrl: API, highestOrderId: 12 },
      gap: false,
    });
  });

  it('announces the orders above the watermark, oldest first', () => {
    const { missed, watermark } = ordersToCatchUp(recent, { apiBaseUrl: API, highestOrderId: 10 }, API);
    expect(ids(missed)).toEqual([11, 12]);
    expect(watermark?.highestOrderId).toBe(12);
  });

  it('takes at most the rows it asked for, and says when they do not reach back to the watermark', () => {
    const many = Array.from({ length: 20_000 }, (_, index) => sampleOrder({ id: 30_000 - index }));
    const plan = ordersToCatchUp(many, { apiBaseUrl: API, highestOrderId: 10 }, API, { limit: 50 });
    expect(plan.missed).toHaveLength(50);
    expect(plan.gap).toBe(true);
    expect(plan.watermark?.highestOrderId).toBe(30_000);
  });

  it('skips orders this computer already took in', () => {
    const plan = ordersToCatchUp(recent, { apiBaseUrl: API, highestOrderId: 10 }, API, { known: (id) => id === 11 });
    expect(ids(plan.missed)).toEqual([12]);
  });

  it('comes back down to the server when the watermark lies above its newest order', () => {
    const plan = ordersToCatchUp(recent, { apiBaseUrl: API, highestOrderId: 9_007_199_254_740_991 }, API);
    expect(ids(plan.missed)).toEqual([10, 11, 12]);
    expect(plan.watermark?.highestOrderId).toBe(12);
  });

  describe('on a first read after sign-in', () => {
    const SIGNED_IN = Date.UTC(2026, 11, 1, 9, 0, 0);
    // The server's naive UTC timestamps, as `datetime.isoformat()` writes them.
    const at = (ms: number) => new Date(ms).toISOString().slice(0, 23).replace('Z', '') + '000';
    // The order list could not be read at sign-in: the orders' own times tell news from history.
    const firstRead = { highestOrderIdAtSignIn: null, signedInAt: SIGNED_IN, serverTimeZone: 'UTC' };
    const listed = [
      sampleOrder({ id: 31, createdAt: at(SIGNED_IN + 20_000) }),
      sampleOrder({ id: 30, createdAt: at(SIGNED_IN - 60_000) }),
      sampleOrder({ id: 29, createdAt: at(SIGNED_IN - 3_600_000) }),
    ];

    it('announces the orders above what the list showed at sign-in, whatever the clocks say', () => {
      const plan = ordersToCatchUp(listed, null, API, { firstRead: { ...firstRead, highestOrderIdAtSignIn: 29 } });
      expect(ids(plan.missed)).toEqual([30, 31]);
      const none = ordersToCatchUp(listed, null, API, { firstRead: { ...firstRead, highestOrderIdAtSignIn: 31 } });
      expect(none.missed).toEqual([]);
    });

    it('announces orders created after the sign-in (their broadcast lost) and takes older ones as history', () => {
      const plan = ordersToCatchUp(listed, null, API, { firstRead });
      // Order 30 lies within the allowed clock skew of the sign-in: news rather than a risk of missing it.
      expect(ids(plan.missed)).toEqual([30, 31]);
      expect(plan.watermark).toEqual({ apiBaseUrl: API, highestOrderId: 31 });
    });

    it('allows for a server clock behind the computer by up to two minutes, not more', () => {
      const plan = ordersToCatchUp(listed, null, API, { firstRead: { ...firstRead, signedInAt: SIGNED_IN + 130_000 } });
      expect(ids(plan.missed)).toEqual([31]);
    });

    it('reads a server time zone other than UTC', () => {
      // 12:00:20 Damascus wall time is 09:00:20 UTC.
      const damascus = [sampleOrder({ id: 40, createdAt: '2026-12-01T12:00:20' })];
      const plan = ordersToCatchUp(damascus, null, API, {
        firstRead: { ...firstRead, serverTimeZone: 'Asia/Damascus' },
      });
      expect(ids(plan.missed)).toEqual([40]);
    });

    it('sets no mark from an empty answer (the server answers its own errors with one)', () => {
      expect(ordersToCatchUp([], null, API, { firstRead })).toEqual({ missed: [], watermark: null, gap: false });
    });
  });

  it('treats another server as a first sign-in', () => {
    expect(ordersToCatchUp(recent, { apiBaseUrl: 'https://other/api', highestOrderId: 1 }, API).missed).toEqual([]);
  });
});

describe('fetchRecentOrders against the reference backend', () => {
  let backend: ShopBackend;
  beforeAll(async () => {
    backend = await startShopBackend();
  });
  afterAll(() => backend.close());

  it("reads the dashboard's differently named fields into orders, newest first", async () => {
    backend.createOrder({ customer_name: 'ليلى', final_amount: 7000, total_amount: 7000, service_name: null });
    backend.createOrder({ customer_name: 'Omar' }, { broadcast: false });
    const orders = await fetchRecentOrders(fetch, backend.apiBaseUrl, 'admin_token_1');
    expect(orders.map(({ order }) => [order.id, order.customerName])).toEqual([
      [2, 'Omar'],
      [1, 'ليلى'],
    ]);
    expect(orders[1]?.order).toMatchObject({ amount: 7000, serviceName: null, status: 'pending' });
  });
});

describe('OrderIntake', () => {
  beforeEach(() => fakeBrowser.reset());

  const parsed = (id: number) => ({ order: sampleOrder({ id }), missing: [], coerced: [] });

  function intake() {
    const announced: number[] = [];
    const dropped: string[] = [];
    const known = new Set<number>();
    let now = 0;
    const generation = new ScopeGeneration();
    const orderIntake = new OrderIntake({
      generation,
      announce: async (order) => {
        known.add(order.id);
        announced.push(order.id);
      },
      knownIds: async () => (orderId) => known.has(orderId),
      loadWatermark: () => orderWatermarkItem.getValue(),
      firstReadNews: () => null,
      saveWatermark: (watermark) => orderWatermarkItem.setValue(watermark),
      onDegraded: () => undefined,
      onGap: () => undefined,
      onRecovered: () => undefined,
      onDropped: () => void dropped.push('dropped'),
      now: () => (now += CATCH_UP_MIN_INTERVAL_MS),
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    });
    return { orderIntake, announced, dropped, generation };
  }

  it('after a gap announces exactly the orders missed while disconnected', async () => {
    const { orderIntake, announced } = intake();
    await orderIntake.catchUp(API, async () => [parsed(5)]);
    await orderIntake.receiveLive(parsed(6));
    const missed = await orderIntake.catchUp(API, async () => [7, 6, 5].map(parsed));
    expect(missed).toBe(1);
    expect(announced).toEqual([6, 7]);
  });

  it('a live order during the first catch-up still counts as news, history does not', async () => {
    const { orderIntake, announced } = intake();
    await Promise.all([orderIntake.receiveLive(parsed(9)), orderIntake.catchUp(API, async () => [9, 8].map(parsed))]);
    expect(announced).toEqual([9]);
    expect(await orderWatermarkItem.getValue()).toEqual({ apiBaseUrl: API, highestOrderId: 9 });
  });

  it('an absurd live id never moves the watermark: an order missed after it still comes back', async () => {
    const { orderIntake, announced } = intake();
    await orderIntake.catchUp(API, async () => [parsed(5)]);
    await orderIntake.receiveLive(parsed(Number.MAX_SAFE_INTEGER));
    await orderIntake.catchUp(API, async () => [6, 5].map(parsed));
    expect(announced).toEqual([Number.MAX_SAFE_INTEGER, 6]);
    expect(await orderWatermarkItem.getValue()).toEqual({ apiBaseUrl: API, highestOrderId: 6 });
  });

  it('drops a read of the server signed out of: it never announces, nor writes that server’s mark over the new one', async () => {
    const { orderIntake, announced, dropped, generation } = intake();
    let answer!: (orders: ReturnType<typeof parsed>[]) => void;
    const underWay = orderIntake.catchUp(API, () => new Promise((resolve) => (answer = resolve)));
    await vi.waitFor(() => expect(answer).toBeDefined());
    generation.advance();
    await orderWatermarkItem.setValue({ apiBaseUrl: 'https://new.example/api', highestOrderId: 3 });
    answer([7, 6].map(parsed));
    expect(await underWay).toBe(0);
    expect(announced).toEqual([]);
    // The event log names it.
    expect(dropped).toEqual(['dropped']);
    expect(await orderWatermarkItem.getValue()).toEqual({ apiBaseUrl: 'https://new.example/api', highestOrderId: 3 });
  });

  it('rations catch-ups: two back to back, then one per 30 s, a later request waiting its turn', async () => {
    vi.useFakeTimers();
    try {
      let reads = 0;
      const orderIntake = new OrderIntake({
        generation: new ScopeGeneration(),
        announce: async () => undefined,
        knownIds: async () => () => false,
        loadWatermark: async () => null,
        firstReadNews: () => null,
        saveWatermark: async () => undefined,
        onDegraded: () => undefined,
        onGap: () => undefined,
        onRecovered: () => undefined,
        onDropped: () => undefined,
        now: Date.now,
        setTimeout: (callback, ms) => setTimeout(callback, ms),
        clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      });
      const read = async () => {
        reads += 1;
        return [];
      };
      await orderIntake.catchUp(API, read);
      await orderIntake.catchUp(API, read);
      const third = orderIntake.catchUp(API, read);
      const fourth = orderIntake.catchUp(API, read);
      expect(reads).toBe(2);
      await vi.advanceTimersByTimeAsync(CATCH_UP_MIN_INTERVAL_MS);
      await Promise.all([third, fourth]);
      expect(reads).toBe(3);

      // Signed out (or another server) while one waits: it is cancelled, never run with the old token.
      await orderIntake.catchUp(API, read);
      const waiting = orderIntake.catchUp(API, read);
      expect(reads).toBe(4);
      orderIntake.forgetCatchUps();
      await vi.advanceTimersByTimeAsync(CATCH_UP_MIN_INTERVAL_MS);
      expect(await waiting).toBe(0);
      expect(reads).toBe(4);
    } finally {
      vi.useRealTimers();
    }
  });
});
