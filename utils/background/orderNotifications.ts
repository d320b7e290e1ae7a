import type { browser as browserApi } from 'wxt/browser';
import type { Language } from '../i18n/language';
import {
  acceptFailedNotificationText,
  missedOrdersNotificationText,
  orderNotificationText,
  summaryNotificationText,
} from '../i18n/notificationText';
import type { StatusChangeProblem } from '../shop/orderStatus';
import type { BurstSummary } from '../orders/burstGate';
import type { Order } from '../orders/order';
import type { ReceivedOrder } from '../orders/receivedOrder';
import { NOTIFICATION_BUTTONS, notificationSurface, type AlertNotification } from '../platform/notificationSurface';
import { NOTIFICATION_ICON } from '../ui/icons';
import { notificationIdFor, orderIdFromNotificationId } from '../orders/orderNotification';

export const SUMMARY_NOTIFICATION_ID = 'orders-summary';
/** Says that orders may have been missed while offline: a click opens the dashboard's list. */
export const MISSED_ORDERS_NOTIFICATION_ID = 'orders-missed';
/** A burst summary is redrawn at most this often, however fast orders come. */
export const SUMMARY_REFRESH_MS = 500;
/** Button order on every order notification. */
export const ORDER_BUTTONS = ['acceptOrder', 'openOrder'] as const;

/** Shows orders as `chrome.notifications`: one per order, or one summary for a burst. */
export function orderNotifications(
  browser: typeof browserApi,
  options: () => { language: Language; requireInteraction: boolean },
  onError: (error: unknown) => void,
) {
  const iconUrl = browser.runtime.getURL(NOTIFICATION_ICON);
  const surface = notificationSurface(browser);
  // A summary may replace notifications still being created: clear each once it exists.
  const creating = new Map<number, Promise<unknown>>();
  let summaryTimer: ReturnType<typeof setTimeout> | null = null;
  let pendingSummary: { count: number; listed: readonly Order[] } | null = null;

  function summaryOptions({ count, listed }: { count: number; listed: readonly Order[] }): AlertNotification {
    const { language, requireInteraction } = options();
    const text = summaryNotificationText(language, listed, count);
    return {
      type: 'list',
      iconUrl,
      title: text.title,
      message: text.message,
      items: text.items,
      silent: true,
      requireInteraction,
      priority: 2,
    };
  }

  /** Later redraws update the summary in place (no new popup); one dismissed meanwhile is shown again. */
  function redrawSummary(): void {
    summaryTimer = null;
    const pending = pendingSummary;
    pendingSummary = null;
    if (!pending) return;
    surface.redraw(SUMMARY_NOTIFICATION_ID, summaryOptions(pending)).catch(onError);
    summaryTimer = setTimeout(redrawSummary, SUMMARY_REFRESH_MS);
  }

  function createOrderNotification(
    orderId: number,
    text: ReturnType<typeof orderNotificationText>,
    requireInteraction: boolean,
  ): Promise<string> {
    return surface.create(notificationIdFor(orderId), orderOptions(text, requireInteraction));
  }

  function orderOptions(
    text: ReturnType<typeof orderNotificationText>,
    requireInteraction: boolean,
  ): AlertNotification {
    return {
      type: 'basic',
      iconUrl,
      title: text.title,
      message: text.message,
      // Where notifications carry no buttons (Firefox), they say where Accept is.
      contextMessage: NOTIFICATION_BUTTONS ? text.contextMessage : `${text.contextMessage} · ${text.acceptInPopup}`,
      ...(NOTIFICATION_BUTTONS && { buttons: text.buttons.map((title) => ({ title })) }),
      // Our own sound plays instead, through the offscreen document.
      silent: true,
      requireInteraction,
      priority: 2,
    };
  }

  return {
    showOrder(order: Order): void {
      const { language, requireInteraction } = options();
      const created = createOrderNotification(order.id, orderNotificationText(language, order), requireInteraction);
      creating.set(order.id, created);
      created.catch(onError).finally(() => creating.delete(order.id));
    },
    /**
     * Redraws the order's notification with why the accept failed; it stays until acted on.
     * An unseen order keeps ringing, so its notification is shown again even if it was
     * closed; for a seen one, only a notification still in the tray is redrawn.
     */
    showAcceptFailure(order: ReceivedOrder, problem: StatusChangeProblem): void {
      const text = acceptFailedNotificationText(options().language, order, problem);
      if (!order.seen) {
        createOrderNotification(order.id, text, true).catch(onError);
        return;
      }
      surface.redraw(notificationIdFor(order.id), orderOptions(text, true)).catch(onError);
    },
    showMissedWarning(): void {
      const text = missedOrdersNotificationText(options().language);
      browser.notifications
        .create(MISSED_ORDERS_NOTIFICATION_ID, {
          type: 'basic',
          iconUrl,
          ...text,
          requireInteraction: true,
          priority: 2,
        })
        .catch(onError);
    },
    /** Which orders a notification still stands for (their own, or a burst summary's). */
    async showingOrderIds(): Promise<(orderId: number) => boolean> {
      const ids = Object.keys(await browser.notifications.getAll());
      if (ids.includes(SUMMARY_NOTIFICATION_ID)) return () => true;
      const showing = new Set(ids.map(orderIdFromNotificationId));
      return (orderId) => showing.has(orderId);
    },
    /** Takes down every order notification and the burst summary. */
    async clearAll(): Promise<void> {
      const ids = Object.keys(await browser.notifications.getAll());
      const ours = ids.filter((id) => id === SUMMARY_NOTIFICATION_ID || orderIdFromNotificationId(id) !== null);
      await Promise.all(ours.map((id) => browser.notifications.clear(id)));
    },
    /** Takes down what stood for these orders: their notifications, and the summary once nothing is left unseen. */
    clearOrders(orderIds: readonly number[], nothingUnseen: boolean): void {
      const ids = orderIds.map(notificationIdFor);
      if (nothingUnseen) ids.push(SUMMARY_NOTIFICATION_ID);
      for (const id of ids) browser.notifications.clear(id).catch(onError);
    },
    showSummary({ count, listed, replacing }: BurstSummary): void {
      for (const orderId of replacing) {
        Promise.resolve(creating.get(orderId))
          .catch(() => undefined)
          .then(() => browser.notifications.clear(notificationIdFor(orderId)))
          .catch(onError);
      }
      if (summaryTimer !== null) {
        pendingSummary = { count, listed };
        return;
      }
      surface.create(SUMMARY_NOTIFICATION_ID, summaryOptions({ count, listed })).catch(onError);
      summaryTimer = setTimeout(redrawSummary, SUMMARY_REFRESH_MS);
    },
  };
}
