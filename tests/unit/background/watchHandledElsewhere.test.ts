import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchHandledElsewhere } from '../../../utils/background/watchHandledElsewhere';
import type { NewEvent } from '../../../utils/diagnostics/eventLog';
import type { Order } from '../../../utils/orders/order';
import { ReceivedOrderList } from '../../../utils/orders/receivedOrderList';
import { sampleOrder } from '../sampleOrder';

describe('watchHandledElsewhere', () => {
  let received: ReceivedOrderList;
  let server: () => Promise<Order[] | null>;
  const logged: NewEvent[] = [];
  const settled: string[] = [];

  beforeEach(async () => {
    logged.length = 0;
    settled.length = 0;
    received = new ReceivedOrderList({ load: async () => [], save: async () => undefined, now: Date.now });
    await received.load();
    received.add(sampleOrder({ id: 7, status: 'pending' }), 'live', false);
  });
  afterEach(() => vi.useRealTimers());

  const watch = () =>
    watchHandledElsewhere({
      received,
      showingOrderIds: async () => () => false,
      readRecent: () => server(),
      settle: async (orderIds, why) => void settled.push(`${String(orderIds)} ${why}`),
      log: (event) => logged.push(event),
      now: Date.now,
    });

  it('settles an order a colleague accepted, and logs it as handled elsewhere', async () => {
    server = async () => [sampleOrder({ id: 7, status: 'accepted' })];
    await watch().refresh();
    expect(settled).toEqual(['7 handledElsewhere']);
    expect(logged).toEqual([{ kind: 'order', orderId: 7, outcome: 'handled elsewhere' }]);
  });

  it('logs a failing streak once, and once more when reads work again', async () => {
    const handledElsewhere = watch();
    server = async () => {
      throw new Error('offline');
    };
    await handledElsewhere.refresh();
    await handledElsewhere.refresh();
    server = async () => [sampleOrder({ id: 7, status: 'pending' })];
    await handledElsewhere.refresh();
    expect(logged).toEqual([{ kind: 'statusRead', error: 'Error: offline' }, { kind: 'statusRead' }]);
    expect(settled).toEqual([]);
  });
});
