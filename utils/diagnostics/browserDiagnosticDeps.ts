import type { browser as browserApi } from 'wxt/browser';
import { isQuiet } from '../alerts/quietTime';
import { openBrowserSocket } from '../connection/browserSocket';
import { sendMessage } from '../messaging';
import { KNOWN_ORDER_PREFIX, KNOWN_ORDERS_MAX_COUNT } from '../orders/knownOrders';
import { lastReceivedAt } from '../orders/receivedOrders';
import { CONNECTION_LOST } from './eventLog';
import {
  eventLogItem,
  pipelineStatsItem,
  readConnectionSnapshot,
  readSession,
  receivedOrdersItem,
  snoozedUntilItem,
  type Settings,
} from '../storage';
import type { DiagnosticDeps, Platform } from './diagnosticChecks';

export const TEST_NOTIFICATION_ID = 'diagnostics-test';

/**
 * The troubleshooter's view of the browser: the background's own server and state, and
 * this computer's notifications, sound and storage. Read fresh for every run.
 */
export async function browserDiagnosticDeps(
  browser: typeof browserApi,
  settings: Settings,
  testNotification: { title: string; message: string },
): Promise<DiagnosticDeps> {
  const [session, apiBaseUrl, snapshot, orders, stats, snoozedUntil, platform, events] = await Promise.all([
    readSession(),
    sendMessage('connectionServer', undefined),
    readConnectionSnapshot(),
    receivedOrdersItem.getValue(),
    pipelineStatsItem.getValue(),
    snoozedUntilItem.getValue(),
    browser.runtime.getPlatformInfo(),
    eventLogItem.getValue(),
  ]);
  const now = Date.now();
  return {
    fetch: (input, init) => fetch(input, init),
    openSocket: openBrowserSocket,
    now: Date.now,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    target: session && apiBaseUrl ? { ...session, apiBaseUrl } : null,
    serverPingIntervalMs: settings.serverPingIntervalSeconds * 1000,
    connection: snapshot.status,
    lastOrderAt: lastReceivedAt(orders),
    connectionLosses: events.filter((event) => event.kind === CONNECTION_LOST && event.at > now - 3_600_000),
    notifications: {
      permissionLevel: () => browser.notifications.getPermissionLevel(),
      showTest: async () => {
        await browser.notifications.create(TEST_NOTIFICATION_ID, {
          type: 'basic',
          iconUrl: browser.runtime.getURL('/icon/128.png'),
          ...testNotification,
        });
      },
      platform: ({ win: 'win', mac: 'mac' } as Partial<Record<string, Platform>>)[platform.os] ?? 'other',
    },
    sound: {
      enabled: settings.soundEnabled,
      volume: settings.soundVolume,
      quiet: isQuiet({ snoozedUntil, quietHours: settings.quietHours }, now),
      playTest: () => sendMessage('testSound', { sound: settings.sound, volume: settings.soundVolume }),
    },
    dedupe: {
      count: async () =>
        Object.keys(await browser.storage.local.get(null)).filter((key) => key.startsWith(KNOWN_ORDER_PREFIX)).length,
      capacity: KNOWN_ORDERS_MAX_COUNT,
      duplicates: stats.orders.duplicate ?? 0,
    },
  };
}
