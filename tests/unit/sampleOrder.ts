import type { StoredOrder } from '../../server/orderStore';
import { sampleStoredOrder } from '../fixtures/shopFrames';
import { orderFromBroadcast, type Order } from '../../utils/orders/order';

/** An `order_created` payload as the server broadcasts it today (its `status` is not sent). */
export type SampleBroadcast = Omit<StoredOrder, 'status' | 'delivery_type'> & {
  delivery_type: string;
  status?: string;
};

/** The shop's sample order (`tests/fixtures/shopFrames.ts`) as its broadcast carries it. */
export function sampleBroadcast(overrides: Partial<SampleBroadcast> = {}): SampleBroadcast {
  const { status: _notBroadcast, ...broadcast } = sampleStoredOrder();
  return { ...broadcast, ...overrides };
}

/** The same order as the extension keeps it. */
export function sampleOrder(overrides: Partial<Order> = {}): Order {
  return { ...orderFromBroadcast(sampleBroadcast(), 0)!.order, ...overrides };
}

export function orderCreatedFrame(data: unknown): string {
  return JSON.stringify({ event: 'order_created', data });
}
