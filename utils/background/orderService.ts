import type { browser as browserApi } from 'wxt/browser';
import { accountAlertFor, type AccountAlert } from '../connection/accountAlerts';
import { openBrowserSocket } from '../connection/browserSocket';
import { diagnoseHandshakeFailure } from '../connection/diagnoseHandshakeFailure';
import { OrderConnection, type ConnectionTarget } from '../connection/orderConnection';
import { onMessage, sendMessage } from '../messaging';
import { fetchRecentOrders } from '../orders/catchUp';
import { orderFromBroadcast } from '../orders/order';
import { OrderAnnouncer } from '../orders/orderAnnouncer';
import { OrderIntake } from '../orders/orderIntake';
import { orderIdFromNotificationId } from '../orders/orderNotification';
import { defaultDashboardUrl, orderPageUrl } from '../shop/shopUrls';
import { tokenExpiresAt } from '../shop/tokenExpiry';
import { offscreenDocumentKeeper } from '../sound/offscreenDocument';
import {
  connectionSnapshotItem,
  notifiedAccountProblemsItem,
  orderWatermarkItem,
  readConnectionSnapshot,
  readSession,
  readSettings,
  receivedOrdersItem,
  sessionItem,
  settingsItem,
  type ConnectionSnapshot,
  type Session,
  type Settings,
} from '../storage';
import { ACCOUNT_ALERT_TEXT } from '../ui/strings';
import { toolbarAppearance } from '../ui/toolbarAppearance';

type Browser = typeof browserApi;

const WATCHDOG_ALARM = 'connection-watchdog';
/** Chrome's minimum alarm period: revives a worker Chrome stopped while idle. */
const WATCHDOG_PERIOD_MINUTES = 0.5;
const ALERT_VOLUME = 80;
const ACCOUNT_NOTIFICATION_PREFIX = 'account-';

function targetOf(session: Session): ConnectionTarget {
  const { apiBaseUrl, token, signedInAt, verifiedAt } = session;
  return { apiBaseUrl, token, signedInAt, verifiedAt, credentialsId: signedInAt };
}

/**
 * Wires the browser to the order pipeline: one connection, one intake, and the events
 * that drive them. Composition only; the behaviour lives in the modules it wires.
 */
export function startOrderService(browser: Browser): void {
  let session: Session | null = null;
  let settings: Settings = settingsItem.fallback;

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

  const intake = new OrderIntake({
    announce: (order, source) => announcer.announce(order, source),
    loadWatermark: () => orderWatermarkItem.getValue(),
    saveWatermark: (watermark) => orderWatermarkItem.setValue(watermark),
  });

  async function notifyAccountProblem(alert: AccountAlert): Promise<void> {
    const notified = await notifiedAccountProblemsItem.getValue();
    if (notified.includes(alert.key)) return;
    await notifiedAccountProblemsItem.setValue([...notified, alert.key].slice(-20));
    const text = ACCOUNT_ALERT_TEXT[alert.kind];
    const date =
      alert.kind === 'expiringSoon' ? new Intl.DateTimeFormat('ar', { dateStyle: 'full' }).format(alert.expiresAt) : '';
    await browser.notifications.create(`${ACCOUNT_NOTIFICATION_PREFIX}${alert.kind}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: text.title,
      message: text.message.replace('{date}', date),
      priority: 2,
    });
  }

  function showConnectionState(snapshot: ConnectionSnapshot): void {
    const now = Date.now();
    const appearance = toolbarAppearance(snapshot.status, now);
    void browser.action.setIcon({ path: appearance.icon });
    void browser.action.setTitle({ title: appearance.title });
    void browser.action.setBadgeBackgroundColor({ color: appearance.badgeColor });
    const alert = session && accountAlertFor(snapshot, tokenExpiresAt(session.token), now);
    if (alert) void notifyAccountProblem(alert);
    if (snapshot.status.state === 'open') {
      for (const kind of ['signInRequired', 'serverDefect', 'accountRefused', 'wrongUrl']) {
        void browser.notifications.clear(`${ACCOUNT_NOTIFICATION_PREFIX}${kind}`);
      }
    }
  }

  const connection = new OrderConnection({
    openSocket: openBrowserSocket,
    diagnose: (target) => diagnoseHandshakeFailure(fetch, target, Date.now()),
    now: Date.now,
    random: Math.random,
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    serverPingIntervalMs: () => settings.serverPingIntervalSeconds * 1000,
    onChange: (snapshot) => {
      void connectionSnapshotItem.setValue(snapshot);
      showConnectionState(snapshot);
    },
    onOrder: (data) => {
      if (session) void intake.receiveLive(orderFromBroadcast(data), session.apiBaseUrl);
    },
    onOpened: () => {
      const current = session;
      if (!current) return;
      intake
        .catchUp(current.apiBaseUrl, () => fetchRecentOrders(fetch, current.apiBaseUrl, current.token))
        .catch((error: unknown) => console.warn('Catching up on missed orders failed:', error));
    },
  });

  async function follow(): Promise<void> {
    [session, settings] = await Promise.all([readSession(), readSettings()]);
    connection.setTarget(session && targetOf(session), await readConnectionSnapshot());
  }

  connection.setOnline(navigator.onLine);
  void follow();
  void announcer.restoreBadge();
  sessionItem.watch(() => void follow());
  settingsItem.watch(() => void follow().then(() => connection.ensureConnected({ urgent: true })));

  void browser.alarms.create(WATCHDOG_ALARM, { periodInMinutes: WATCHDOG_PERIOD_MINUTES });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WATCHDOG_ALARM) connection.ensureConnected();
  });
  globalThis.addEventListener('online', () => connection.setOnline(true));
  globalThis.addEventListener('offline', () => connection.setOnline(false));
  browser.idle.onStateChanged.addListener((state) => {
    if (state === 'active') connection.ensureConnected({ urgent: true });
  });

  onMessage('markAllSeen', () => announcer.markSeen());
  onMessage('retryNow', () => connection.retryNow());

  browser.notifications.onClicked.addListener((notificationId) => {
    if (notificationId.startsWith(ACCOUNT_NOTIFICATION_PREFIX)) {
      void browser.runtime.openOptionsPage();
      return;
    }
    const orderId = orderIdFromNotificationId(notificationId);
    if (orderId === null) return;
    void (async () => {
      const current = await readSettings();
      const dashboardUrl = current.dashboardUrl ?? defaultDashboardUrl(current.apiBaseUrl);
      await browser.tabs.create({ url: orderPageUrl(dashboardUrl, orderId) });
      await browser.notifications.clear(notificationId);
      await announcer.markSeen([orderId]);
    })();
  });
}
