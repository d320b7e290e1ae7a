import type { Order } from './order';

export const NOTIFICATION_ID_PREFIX = 'order-';

export function notificationIdFor(orderId: number): string {
  return `${NOTIFICATION_ID_PREFIX}${orderId}`;
}

/** The order id behind a notification id, or null for notifications that are not one order's. */
export function orderIdFromNotificationId(notificationId: string): number | null {
  const match = /^order-(\d+)$/.exec(notificationId);
  return match ? Number(match[1]) : null;
}

/**
 * Title and body as the shop's dashboard client worded them, so staff recognise them.
 * Customer text goes into plain-text notification fields only, never into markup.
 */
export function orderNotification(order: Pick<Order, 'id' | 'number' | 'customerName' | 'serviceName'>) {
  return {
    id: notificationIdFor(order.id),
    title: '🆕 طلب جديد',
    message: `طلب ${order.number} من ${order.customerName} - ${order.serviceName || 'خدمة'}`,
  };
}
