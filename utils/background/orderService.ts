import type { browser as browserApi } from 'wxt/browser';
import { sendMessage, onMessage } from '../messaging';
import { openBrowserSocket } from '../connection/browserSocket';
import { OrderConnection } from '../connection/orderConnection';
import { OrderAnnouncer } from '../orders/orderAnnouncer';
import { orderIdFromNotificationId } from '../orders/orderNotification';
import { defaultDashboardUrl, orderPageUrl } from '../shop/shopUrls';
import { offscreenDocumentKeeper } from '../sound/offscreenDocument';
import {
  connectionStatusItem,
  readSession,
  receivedOrdersItem,
  sessionItem,
  settingsItem,
  type Session,
} from '../storage';

const WATCHDOG_ALARM = 'connection-watchdog';
/** Chrome's minimum alarm period: revives a worker Chrome stopped while idle. */
const WATCHDOG_PERIOD_MINUTES = 0.5;
const ALERT_VOLUME = 80;

/**
 * Wires the browser to the order pipeline: one connection, one announcer, and the
 * events that drive them. Everything here is composition; the behaviour lives in the
 * modules it wires.
 */
export function startOrderService(browser: typeof browserApi): void {
  const ensureOffscreenDocument = offscreenDocumentKeeper({
    exists: async () => (await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length > 0,
    create: () =>
      browser.offscreen.createDocument({
        url: browser.runtime.getURL('/offscreen.html'),
        reasons: ['AUDIO_PLAYBACK'],
        justification: 'Plays the new-order alert sound.',
      }),
  });

  const announcer = new OrderAnnouncer({
    showNotification: ({ id, title, message }) =>
      browser.notifications.create(id, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title,
        message,
        silent: true,
      }),
    setBadgeText: (text) => browser.action.setBadgeText({ text }),
    playSound: () =>
      ensureOffscreenDocument()
        .then(() => sendMessage('playSound', { sound: 'beep', volume: ALERT_VOLUME }))
        .catch((error: unknown) => console.warn('Alert sound failed:', error)),
    loadOrders: () => receivedOrdersItem.getValue(),
    saveOrders: (orders) => receivedOrdersItem.setValue(orders),
    now: Date.now,
  });

  const connection = new OrderConnection({
    openSocket: openBrowserSocket,
    now: Date.now,
    random: Math.random,
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    onStatus: (status) => void connectionStatusItem.setValue(status),
    onOrder: (order) => void announcer.announce(order),
  });

  const follow = (session: Session | null) =>
    connection.setTarget(session && { apiBaseUrl: session.apiBaseUrl, token: session.token });
  void readSession().then(follow);
  sessionItem.watch(() => void readSession().then(follow));
  void announcer.restoreBadge();

  void browser.alarms.create(WATCHDOG_ALARM, { periodInMinutes: WATCHDOG_PERIOD_MINUTES });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WATCHDOG_ALARM) connection.ensureConnected();
  });
  globalThis.addEventListener('online', () => connection.ensureConnected());

  onMessage('markAllSeen', () => announcer.markSeen());

  browser.notifications.onClicked.addListener((notificationId) => {
    const orderId = orderIdFromNotificationId(notificationId);
    if (orderId === null) return;
    void (async () => {
      const settings = await settingsItem.getValue();
      const dashboardUrl = settings.dashboardUrl ?? defaultDashboardUrl(settings.apiBaseUrl);
      await browser.tabs.create({ url: orderPageUrl(dashboardUrl, orderId) });
      await browser.notifications.clear(notificationId);
      await announcer.markSeen([orderId]);
    })();
  });
}
