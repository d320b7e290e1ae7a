import type { StoredOrder } from '../../server/orderStore';
import { orderFromBroadcast, type Order } from '../../utils/orders/order';

/** An `order_created` payload as the server broadcasts it today (its `status` is not sent). */
export type SampleBroadcast = Omit<StoredOrder, 'status' | 'delivery_type'> & {
  delivery_type: string;
  status?: string;
};

export function sampleBroadcast(overrides: Partial<SampleBroadcast> = {}): SampleBroadcast {
  return {
    order_id: 42,
    order_number: 'ORD20251127-042',
    customer_name: 'أحمد الخطيب',
    customer_phone: '0933333333',
    total_amount: 15000,
    final_amount: 15000,
    delivery_type: 'self',
    service_name: 'طباعة كروت شخصية',
    items_count: 2,
    created_at: '2025-11-27T14:15:03.120934',
    image_url: null,
    ...overrides,
  };
}

/** The same order as the extension keeps it. */
export function sampleOrder(overrides: Partial<Order> = {}): Order {
  return { ...orderFromBroadcast(sampleBroadcast(), 0)!.order, ...overrides };
}

export function orderCreatedFrame(data: unknown): string {
  return JSON.stringify({ event: 'order_created', data });
}
