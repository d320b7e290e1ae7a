import { parseEventLog } from '../../utils/diagnostics/eventLog';
import { parsePipelineStats } from '../../utils/diagnostics/pipelineStats';
import { parseConnectionSnapshot } from '../../utils/connection/connectionStatus';
import { lastReceivedAt, parseReceivedOrders } from '../../utils/orders/receivedOrderSchema';
import { parseSession } from '../../utils/shop/session';
import type { browser as browserApi } from 'wxt/browser';
import { parseLastSound } from '../../utils/alerts/alertSound';
import { isQuiet, parseMoment } from '../../utils/alerts/quietTime';
import { parseStorageProblem } from '../../utils/diagnostics/storageProblem';
import { openBrowserSocket } from '../../utils/connection/browserSocket';
import { sendMessage } from '../../utils/messaging';
import { knownOrdersIn, KNOWN_ORDER_PREFIX, KNOWN_ORDERS_MAX_COUNT } from '../../utils/orders/knownOrders';
import { STORED } from '../../utils/storedValues';
import { readStoredValue } from '../../utils/ui/storedValueReader';
import { backgroundMode } from '../../utils/platform/backgroundMode';
import { speechEngine } from '../../utils/platform/speechEngine';
import { notificationSurface } from '../../utils/platform/notificationSurface';
import { TEST_NOTIFICATION_ID } from '../../utils/platform/notificationIds';
import { voiceFor } from '../../utils/speech/sayOrders';
import { resolveLanguage } from '../../utils/i18n/language';
import { NOTIFICATION_ICON } from '../../utils/ui/icons';
import type { Settings } from '../../utils/settings/settings';
import type { DiagnosticDeps, Platform } from '../../utils/diagnostics/diagnosticTypes';

/** The voice spoken orders would use, null when none of the language is installed. */
async function speechVoice(
  browser: typeof browserApi,
  settings: Settings,
): Promise<{ available: boolean; voice: string | null }> {
  const engine = speechEngine(browser);
  if (!engine) return { available: false, voice: null };
  const language = resolveLanguage(settings.language, browser.i18n.getUILanguage());
  const voice = voiceFor(await engine.voices().catch(() => []), language, settings.speechVoice);
  return { available: true, voice: voice ? (voice.voiceName ?? voice.lang ?? '') : null };
}

/**
 * The troubleshooter's view of the browser: the background's own server and state, and
 * this computer's notifications, sound and storage. Read fresh for every run.
 */
export async function browserDiagnosticDeps(
  browser: typeof browserApi,
  settings: Settings,
  testNotification: { title: string; message: string },
): Promise<DiagnosticDeps> {
  const [
    session,
    apiBaseUrl,
    snapshot,
    orders,
    stats,
    snoozedUntil,
    platform,
    events,
    storageProblem,
    lastAlert,
    repeatsAt,
  ] = await Promise.all([
    readStoredValue(STORED.session, parseSession),
    sendMessage('connectionServer', undefined),
    readStoredValue(STORED.connectionSnapshot, parseConnectionSnapshot),
    readStoredValue(STORED.receivedOrders, parseReceivedOrders),
    readStoredValue(STORED.pipelineStats, parsePipelineStats),
    readStoredValue(STORED.snoozedUntil, parseMoment),
    browser.runtime.getPlatformInfo(),
    readStoredValue(STORED.eventLog, parseEventLog),
    readStoredValue(STORED.storageProblem, parseStorageProblem),
    readStoredValue(STORED.lastSound, parseLastSound),
    readStoredValue(STORED.nextRingAt, parseMoment),
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
    recoveredLastHour: events
      .filter((event) => event.kind === 'orderRecovered' && event.at > now - 3_600_000)
      .reduce((sum, event) => sum + (event.count ?? 1), 0),
    connectionLosses: events.flatMap((event) =>
      // A merged entry stands for `count` losses.
      event.kind === 'connectionLost' && event.at > now - 3_600_000
        ? Array.from({ length: event.count ?? 1 }, () => ({ at: event.at, code: event.code }))
        : [],
    ),
    notifications: {
      permissionLevel: () => browser.notifications.getPermissionLevel(),
      showTest: async () => {
        await notificationSurface(browser).create(TEST_NOTIFICATION_ID, {
          type: 'basic',
          iconUrl: browser.runtime.getURL(NOTIFICATION_ICON),
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
      lastAlert,
      repeatsAt,
    },
    dedupe: {
      count: async () => Object.keys(await knownOrdersIn(browser.storage.local).readAll(KNOWN_ORDER_PREFIX)).length,
      capacity: KNOWN_ORDERS_MAX_COUNT,
      duplicates: stats.orders.duplicate ?? 0,
    },
    storageFailing: storageProblem?.failing ?? [],
    backgroundMode: await backgroundMode(browser),
    speech: { enabled: settings.speakOrders, ...(await speechVoice(browser, settings)) },
    degradedFields: stats.degradedFields ?? {},
  };
}
