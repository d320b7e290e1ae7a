/**
 * Every notification id the extension uses. `order-<order_id>` is a stable contract (scripts,
 * tests and the shop's own guide refer to it); the others are one notification each, or a prefix
 * a click is recognised by.
 */
const ORDER_PREFIX = 'order-';
/** A burst of orders, shown as one list. */
export const SUMMARY_NOTIFICATION_ID = 'orders-summary';
/** Orders may have been missed while offline: a click opens the dashboard's list. */
export const MISSED_ORDERS_NOTIFICATION_ID = 'orders-missed';
/** The troubleshooter's "show a test notification". */
export const TEST_NOTIFICATION_ID = 'diagnostics-test';
const ACCOUNT_PREFIX = 'account-';

/** One order's notification id. */
export function notificationIdFor(orderId: number): string {
  return `${ORDER_PREFIX}${orderId}`;
}

/** The order id behind a notification id, or null for notifications that are not one order's. */
export function orderIdFromNotificationId(notificationId: string): number | null {
  if (!notificationId.startsWith(ORDER_PREFIX)) return null;
  const digits = notificationId.slice(ORDER_PREFIX.length);
  return /^\d+$/.test(digits) ? Number(digits) : null;
}

/** An account problem's notification (sign in again, expiring soon, …): one per kind. */
export function accountNotificationId(kind: string): string {
  return `${ACCOUNT_PREFIX}${kind}`;
}

export function isAccountNotification(notificationId: string): boolean {
  return notificationId.startsWith(ACCOUNT_PREFIX);
}
