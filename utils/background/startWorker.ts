import type { PlayResult } from '../sound/sounds';
import type { browser as browserApi } from 'wxt/browser';
import { isQuiet } from '../alerts/quietTime';
import { parseConnectionSnapshot, type ConnectionSnapshot } from '../connection/connectionStatus';
import { readingModeFor } from '../connection/listReading';
import type { OrderConnectionDeps } from '../connection/orderConnection';
import { parseEventLog, EventLog, type NewEvent } from '../diagnostics/eventLog';
import { parsePipelineStats, pipelineCounter } from '../diagnostics/pipelineStats';
import { resolveLanguage } from '../i18n/language';
import { dashboardOrderListUrl, dashboardUrlOf, orderPageUrl } from '../shop/shopUrls';
import type { SoundName } from '../sound/sounds';
import * as stored from '../storage';
import { accountNotifications } from './accountNotifications';
import { configurationWriter } from './configurationWriter';
import { dashboardSession } from './dashboardSession';
import { registerFirstRun } from './firstRun';
import { storageHealth } from './storageHealth';
import { followConfigurationChanges, storedConfiguration } from './storedConfiguration';
import { registerMessageHandlers } from './messageHandlers';
import { listenToNotificationClicks } from './notificationClicks';
import { openInDashboard } from './openInDashboard';
import { wireOrders } from './orderWiring';
import { wireConnection } from './connectionWiring';
import { toolbarButton } from './toolbarButton';
import { registerWakeTriggers } from './wakeTriggers';

/** What the worker needs from its browser beyond the extension APIs; tests pass fakes. */
export interface WorkerPlatform {
  openSocket: OrderConnectionDeps['openSocket'];
  fetch: typeof fetch;
  playSound(sound: SoundName, volume: number): Promise<PlayResult>;
  /** Whether this computer has a network, and news when that changes. */
  network: { isOnline(): boolean; onChange(listener: (online: boolean) => void): void };
}

/** Wires the browser to the order stream and the order handling. Wiring only: the behaviour lives in the modules. */
export function startWorker(browser: typeof browserApi, platform: WorkerPlatform): void {
  // The one pair that needs each other: storage health logs a failed write, and the event log's own
  // writes are watched by it (the log saves later, never while it is being built).
  const eventLog = new EventLog({
    load: () => stored.readParsed(stored.eventLogItem, parseEventLog),
    save: (events) => storage.save('the event log', () => stored.eventLogItem.setValue(events)),
    now: Date.now,
  });
  const log = (event: NewEvent) => eventLog.record(event);
  const storage = storageHealth({
    log,
    publish: (problem) => stored.storageProblemItem.setValue(problem),
    now: Date.now,
  });
  const failed = (what: string) => (error: unknown) => log({ kind: 'failure', what, error: String(error) });

  const configuration = storedConfiguration(browser);
  const settings = () => configuration.current.settings;
  const target = () => configuration.current.target;
  const language = () => resolveLanguage(settings().language, browser.i18n.getUILanguage());
  const toolbar = toolbarButton(browser, failed('toolbar'));
  const counter = pipelineCounter(
    () => stored.readParsed(stored.pipelineStatsItem, parsePipelineStats),
    (stats) => stored.pipelineStatsItem.setValue(stats),
  );

  const orders = wireOrders(browser, {
    fetch: platform.fetch,
    playSound: platform.playSound,
    settings,
    language,
    target,
    isQuiet: (now) => isQuiet({ ...configuration.current, quietHours: settings().quietHours }, now),
    setBadgeText: toolbar.setBadgeText,
    log,
    countOutcome: counter.order,
    countDegraded: counter.degradedFields,
    countRecovered: counter.recovered,
    storage,
    onError: failed,
  });

  const account = accountNotifications(browser, {
    language,
    notified: stored.notifiedAccountProblemsItem,
    onError: failed('account notification'),
  });
  const connection = wireConnection({
    openSocket: platform.openSocket,
    fetch: platform.fetch,
    intake: orders.intake,
    target,
    serverPingIntervalMs: () => settings().serverPingIntervalSeconds * 1000,
    onChange: (snapshot) => {
      stored.connectionSnapshotItem.setValue(snapshot).catch(failed('saving the connection state'));
      orders.reconciler.setMode(readingModeFor(snapshot.status, orders.reconciler.mode));
      toolbar.showConnection(snapshot.status, language(), Date.now());
      account.follow(snapshot, target()?.token ?? null, Date.now());
    },
    onIgnoredFrame: counter.ignoredFrame,
    log,
  });

  const writer = configurationWriter();
  const dashboard = dashboardSession(browser, settings, log, {
    forbidden: () => configuration.current.dashboardSessionForbidden,
    writer,
  });
  connection.setOnline(platform.network.isOnline());
  platform.network.onChange((online) => connection.setOnline(online));

  let resumeFrom: ConnectionSnapshot | undefined;
  followConfigurationChanges(browser, configuration, {
    onChange: async ({ target, serverChanged }) => {
      // Never leaves the connection behind: a storage failure here is logged, the stream still follows.
      await orders.followScope(target?.apiBaseUrl ?? null).catch(failed('starting a new order scope'));
      connection.setTarget(target, resumeFrom, serverChanged ? 'serverChanged' : undefined);
      orders.ringing.reschedule();
    },
    onSettingsChanged: () => (connection.ensureConnected({ urgent: true }), dashboard.sync()),
    onPolicyRead: async (changed) => {
      await dashboard.sync();
      if (changed) connection.ensureConnected({ urgent: true });
    },
    onError: failed,
  });
  const started = stored.readParsed(stored.connectionSnapshotItem, parseConnectionSnapshot).then((snapshot) => {
    resumeFrom = snapshot;
    return configuration.follow();
  });
  started.then(() => Promise.all([orders.resume(), dashboard.sync()])).catch(failed('start-up'));
  /**
   * The event that woke this worker (a click on a notification, a page's message) arrives
   * before the stored session and settings are read: every handler waits for them, or an
   * Accept would go nowhere and a click would open the production dashboard.
   */
  const configured = started.catch(() => undefined);
  const afterStart =
    <A extends unknown[], R>(run: (...args: A) => R) =>
    async (...args: A): Promise<Awaited<R>> => {
      await configured;
      return await run(...args);
    };

  registerFirstRun(browser, { ready: started, signedIn: () => target() !== null, onError: failed('first run') });
  registerWakeTriggers(
    browser,
    {
      watchdog: () => (connection.ensureConnected(), orders.handledElsewhere.wake()),
      active: () => (connection.ensureConnected({ urgent: true }), orders.reconciler.wake()),
    },
    failed('watchdog alarm'),
  );

  const openOrder = afterStart((orderId: number) =>
    openInDashboard(browser, orderPageUrl(dashboardUrlOf(settings()), orderId)),
  );
  const markSeen = afterStart((orderIds?: readonly number[]) => orders.settle(orderIds ?? 'all', 'seen'));
  const acceptOrder = afterStart(orders.accept);
  registerMessageHandlers(
    { id: browser.runtime.id, origin: browser.runtime.getURL('/') },
    {
      markSeen,
      openOrder: async (orderId) => void (await Promise.all([openOrder(orderId), markSeen([orderId])])),
      retryNow: afterStart(() => connection.retryNow()),
      acceptOrder,
      refreshOrderStatuses: afterStart(() => orders.handledElsewhere.refresh()),
      connectionServer: () => started.then(() => target()?.apiBaseUrl ?? null),
      testSound: ({ sound, volume }) => platform.playSound(sound, volume),
      // The administrator may forbid dashboard sessions: no token is taken before the policy is read.
      dashboardToken: afterStart(async (token, sender) => {
        await configuration.policyRead;
        return dashboard.receiveToken(token, sender);
      }),
      updateSettings: writer.updateSettings,
      signedIn: writer.signedIn,
      signOut: writer.signOut,
      snooze: writer.snooze,
    },
  );
  listenToNotificationClicks(browser, {
    openOrder,
    acceptOrder,
    openOrderList: afterStart(() => openInDashboard(browser, dashboardOrderListUrl(dashboardUrlOf(settings())))),
    markSeen,
    openOptions: () => browser.runtime.openOptionsPage(),
    onError: failed('notification click'),
  });
}
