import type { browser as browserApi } from 'wxt/browser';
import type { Failed } from '../failed';
import { CLOSING_IS_DISMISSAL, notificationSurface } from '../platform/notificationSurface';
import {
  MISSED_ORDERS_NOTIFICATION_ID,
  SUMMARY_NOTIFICATION_ID,
  isAccountNotification,
  orderIdFromNotificationId,
} from '../platform/notificationIds';
import { ORDER_BUTTONS } from './orderNotifications';

export interface NotificationActions {
  openOrder(orderId: number): Promise<void>;
  acceptOrder(orderId: number): Promise<unknown>;
  openOrderList(): Promise<void>;
  markSeen(orderIds?: number[]): Promise<unknown>;
  openOptions(): Promise<void>;
  failed: Failed;
}

/**
 * What a staff member's hand on a notification means: the body or "Open order" opens
 * the order, "Accept order" accepts it on the server, closing it marks it seen; the burst summary opens the
 * dashboard's order list; an account alert opens the sign-in page.
 */
export function listenToNotificationClicks(browser: typeof browserApi, actions: NotificationActions): void {
  const surface = notificationSurface(browser);
  const clickFailed = actions.failed('a click on a notification');
  const clearAnd = (notificationId: string, action: () => Promise<unknown>) =>
    surface.clear(notificationId).then(action).catch(clickFailed);

  browser.notifications.onClicked.addListener((notificationId) => {
    if (isAccountNotification(notificationId)) return clearAnd(notificationId, actions.openOptions);
    if (notificationId === MISSED_ORDERS_NOTIFICATION_ID) return clearAnd(notificationId, actions.openOrderList);
    if (notificationId === SUMMARY_NOTIFICATION_ID) {
      return clearAnd(notificationId, async () => Promise.all([actions.openOrderList(), actions.markSeen()]));
    }
    const orderId = orderIdFromNotificationId(notificationId);
    if (orderId !== null)
      return clearAnd(notificationId, async () =>
        Promise.all([actions.openOrder(orderId), actions.markSeen([orderId])]),
      );
  });

  browser.notifications.onButtonClicked.addListener((notificationId, buttonIndex) => {
    const orderId = orderIdFromNotificationId(notificationId);
    if (orderId === null) return;
    const button = ORDER_BUTTONS[buttonIndex];
    if (button === 'openOrder')
      return clearAnd(notificationId, async () =>
        Promise.all([actions.openOrder(orderId), actions.markSeen([orderId])]),
      );
    // Accepting clears the notification only once the server agreed; a failure replaces it with the reason.
    if (button === 'acceptOrder') return actions.acceptOrder(orderId).catch(clickFailed);
  });

  if (!CLOSING_IS_DISMISSAL) return;
  browser.notifications.onClosed.addListener((notificationId, byUser) => {
    if (!byUser) return;
    const orderId = orderIdFromNotificationId(notificationId);
    if (orderId !== null) return actions.markSeen([orderId]).catch(clickFailed);
    if (notificationId === SUMMARY_NOTIFICATION_ID) return actions.markSeen().catch(clickFailed);
  });
}
