import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const ORDER_STATUSES = [
  'pending',
  'accepted',
  'preparing',
  'shipping',
  'awaiting_pickup',
  'completed',
  'cancelled',
  'rejected',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export interface StoredOrder {
  order_id: number;
  order_number: string;
  customer_name: string;
  customer_phone: string;
  total_amount: number;
  final_amount: number;
  delivery_type: 'self' | 'delivery';
  service_name: string | null;
  items_count: number;
  /** Naive ISO timestamp in UTC, as the real database column yields it. */
  created_at: string;
  image_url: string | null;
  status: OrderStatus;
}

export type NewOrder = Partial<Omit<StoredOrder, 'order_id' | 'order_number'>>;

/** `datetime.utcnow().isoformat()`: no offset, microseconds. */
export function naiveUtcIso(date: Date): string {
  return `${date.toISOString().slice(0, 23)}000`;
}

/**
 * The shop's orders table. Persisted to a JSON file so that a backend restart keeps
 * its orders and ids, as the real database does.
 */
export class OrderStore {
  private orders: StoredOrder[] = [];

  constructor(private readonly file: string | null) {
    if (file) {
      try {
        this.orders = JSON.parse(readFileSync(file, 'utf8')) as StoredOrder[];
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
  }

  create(fields: NewOrder, now = new Date()): StoredOrder {
    const order_id = (this.orders.at(-1)?.order_id ?? 0) + 1;
    const day = now.toISOString().slice(0, 10).replaceAll('-', '');
    const total = fields.total_amount ?? 15000;
    const order: StoredOrder = {
      order_id,
      order_number: `ORD${day}-${String(order_id).padStart(3, '0')}`,
      customer_name: 'زبون',
      customer_phone: '0933333333',
      total_amount: total,
      final_amount: total,
      delivery_type: 'self',
      service_name: null,
      items_count: 1,
      created_at: naiveUtcIso(now),
      image_url: null,
      status: 'pending',
      ...fields,
    };
    this.orders.push(order);
    this.save();
    return order;
  }

  get(orderId: number): StoredOrder | undefined {
    return this.orders.find((order) => order.order_id === orderId);
  }

  setStatus(orderId: number, status: OrderStatus): StoredOrder | undefined {
    const order = this.get(orderId);
    if (!order) return undefined;
    order.status = status;
    this.save();
    return order;
  }

  newestFirst(limit: number): StoredOrder[] {
    return this.orders.slice(-limit).reverse();
  }

  private save(): void {
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.orders));
    renameSync(temporary, this.file);
  }
}
