import { parseOrderWatermark } from '../orders/catchUp';
import { parseReceivedOrders } from '../orders/receivedOrder';
import { parseSession } from '../shop/session';
import { parseSettings } from '../settings/parseSettings';
import type { browser as browserApi } from 'wxt/browser';
import { isQuiet } from '../alerts/quietTime';
import { parseConnectionSnapshot, type ConnectionSnapshot } from '../connection/connectionStatus';
import type { OrderConnectionDeps } from '../connection/orderConnection';
import { parseEventLog, EventLog, type NewEvent } from '../diagnostics/eventLog';
import { pipelineCounter } from '../diagnostics/pipelineStats';
import { resolveLanguage } from '../i18n/language';
import type { PlayResult } from '../messaging';
import { readManaged } from '../settings/readManaged';
import { dashboardOrderListUrl, dashboardUrlOf, orderPageUrl } from '../shop/shopUrls';
import type { SoundName } from '../sound/sounds';
import * as stored from '../storage';
import { accountNotifications } from './accountNotifications';
import { dashboardSession } from './dashboardSession';
import { LiveConfiguration } from './liveConfiguration';
import { registerMessageHandlers } from './messageHandlers';
import { listenToNotificationClicks } from './notificationClicks';
import { openInDashboard } from './openInDashboard';
import { orderHandling } from './orderHandling';
import { orderStream } from './orderStream';
import { toolbarButton } from './toolbarButton';
import { registerWakeTriggers } from './wakeTriggers';

/** What the worker needs from its browser beyond the extension APIs; tests pass fakes. */
export interface WorkerPlatform {
  openSocket: OrderConnectionDeps['openSocket'];
  fetch: typeof fetch;
  playSound(sound: SoundName, volume: number): Promise<PlayResult>;
}

/** Wires the browser to the order stream and the order handling. Wiring only: the behaviour lives in the modules. */
export function startOrderService(browser: typeof browserApi, platform: WorkerPlatform): void {
  const eventLog = new EventLog({
    load: () => stored.readParsed(stored.eventLogItem, parseEventLog),
    save: (e) => stored.eventLogItem.setValue(e),
    now: Date.now,
  });
  const log = (event: NewEvent) => eventLog.record(event);
  const failed = (what: string) => (error: unknown) => log({ kind: 'failure', what, error: String(error) });

  let resumeFrom: ConnectionSnapshot | undefined;
  const configuration = new LiveConfiguration({
    readSession: () => stored.readParsed(stored.sessionItem, parseSession),
    readSettings: () => stored.readParsed(stored.settingsItem, parseSettings),
    readSnoozedUntil: () => stored.snoozedUntilItem.getValue(),
    readManaged: () => readManaged(browser),
    onChange: ({ target }) => {
      connection.setTarget(target, resumeFrom);
      orders.ringing.reschedule();
    },
  });
  const settings = () => configuration.current.settings;
  const target = () => configuration.current.target;
  const language = () => resolveLanguage(settings().language, browser.i18n.getUILanguage());
  const toolbar = toolbarButton(browser, failed('toolbar'));
  const counter = pipelineCounter((stats) => stored.pipelineStatsItem.setValue(stats));

  const orders = orderHandling(browser, {
    fetch: platform.fetch,
    playSound: platform.playSound,
    settings,
    language,
    target,
    isQuiet: (now) => isQuiet({ ...configuration.current, quietHours: settings().quietHours }, now),
    setBadgeText: toolbar.setBadgeText,
    log,
    countOutcome: counter.order,
    onError: failed,
    store: {
      readReceivedOrders: () => stored.readParsed(stored.receivedOrdersItem, parseReceivedOrders),
      saveReceivedOrders: (list) => stored.receivedOrdersItem.setValue(list),
      readWatermark: () => stored.readParsed(stored.orderWatermarkItem, parseOrderWatermark),
      saveWatermark: (watermark) => stored.orderWatermarkItem.setValue(watermark),
      saveLastSound: (lastSound) => stored.lastSoundItem.setValue(lastSound),
      saveNextRingAt: (at) => stored.nextRingAtItem.setValue(at),
    },
  });

  const account = accountNotifications(browser, {
    language,
    notified: stored.notifiedAccountProblemsItem,
    onError: failed('account notification'),
  });
  const connection = orderStream({
    openSocket: platform.openSocket,
    fetch: platform.fetch,
    intake: orders.intake,
    target,
    serverPingIntervalMs: () => settings().serverPingIntervalSeconds * 1000,
    onChange: (snapshot) => {
      stored.connectionSnapshotItem.setValue(snapshot).catch(failed('saving the connection state'));
      toolbar.showConnection(snapshot.status, language(), Date.now());
      account.follow(snapshot, target()?.token ?? null, Date.now());
    },
    onIgnoredFrame: counter.ignoredFrame,
    log,
  });

  const dashboard = dashboardSession(browser, settings);
  connection.setOnline(navigator.onLine);
  const started = stored.readParsed(stored.connectionSnapshotItem, parseConnectionSnapshot).then((snapshot) => {
    resumeFrom = snapshot;
    return configuration.follow();
  });
  started.then(() => Promise.all([orders.resume(), dashboard.sync()])).catch(failed('start-up'));
  // Managed storage can take seconds to answer after launch: the first connect never waits on it.
  const followPolicy = () => configuration.followPolicy().then(dashboard.sync);
  followPolicy().catch(failed('reading the policy'));
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area !== 'managed') return;
    followPolicy()
      .then(() => connection.ensureConnected({ urgent: true }))
      .catch(failed('reading the policy'));
  });
  const follow = (then?: () => Promise<unknown>) => () =>
    void configuration.follow().then(then).catch(failed('following a change'));
  stored.sessionItem.watch(follow());
  stored.snoozedUntilItem.watch(follow());
  stored.settingsItem.watch(follow(() => (connection.ensureConnected({ urgent: true }), dashboard.sync())));

  registerWakeTriggers(
    browser,
    {
      watchdog: () => (connection.ensureConnected(), orders.statusWatch.wake()),
      online: (online) => connection.setOnline(online),
      active: () => connection.ensureConnected({ urgent: true }),
    },
    failed('watchdog alarm'),
  );

  const openOrder = (orderId: number) => openInDashboard(browser, orderPageUrl(dashboardUrlOf(settings()), orderId));
  const markSeen = (orderIds?: readonly number[]) => orders.settle(orderIds ?? 'all', 'seen');
  registerMessageHandlers({
    markSeen,
    openOrder: async (orderId) => void (await Promise.all([openOrder(orderId), markSeen([orderId])])),
    retryNow: () => connection.retryNow(),
    acceptOrder: orders.accept,
    refreshOrderStatuses: () => orders.statusWatch.refresh(),
    connectionServer: () => started.then(() => target()?.apiBaseUrl ?? null),
    testSound: platform.playSound,
  });
  listenToNotificationClicks(browser, {
    openOrder,
    acceptOrder: orders.accept,
    openOrderList: () => openInDashboard(browser, dashboardOrderListUrl(dashboardUrlOf(settings()))),
    markSeen,
    openOptions: () => browser.runtime.openOptionsPage(),
    onError: failed('notification click'),
  });
}
