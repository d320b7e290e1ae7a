import type { browser as browserApi } from 'wxt/browser';
import { AlertSound } from '../alerts/alertSound';
import { isQuiet } from '../alerts/quietTime';
import { RepeatRinger } from '../alerts/repeatRinger';
import { coalescedTask } from '../coalescedTask';
import { accountAlertFor, type AccountAlert } from '../connection/accountAlerts';
import { openBrowserSocket } from '../connection/browserSocket';
import { diagnoseHandshakeFailure } from '../connection/diagnoseHandshakeFailure';
import { connectionTarget } from '../connection/connectionTarget';
import { OrderConnection, type ConnectionTarget } from '../connection/orderConnection';
import { CONNECTION_LOST, EventLog } from '../diagnostics/eventLog';
import { INTL_LOCALE, resolveLanguage } from '../i18n/language';
import { UI_TEXT } from '../i18n/uiText';
import { onMessage, sendMessage, type PlayResult } from '../messaging';
import { fetchRecentOrders } from '../orders/catchUp';
import { KnownOrders } from '../orders/knownOrders';
import { orderFromBroadcast } from '../orders/order';
import { OrderIntake } from '../orders/orderIntake';
import { acceptOrder } from '../orders/acceptOrder';
import { OrderPipeline } from '../orders/orderPipeline';
import { StatusWatch } from '../orders/statusWatch';
import { ReceivedOrders } from '../orders/receivedOrders';
import { changeOrderStatus } from '../shop/orderStatus';
import { defaultDashboardUrl, normalizeBaseUrl, orderPageUrl } from '../shop/shopUrls';
import { tokenExpiresAt } from '../shop/tokenExpiry';
import { effectiveSettings } from '../settings/policy';
import { readManaged } from '../settings/readManaged';
import { offscreenDocumentKeeper } from '../sound/offscreenDocument';
import type { SoundName } from '../sound/sounds';
import {
  connectionSnapshotItem,
  eventLogItem,
  lastSoundItem,
  nextRingAtItem,
  notifiedAccountProblemsItem,
  orderWatermarkItem,
  pipelineStatsItem,
  readConnectionSnapshot,
  readSession,
  readSettings,
  receivedOrdersItem,
  sessionItem,
  settingsItem,
  snoozedUntilItem,
  type ConnectionSnapshot,
  type PipelineStats,
  type Session,
  type Settings,
} from '../storage';
import { toolbarAppearance } from '../ui/toolbarAppearance';
import { dashboardSession } from './dashboardSession';
import { ACCOUNT_NOTIFICATION_PREFIX, listenToNotificationClicks } from './notificationClicks';
import { openInDashboard } from './openInDashboard';
import { orderNotifications } from './orderNotifications';

type Browser = typeof browserApi;

const WATCHDOG_ALARM = 'connection-watchdog';
/** Chrome's minimum alarm period: revives a worker Chrome stopped while idle. */
const WATCHDOG_PERIOD_MINUTES = 0.5;
const STATS_WRITE_DELAY_MS = 200;

/** A connection state for the event log: its name and cause, never a token. */
function describeForLog(status: ConnectionSnapshot['status']): string {
  switch (status.state) {
    case 'waiting':
      return `waiting (${status.problem}${status.closeCode === undefined ? '' : `, close code ${status.closeCode}`})`;
    case 'rejected':
      return `rejected (${status.reason})`;
    default:
      return status.state;
  }
}

/**
 * Wires the browser to the order pipeline: one connection, one pipeline, and the events
 * that drive them. Composition only; the behaviour lives in the modules it wires.
 */
export function startOrderService(browser: Browser): void {
  /** What the connection is pointed at: the session, on the policy's server when there is one. */
  let target: ConnectionTarget | null = null;
  let settings: Settings = settingsItem.fallback;
  let managedPolicy: Record<string, unknown> = {};
  let snoozedUntil: number | null = null;
  const quietNow = (now: number) => isQuiet({ snoozedUntil, quietHours: settings.quietHours }, now);
  const language = () => resolveLanguage(settings.language, browser.i18n.getUILanguage());
  const dashboardUrl = () => normalizeBaseUrl(settings.dashboardUrl ?? defaultDashboardUrl(settings.apiBaseUrl));

  const eventLog = new EventLog({
    load: () => eventLogItem.getValue(),
    save: (events) => eventLogItem.setValue(events),
    now: Date.now,
  });
  const stats: PipelineStats = { orders: {}, ignoredFrames: {} };
  const statsWriter = coalescedTask(() => pipelineStatsItem.setValue(stats), STATS_WRITE_DELAY_MS);

  const ensureOffscreenDocument = offscreenDocumentKeeper({
    exists: async () => (await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length > 0,
    create: () =>
      browser.offscreen.createDocument({
        url: browser.runtime.getURL('/offscreen.html'),
        reasons: ['AUDIO_PLAYBACK'],
        justification: 'Plays the new-order alert sound.',
      }),
  });
  const playThroughOffscreen = async (sound: SoundName, volume: number): Promise<PlayResult> => {
    await ensureOffscreenDocument();
    return sendMessage('playSound', { sound, volume });
  };

  const sound = new AlertSound({
    play: playThroughOffscreen,
    settings: () => settings,
    now: Date.now,
    onPlayed: ({ at, sound, ...result }) => {
      if (!result.ok) eventLog.record('sound', `${sound} could not play: ${result.error}`);
      void lastSoundItem.setValue({ at, sound, ok: result.ok, error: result.ok ? undefined : result.error });
    },
  });

  const received = new ReceivedOrders({
    load: () => receivedOrdersItem.getValue(),
    save: (orders) => receivedOrdersItem.setValue(orders),
    now: Date.now,
  });

  let nextRingAt: number | null = null;
  const nextRingWriter = coalescedTask(() => nextRingAtItem.setValue(nextRingAt), STATS_WRITE_DELAY_MS);
  const ringer = new RepeatRinger({
    settings: () => settings,
    oldestUnseenAt: () => received.oldestUnseenAt(),
    lastRungAt: () => sound.lastRungAt,
    ring: () => sound.ring(),
    isQuiet: quietNow,
    now: Date.now,
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    onScheduled: (at) => {
      if (at === nextRingAt) return;
      nextRingAt = at;
      nextRingWriter.schedule();
    },
  });

  const notifications = orderNotifications(browser, () => ({
    language: language(),
    requireInteraction: settings.requireInteraction,
  }));

  const pipeline = new OrderPipeline({
    known: new KnownOrders(
      {
        readAll: async (prefix) =>
          Object.fromEntries(
            Object.entries(await browser.storage.local.get(null)).filter(([key]) => key.startsWith(prefix)),
          ),
        write: (entries) => browser.storage.local.set(entries),
        remove: (keys) => browser.storage.local.remove(keys),
      },
      Date.now,
    ),
    received,
    alerts: {
      ...notifications,
      ring: () => {
        sound.ring();
        ringer.reschedule();
        statusWatch.wake();
      },
      setBadgeText: (text) => void browser.action.setBadgeText({ text }),
    },
    filterSettings: () => ({
      catchUpMaxAgeMs: settings.catchUpMaxAgeHours * 3_600_000,
      serverTimeZone: settings.serverTimeZone,
    }),
    isQuiet: quietNow,
    now: Date.now,
    count: (outcome, order) => {
      eventLog.record('order', `#${order.id} ${order.number}: ${outcome}`);
      stats.orders[outcome] = (stats.orders[outcome] ?? 0) + 1;
      statsWriter.schedule();
    },
  });

  const markSeen = async (orderIds?: number[]) => {
    await pipeline.markSeen(orderIds);
    ringer.reschedule();
  };

  /** Orders a colleague handled (or that ended) while still unseen here: silence them on this computer. */
  const applyStatuses = (statuses: { id: number; status: string }[]) => {
    const handled = received.applyStatuses(statuses);
    if (handled.length === 0) return;
    for (const orderId of handled) eventLog.record('order', `#${orderId}: handled elsewhere`);
    // Already seen in the list: this refreshes the badge and the repeating sound.
    void markSeen(handled);
    notifications.clearOrders(handled, received.unseenCount() === 0);
  };

  let statusReadsFailing = false;
  const statusWatch = new StatusWatch({
    waitingSince: async (since) => {
      const awaiting = received.awaitingStaffSince(since);
      if (awaiting.every((order) => !order.seen)) return awaiting.map((order) => order.id);
      // Seen in the popup, but a notification left in the tray still asks for attention.
      const showing = await notifications.showingOrderIds();
      return awaiting.filter((order) => !order.seen || showing(order.id)).map((order) => order.id);
    },
    highestId: () => received.highestId(),
    readStatuses: async (limit) => {
      const current = target;
      if (!current) return [];
      const orders = await fetchRecentOrders(fetch, current.apiBaseUrl, current.token, limit);
      return orders.flatMap((order) => (order.status === null ? [] : [{ id: order.id, status: order.status }]));
    },
    onStatuses: (statuses) => {
      if (statusReadsFailing) eventLog.record('statusRead', 'working again');
      statusReadsFailing = false;
      applyStatuses(statuses);
    },
    // One entry per outage, not one every 15 s: the log keeps room for what else happened.
    onReadFailed: (error) => {
      if (!statusReadsFailing) eventLog.record('statusRead', `failed: ${String(error)}`);
      statusReadsFailing = true;
    },
    now: Date.now,
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  });

  const accept = (orderId: number) =>
    acceptOrder(
      {
        received,
        accept: (id) =>
          target
            ? changeOrderStatus(fetch, target, id, 'accepted')
            : Promise.resolve({ ok: false, problem: 'signInRequired' } as const),
        markSeen,
        clearNotifications: (orderIds) => notifications.clearOrders(orderIds, received.unseenCount() === 0),
        showFailure: (order, failure) => notifications.showAcceptFailure(order, failure.problem),
        log: (detail) => eventLog.record('accept', detail),
        now: Date.now,
      },
      orderId,
    );

  const intake = new OrderIntake({
    announce: (order, source) => pipeline.receive(order, source),
    loadWatermark: () => orderWatermarkItem.getValue(),
    saveWatermark: (watermark) => orderWatermarkItem.setValue(watermark),
  });

  async function notifyAccountProblem(alert: AccountAlert): Promise<void> {
    const notified = await notifiedAccountProblemsItem.getValue();
    if (notified.includes(alert.key)) return;
    await notifiedAccountProblemsItem.setValue([...notified, alert.key].slice(-20));
    const text = UI_TEXT[language()].accountAlert[alert.kind];
    const date =
      alert.kind === 'expiringSoon'
        ? new Intl.DateTimeFormat(INTL_LOCALE[language()], { dateStyle: 'full' }).format(alert.expiresAt)
        : '';
    await browser.notifications.create(`${ACCOUNT_NOTIFICATION_PREFIX}${alert.kind}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: text.title,
      message: text.message(date),
      priority: 2,
    });
  }

  function showConnectionState(snapshot: ConnectionSnapshot): void {
    const now = Date.now();
    const appearance = toolbarAppearance(snapshot.status, now, language());
    void browser.action.setIcon({ path: appearance.icon });
    void browser.action.setTitle({ title: appearance.title });
    void browser.action.setBadgeBackgroundColor({ color: appearance.badgeColor });
    const alert = target && accountAlertFor(snapshot, tokenExpiresAt(target.token), now);
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
      eventLog.record('connection', describeForLog(snapshot.status));
      void connectionSnapshotItem.setValue(snapshot);
      showConnectionState(snapshot);
    },
    onOrder: (data) => {
      if (target) void intake.receiveLive(orderFromBroadcast(data), target.apiBaseUrl);
    },
    onSocketClosed: ({ code, reason, wasOpen }) =>
      eventLog.record(
        wasOpen ? CONNECTION_LOST : 'handshakeFailed',
        `code ${code}${reason ? `, reason "${reason}"` : ', no reason'}`,
      ),
    onDiagnosed: (diagnosis) =>
      eventLog.record(
        'probe',
        diagnosis.kind === 'reject' ? `refused: ${diagnosis.reason}` : `retry: ${diagnosis.problem}`,
      ),
    onIgnoredFrame: (reason) => {
      eventLog.record('frameIgnored', reason);
      stats.ignoredFrames[reason] = (stats.ignoredFrames[reason] ?? 0) + 1;
      statsWriter.schedule();
    },
    onOpened: () => {
      const current = target;
      if (!current) return;
      intake
        .catchUp(current.apiBaseUrl, () => fetchRecentOrders(fetch, current.apiBaseUrl, current.token))
        .catch((error: unknown) => eventLog.record('catchUp', `failed: ${String(error)}`));
    },
  });

  const dashboard = dashboardSession(browser, () => settings);

  async function follow(): Promise<void> {
    let session: Session | null;
    let userSettings: Settings;
    [session, userSettings, snoozedUntil] = await Promise.all([
      readSession(),
      readSettings(),
      snoozedUntilItem.getValue(),
    ]);
    const effective = effectiveSettings(settingsItem.fallback, userSettings, managedPolicy);
    settings = effective.settings;
    target = session && connectionTarget(session, effective);
    connection.setTarget(target, await readConnectionSnapshot());
    ringer.reschedule();
  }

  // Managed storage can take seconds to answer after launch: the first connect never waits on it.
  const readManagedPolicy = () =>
    readManaged(browser).then((policy) => {
      managedPolicy = policy;
      return follow().then(() => dashboard.sync());
    });
  void readManagedPolicy();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void readManagedPolicy().then(() => connection.ensureConnected({ urgent: true }));
  });

  connection.setOnline(navigator.onLine);
  const started = follow();
  void started.then(() =>
    Promise.all([
      pipeline.restoreBadge().then(() => {
        ringer.resume();
        statusWatch.wake();
      }),
      dashboard.sync(),
    ]),
  );
  sessionItem.watch(() => void follow());
  settingsItem.watch(
    () =>
      void follow().then(() => {
        connection.ensureConnected({ urgent: true });
        return dashboard.sync();
      }),
  );
  snoozedUntilItem.watch((until) => {
    snoozedUntil = until;
  });

  void browser.alarms.create(WATCHDOG_ALARM, { periodInMinutes: WATCHDOG_PERIOD_MINUTES });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== WATCHDOG_ALARM) return;
    connection.ensureConnected();
    statusWatch.wake();
  });
  globalThis.addEventListener('online', () => connection.setOnline(true));
  globalThis.addEventListener('offline', () => connection.setOnline(false));
  browser.idle.onStateChanged.addListener((state) => {
    if (state === 'active') connection.ensureConnected({ urgent: true });
  });

  const openOrder = (orderId: number) => openInDashboard(browser, orderPageUrl(dashboardUrl(), orderId));
  onMessage('markSeen', ({ data }) => markSeen(data));
  onMessage('openOrder', async ({ data }) => {
    await Promise.all([openOrder(data), markSeen([data])]);
  });
  onMessage('retryNow', () => connection.retryNow());
  onMessage('acceptOrder', ({ data }) => accept(data));
  onMessage('refreshOrderStatuses', () => statusWatch.refresh());
  onMessage('connectionServer', async () => {
    await started;
    return target?.apiBaseUrl ?? null;
  });
  onMessage('testSound', ({ data }) => playThroughOffscreen(data.sound, data.volume));

  listenToNotificationClicks(browser, {
    openOrder,
    acceptOrder: accept,
    openOrderList: () => openInDashboard(browser, `${dashboardUrl()}/dashboard/orders`),
    markSeen,
    openOptions: () => browser.runtime.openOptionsPage(),
  });
}
