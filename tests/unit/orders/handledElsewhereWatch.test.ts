import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Order } from '../../../utils/orders/order';
import { ReceivedOrderList } from '../../../utils/orders/receivedOrderList';
import { STATUS_POLL_MS, HandledElsewhereWatch, WATCH_WINDOW_MS } from '../../../utils/orders/handledElsewhereWatch';
import { sampleOrder } from '../sampleOrder';
import { writeBehind } from '../writeBehind';

describe('HandledElsewhereWatch', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000_000 }));
  afterEach(() => vi.useRealTimers());

  /** A watch over a received list, reading from a pretend server whose statuses the test sets. */
  function watchOver(orderIds: number[]) {
    const received = new ReceivedOrderList({
      load: async () => [],
      save: async () => undefined,
      now: Date.now,
      ...writeBehind,
    });
    for (const id of orderIds) received.add(sampleOrder({ id, status: 'pending' }), 'live', false);
    const server = new Map(orderIds.map((id) => [id, 'pending']));
    const reads: number[] = [];
    const handled: number[] = [];
    const watch = new HandledElsewhereWatch({
      received,
      showingOrderIds: async () => () => false,
      readRecent: async (limit) => {
        reads.push(limit);
        return [...server].map(([id, status]) => sampleOrder({ id, status }));
      },
      settle: async (orderIds) => {
        received.markSeen(orderIds);
        handled.push(...orderIds);
      },
      onHandled: () => undefined,
      onReadStreak: () => undefined,
      now: Date.now,
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    });
    return { received, server, reads, handled, watch };
  }

  it('re-reads every 15 s while an order waits, and stops once a colleague accepted it', async () => {
    const { server, reads, handled, watch, received } = watchOver([41, 42]);
    watch.wake();
    await vi.advanceTimersByTimeAsync(STATUS_POLL_MS);
    expect(reads).toHaveLength(1);
    server.set(42, 'accepted');
    await vi.advanceTimersByTimeAsync(STATUS_POLL_MS);
    expect(handled).toEqual([42]);
    expect(received.unseenCount()).toBe(1);
    server.set(41, 'cancelled');
    await vi.advanceTimersByTimeAsync(STATUS_POLL_MS);
    expect(handled).toEqual([42, 41]);
    await vi.advanceTimersByTimeAsync(10 * STATUS_POLL_MS);
    expect(reads).toHaveLength(3);
  });

  it('reads nothing while nothing waits, and gives up on an order after an hour', async () => {
    const { reads, watch, received } = watchOver([42]);
    received.markSeen();
    watch.wake();
    await vi.advanceTimersByTimeAsync(10 * STATUS_POLL_MS);
    expect(reads).toEqual([]);

    const stale = watchOver([43]);
    stale.watch.wake();
    await vi.advanceTimersByTimeAsync(WATCH_WINDOW_MS + 2 * STATUS_POLL_MS);
    const readsInAnHour = stale.reads.length;
    expect(readsInAnHour).toBeLessThanOrEqual(WATCH_WINDOW_MS / STATUS_POLL_MS + 1);
    await vi.advanceTimersByTimeAsync(10 * STATUS_POLL_MS);
    expect(stale.reads).toHaveLength(readsInAnHour);
  });

  it('reads far enough back to cover the oldest waiting order', async () => {
    const { reads, watch } = watchOver([10, 90]);
    await watch.refresh();
    expect(reads).toEqual([81]);
  });

  it('reports an order already seen as handled once a colleague takes it, so its notification comes down', () => {
    const { received } = watchOver([42, 43]);
    received.markSeen([42]);
    expect(received.applyStatuses([{ id: 42, status: 'pending' }])).toEqual([]);
    expect(received.applyStatuses([{ id: 42, status: 'accepted' }])).toEqual([42]);
    expect(received.applyStatuses([{ id: 42, status: 'preparing' }])).toEqual([]);
    expect(received.awaitingStaffSince(0).map((order) => order.id)).toEqual([43]);
  });

  it('keeps an order ringing whose status it does not know', () => {
    const { received } = watchOver([42]);
    expect(received.applyStatuses([{ id: 42, status: 'on_hold' }])).toEqual([]);
    expect(received.unseenCount()).toBe(1);
  });

  describe('settling and logging', () => {
    let received: ReceivedOrderList;
    let server: () => Promise<Order[] | null>;
    const logged: string[] = [];
    const settled: string[] = [];

    beforeEach(async () => {
      logged.length = 0;
      settled.length = 0;
      received = new ReceivedOrderList({
        load: async () => [],
        save: async () => undefined,
        now: Date.now,
        ...writeBehind,
      });
      await received.load();
      received.add(sampleOrder({ id: 7, status: 'pending' }), 'live', false);
    });

    const watch = () =>
      new HandledElsewhereWatch({
        received,
        showingOrderIds: async () => () => false,
        readRecent: () => server(),
        settle: async (orderIds, why) => void settled.push(`${String(orderIds)} ${why}`),
        onHandled: (orderId) => logged.push(`handled ${orderId}`),
        onReadStreak: ({ error }) => logged.push(error === undefined ? 'working' : `failing ${error}`),
        now: Date.now,
        setTimeout: (callback, ms) => setTimeout(callback, ms),
        clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      });

    it('settles an order a colleague accepted, and says it was handled elsewhere', async () => {
      server = async () => [sampleOrder({ id: 7, status: 'accepted' })];
      await watch().refresh();
      expect(settled).toEqual(['7 handledElsewhere']);
      expect(logged).toEqual(['handled 7']);
    });

    it('says a failing streak once, and once more when reads work again', async () => {
      const handledElsewhere = watch();
      server = async () => {
        throw new Error('offline');
      };
      await handledElsewhere.refresh();
      await handledElsewhere.refresh();
      server = async () => [sampleOrder({ id: 7, status: 'pending' })];
      await handledElsewhere.refresh();
      expect(logged).toEqual(['failing Error: offline', 'working']);
      expect(settled).toEqual([]);
    });
  });
});
