import type { browser as browserApi } from 'wxt/browser';
import type { Failed } from '../failed';
import type { Language } from '../i18n/language';
import {
  acceptFailedNotificationText,
  missedOrdersNotificationText,
  orderNotificationText,
  summaryNotificationText,
} from '../i18n/notificationText';
import type { StatusChangeProblem } from '../shop/orderStatuses';
import type { BurstSummary } from '../orders/burstGate';
import type { Order } from '../orders/order';
import type { ReceivedOrder } from '../orders/receivedOrderSchema';
import {
  NOTIFICATION_BUTTONS,
  NOTIFICATION_UPDATES,
  PICTURE_AS_ICON,
  notificationSurface,
  type AlertNotification,
} from '../platform/notificationSurface';
import { NOTIFICATION_ICON } from '../ui/icons';
import {
  MISSED_ORDERS_NOTIFICATION_ID,
  SUMMARY_NOTIFICATION_ID,
  notificationIdFor,
  orderIdFromNotificationId,
} from '../platform/notificationIds';
import type { Timers } from '../timers';

/** A burst summary is redrawn at most this often, however fast orders come. */
const SUMMARY_REFRESH_MS = 500;
/** Where a notification cannot be updated, it waits this long for its picture, never longer. */
const PICTURE_WAIT_MS = 100;
/** Button order on every order notification. */
export const ORDER_BUTTONS = ['acceptOrder', 'openOrder'] as const;

/** Shows orders as `chrome.notifications`: one per order, or one summary for a burst. */
export function orderNotifications(
  browser: typeof browserApi,
  options: () => { language: Language; requireInteraction: boolean; showPictures: boolean },
  failed: Failed,
  timers: Timers,
) {
  const notificationFailed = failed('an order notification');
  const delay = (ms: number) => new Promise<null>((resolve) => timers.setTimeout(() => resolve(null), ms));
  const iconUrl = browser.runtime.getURL(NOTIFICATION_ICON);
  const surface = notificationSurface(browser);
  // A summary may replace notifications still being created: clear each once it exists.
  const creating = new Map<number, Promise<unknown>>();
  let summaryTimer: unknown = null;
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
    surface.redraw(SUMMARY_NOTIFICATION_ID, summaryOptions(pending)).catch(notificationFailed);
    summaryTimer = timers.setTimeout(redrawSummary, SUMMARY_REFRESH_MS);
  }

  function createOrderNotification(
    orderId: number,
    text: ReturnType<typeof orderNotificationText>,
    requireInteraction: boolean,
    thumbnail?: string,
  ): Promise<string> {
    return surface.create(notificationIdFor(orderId), orderOptions(text, requireInteraction, thumbnail));
  }

  function orderOptions(
    text: ReturnType<typeof orderNotificationText>,
    requireInteraction: boolean,
    thumbnail?: string,
  ): AlertNotification {
    return {
      // Chrome shows the picture large; Firefox, which has no image notification, as the icon.
      ...(thumbnail ? { type: 'image', imageUrl: thumbnail } : { type: 'basic' }),
      iconUrl: thumbnail && PICTURE_AS_ICON ? thumbnail : iconUrl,
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

  /** Puts the picture on an order notification still on screen; one already closed stays closed. */
  async function showThumbnail(orderId: number, created: Promise<unknown>, thumbnail: string): Promise<void> {
    await created.catch(() => undefined);
    await surface.showImage(notificationIdFor(orderId), thumbnail);
  }

  return {
    /**
     * The order's notification, at once. Its picture's thumbnail follows by an update where
     * the browser can update one; where it cannot (Firefox), the notification waits for the
     * thumbnail at most `PICTURE_WAIT_MS`, and goes without it after that.
     */
    showOrder(order: Order, thumbnail: Promise<string | null> | null): void {
      const { language, requireInteraction } = options();
      const text = orderNotificationText(language, order);
      const created =
        thumbnail && !NOTIFICATION_UPDATES
          ? Promise.race([thumbnail, delay(PICTURE_WAIT_MS)]).then((ready) =>
              createOrderNotification(order.id, text, requireInteraction, ready ?? undefined),
            )
          : createOrderNotification(order.id, text, requireInteraction);
      creating.set(order.id, created);
      created.catch(notificationFailed).finally(() => creating.delete(order.id));
      if (thumbnail && NOTIFICATION_UPDATES) {
        thumbnail
          .then((ready) => (ready ? showThumbnail(order.id, created, ready) : undefined))
          .catch(notificationFailed);
      }
    },
    /**
     * Redraws the order's notification with why the accept failed; it stays until acted on.
     * An unseen order keeps ringing, so its notification is shown again even if it was
     * closed; for a seen one, only a notification still in the tray is redrawn.
     */
    showAcceptFailure(order: ReceivedOrder, problem: StatusChangeProblem): void {
      const text = acceptFailedNotificationText(options().language, order, problem);
      const thumbnail = options().showPictures ? order.thumbnail : undefined;
      if (!order.seen) {
        createOrderNotification(order.id, text, true, thumbnail).catch(notificationFailed);
        return;
      }
      surface.redraw(notificationIdFor(order.id), orderOptions(text, true, thumbnail)).catch(notificationFailed);
    },
    showMissedWarning(): void {
      const text = missedOrdersNotificationText(options().language);
      surface
        .create(MISSED_ORDERS_NOTIFICATION_ID, {
          type: 'basic',
          iconUrl,
          ...text,
          requireInteraction: true,
          priority: 2,
        })
        .catch(notificationFailed);
    },
    /** Which orders a notification still stands for (their own, or a burst summary's). */
    async showingOrderIds(): Promise<(orderId: number) => boolean> {
      const ids = await surface.shownIds();
      if (ids.includes(SUMMARY_NOTIFICATION_ID)) return () => true;
      const showing = new Set(ids.map(orderIdFromNotificationId));
      return (orderId) => showing.has(orderId);
    },
    /** Takes down every order notification and the burst summary. */
    async clearAll(): Promise<void> {
      const ids = await surface.shownIds();
      const ours = ids.filter((id) => id === SUMMARY_NOTIFICATION_ID || orderIdFromNotificationId(id) !== null);
      await Promise.all(ours.map((id) => surface.clear(id)));
    },
    /** Takes down what stood for these orders: their notifications, and the summary once nothing is left unseen. */
    clearOrders(orderIds: readonly number[], nothingUnseen: boolean): void {
      const ids = orderIds.map(notificationIdFor);
      if (nothingUnseen) ids.push(SUMMARY_NOTIFICATION_ID);
      for (const id of ids) surface.clear(id).catch(notificationFailed);
    },
    showSummary({ count, listed, replacing }: BurstSummary): void {
      for (const orderId of replacing) {
        Promise.resolve(creating.get(orderId))
          .catch(() => undefined)
          .then(() => surface.clear(notificationIdFor(orderId)))
          .catch(notificationFailed);
      }
      if (summaryTimer !== null) {
        pendingSummary = { count, listed };
        return;
      }
      surface.create(SUMMARY_NOTIFICATION_ID, summaryOptions({ count, listed })).catch(notificationFailed);
      summaryTimer = timers.setTimeout(redrawSummary, SUMMARY_REFRESH_MS);
    },
  };
}
