export const NOTIFICATION_ID_PREFIX = 'order-';

/** One order's notification id: a stable contract (`order-<order_id>`). */
export function notificationIdFor(orderId: number): string {
  return `${NOTIFICATION_ID_PREFIX}${orderId}`;
}

/** The order id behind a notification id, or null for notifications that are not one order's. */
export function orderIdFromNotificationId(notificationId: string): number | null {
  if (!notificationId.startsWith(NOTIFICATION_ID_PREFIX)) return null;
  const digits = notificationId.slice(NOTIFICATION_ID_PREFIX.length);
  return /^\d+$/.test(digits) ? Number(digits) : null;
}
