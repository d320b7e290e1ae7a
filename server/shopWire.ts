import type { StoredOrder } from './orderStore';
import { pyFloat, pythonWsJson } from './pythonJson';

/**
 * The bytes the shop's server sends about orders, from its code:
 * - the `order_created` broadcast (backend/routers/orders.py, `create_order`, `notification_payload`),
 * - the ping (backend/routers/notifications.py),
 * - `GET /api/admin/dashboard/recent-orders` (backend/routers/admin.py, `get_recent_orders`).
 */

/**
 * `notification_payload`, keys in the server's order. No `status`: the real frame has none.
 * Amounts are `float(Decimal)`, always floats; `created_at` is the row's `isoformat()`.
 */
function orderCreatedPayload(order: StoredOrder) {
  return {
    order_id: order.order_id,
    order_number: order.order_number,
    customer_name: order.customer_name,
    customer_phone: order.customer_phone,
    total_amount: pyFloat(Number(order.total_amount)),
    final_amount: pyFloat(Number(order.final_amount)),
    delivery_type: order.delivery_type,
    service_name: order.service_name,
    items_count: order.items_count,
    created_at: order.created_at,
    image_url: order.image_url,
  };
}

/** `{"event":"order_created","data":{…}}` as `WebSocket.send_json` writes it (ASCII only). */
export function orderCreatedFrame(order: StoredOrder): string {
  return pythonWsJson({ event: 'order_created', data: orderCreatedPayload(order) });
}

/** The keep-alive frame the server sends every 30 s. */
export const PING_FRAME = pythonWsJson({ type: 'ping' });

/** `02:15 PM`: `created_at.strftime('%I:%M %p')`. */
function displayTime(createdAtNaiveUtc: string): string {
  const match = /T(\d\d):(\d\d)/.exec(createdAtNaiveUtc);
  const hours = Number(match?.[1] ?? 0);
  const minutes = match?.[2] ?? '00';
  const twelve = String(hours % 12 || 12).padStart(2, '0');
  return `${twelve}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`;
}

/**
 * The value a `DECIMAL(12, 2)` column returns for an amount, as `float`: the amount's decimal
 * text (what the client sent) rounded half away from zero to cents, as PostgreSQL stores it.
 */
export function numericCents(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return value;
  const [mantissa, exponentText] = Math.abs(value).toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const pointAt = Number(exponentText) + 3;
  let cents = 0n;
  if (pointAt > 0) {
    cents = BigInt(digits.slice(0, pointAt).padEnd(pointAt, '0'));
    if ((digits[pointAt] ?? '0') >= '5') cents += 1n;
  } else if (pointAt === 0 && digits[0]! >= '5') cents = 1n;
  const rounded = Number(cents) / 100;
  return value < 0 ? -rounded : rounded;
}

/**
 * One row of `recent-orders`: `amount` is `float(final_amount)` or the int `0` when the stored
 * amount is zero. `service_name` is not the order's: the server reads `service_name` from the
 * items' `specifications`, where none of the shop's order forms puts it, so it is null (pass
 * another value for an order made by some other client).
 */
export function recentOrderRow(order: StoredOrder, serviceName: string | null = null) {
  const amount = numericCents(Number(order.final_amount));
  return {
    id: order.order_id,
    order_number: order.order_number,
    customer: order.customer_name || 'عميل',
    amount: amount ? pyFloat(amount) : 0,
    status: order.status,
    time: displayTime(order.created_at),
    service_name: serviceName,
    created_at: order.created_at,
  };
}

/** The newest first, as `ORDER BY created_at DESC` (ties: the later id first). */
export function newestCreatedFirst(orders: readonly StoredOrder[]): StoredOrder[] {
  return [...orders].sort((a, b) =>
    a.created_at === b.created_at ? b.order_id - a.order_id : a.created_at < b.created_at ? 1 : -1,
  );
}
