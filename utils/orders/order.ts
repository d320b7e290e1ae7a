import * as z from 'zod/mini';
import type { OrderCreatedData, RecentOrder } from '../shop/schemas';

/**
 * One order as the extension keeps it, whichever way it arrived: the live broadcast and
 * the catch-up list name their fields differently and carry different details.
 */
export const orderSchema = z.object({
  id: z.int().check(z.positive()),
  number: z.string(),
  customerName: z.string(),
  customerPhone: z.nullable(z.string()),
  amount: z.number(),
  deliveryType: z.nullable(z.string()),
  serviceName: z.nullable(z.string()),
  itemsCount: z.nullable(z.int()),
  createdAt: z.string(),
  imageUrl: z.nullable(z.string()),
  status: z.nullable(z.string()),
});
export type Order = z.infer<typeof orderSchema>;

export function orderFromBroadcast(data: OrderCreatedData): Order {
  return {
    id: data.order_id,
    number: data.order_number,
    customerName: data.customer_name,
    customerPhone: data.customer_phone,
    amount: data.final_amount,
    deliveryType: data.delivery_type,
    serviceName: data.service_name,
    itemsCount: data.items_count,
    createdAt: data.created_at,
    imageUrl: data.image_url,
    status: data.status ?? null,
  };
}

export function orderFromRecent(row: RecentOrder): Order {
  return {
    id: row.id,
    number: row.order_number,
    customerName: row.customer,
    customerPhone: null,
    amount: row.amount,
    deliveryType: null,
    serviceName: row.service_name,
    itemsCount: null,
    createdAt: row.created_at,
    imageUrl: null,
    status: row.status,
  };
}
