import type { PlaySound } from '../alerts/alertSound';
import type { browser as browserApi } from 'wxt/browser';
import { isQuiet } from '../alerts/quietTime';
import { parseConnectionSnapshot, type ConnectionSnapshot } from '../connection/connectionStatus';
import { readingModeFor } from '../connection/listReading';
import type { OrderConnectionDeps } from '../connection/orderConnection';
import { parsePipelineStats, pipelineCounter } from '../diagnostics/pipelineStats';
import { resolveLanguage } from '../i18n/language';
import * as storageItems from '../storageItems';
import { accountAlertNotifications } from './accountAlertNotifications';
import { configurationWriter } from './configurationWriter';
import { dashboardSession } from './dashboardSession';
import { registerFirstRun } from './firstRun';
import { followConfigurationChanges, liveConfiguration } from './liveConfiguration';
import { wireOrders } from './orderWiring';
import { wireConnection } from './connectionWiring';
import { wireRequests } from './requestWiring';
import { workerLog } from './workerLog';
import { toolbarButton } from './toolbarButton';
import { registerWakeTriggers } from './wakeTriggers';

/** What the worker needs from its browser beyond the extension APIs; tests pass fakes. */
export interface WorkerPlatform {
  openSocket: OrderConnectionDeps['openSocket'];
  fetch: typeof fetch;
  playSound: PlaySound;
  /** Whether this computer has a network, and news when that changes. */
  network: { isOnline(): boolean; onChange(listener: (online: boolean) => void): void };
}

/**
 * Wires the browser to the order stream and the order handling. Wiring only: the behaviour lives in
 * the modules. An order's path: connectionWiring (the frame) → intakeWiring (intake) → orderWiring
 * (the pipeline decides) → orderAlerts (notification, sound) and the toolbar badge, and the list the
 * popup reads (docs/ARCHITECTURE.md numbers every file on the way).
 */
export function startWorker(browser: typeof browserApi, platform: WorkerPlatform): void {
  const { log, writes, failed, writeBehind } = workerLog();

  const configuration = liveConfiguration(browser);
  const settings = () => configuration.current.settings;
  const target = () => configuration.current.target;
  const language = () => resolveLanguage(settings().language, browser.i18n.getUILanguage());
  const toolbar = toolbarButton(browser, failed);
  const counter = pipelineCounter(
    () => storageItems.readParsed(storageItems.pipelineStatsItem, parsePipelineStats),
    (stats) => storageItems.pipelineStatsItem.setValue(stats),
    writeBehind,
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
    writes,
    failed,
    writeBehind,
  });

  const account = accountAlertNotifications(browser, {
    language,
    notified: {
      getValue: () =>
        storageItems.readParsed(storageItems.notifiedAccountProblemsItem, storageItems.parseStoredStrings),
      setValue: (keys) => storageItems.notifiedAccountProblemsItem.setValue(keys),
    },
    failed,
  });
  const connection = wireConnection({
    openSocket: platform.openSocket,
    fetch: platform.fetch,
    intake: orders.intake,
    target,
    serverPingIntervalMs: () => settings().serverPingIntervalSeconds * 1000,
    onChange: (snapshot) => {
      storageItems.connectionSnapshotItem.setValue(snapshot).catch(failed('saving the connection state'));
      orders.reading.setMode(readingModeFor(snapshot.status, orders.reading.mode));
      toolbar.showConnection(snapshot.status, language(), Date.now());
      account.follow(snapshot, target()?.token ?? null, Date.now());
    },
    onIgnoredFrame: counter.ignoredFrame,
    log,
    failed,
  });

  const writer = configurationWriter();
  const dashboard = dashboardSession(browser, settings, log, {
    forbidden: () => configuration.current.dashboardSessionForbidden,
    writer,
    failed,
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
    failed,
  });
  const started = storageItems
    .readParsed(storageItems.connectionSnapshotItem, parseConnectionSnapshot)
    .then((snapshot) => {
      resumeFrom = snapshot;
      return configuration.follow();
    });
  started.then(() => Promise.all([orders.resume(), dashboard.sync()])).catch(failed('start-up'));
  registerFirstRun(browser, { ready: started, signedIn: () => target() !== null, failed });
  registerWakeTriggers(
    browser,
    {
      watchdog: () => (connection.ensureConnected(), orders.handledElsewhere.wake()),
      active: () => (connection.ensureConnected({ urgent: true }), orders.reading.wake()),
    },
    failed,
  );

  wireRequests(browser, {
    started,
    policyRead: configuration.policyRead,
    settings,
    target,
    orders,
    connection,
    dashboard,
    writer,
    playSound: platform.playSound,
    failed,
  });
}
