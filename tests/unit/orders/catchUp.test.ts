import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CATCH_UP_MIN_INTERVAL_MS } from '../../../utils/orders/catchUp';
import { OrderIntake } from '../../../utils/orders/orderIntake';
import { ScopeGeneration } from '../../../utils/orders/orderScope';
import { orderWatermarkItem } from '../../../utils/storageItems';
import { sampleOrder } from '../sampleOrder';

const API = 'https://shop.example/api';

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
      onReadDropped: () => void dropped.push('dropped'),
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
        onReadDropped: () => undefined,
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
