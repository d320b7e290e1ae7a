import type { browser as browserApi } from 'wxt/browser';
import type { Language } from '../i18n/language';
import { orderNotificationText, summaryNotificationText } from '../i18n/notificationText';
import type { Order } from '../orders/order';
import { notificationIdFor } from '../orders/orderNotification';

export const SUMMARY_NOTIFICATION_ID = 'orders-summary';
/** Button order on every order notification. */
export const ORDER_BUTTONS = ['openOrder', 'markSeen'] as const;

/** Shows orders as `chrome.notifications`: one per order, or one summary for a burst. */
export function orderNotifications(
  browser: typeof browserApi,
  options: () => { language: Language; requireInteraction: boolean },
) {
  const iconUrl = browser.runtime.getURL('/icon/128.png');
  // A summary may replace notifications still being created: clear each once it exists.
  const creating = new Map<number, Promise<unknown>>();
  return {
    showOrder(order: Order): void {
      const { language, requireInteraction } = options();
      const text = orderNotificationText(language, order);
      const created = browser.notifications.create(notificationIdFor(order.id), {
        type: 'basic',
        iconUrl,
        title: text.title,
        message: text.message,
        contextMessage: text.contextMessage,
        buttons: text.buttons.map((title) => ({ title })),
        // Our own sound plays instead, through the offscreen document.
        silent: true,
        requireInteraction,
        priority: 2,
      });
      creating.set(order.id, created);
      void created.catch(() => undefined).finally(() => creating.delete(order.id));
    },
    showSummary(orders: Order[], replacing: number[]): void {
      const { language, requireInteraction } = options();
      const text = summaryNotificationText(language, orders);
      for (const orderId of replacing) {
        void Promise.resolve(creating.get(orderId))
          .catch(() => undefined)
          .then(() => browser.notifications.clear(notificationIdFor(orderId)));
      }
      void browser.notifications.create(SUMMARY_NOTIFICATION_ID, {
        type: 'list',
        iconUrl,
        title: text.title,
        message: text.message,
        items: text.items,
        silent: true,
        requireInteraction,
        priority: 2,
      });
    },
  };
}
