import type { LastSound } from './alerts/alertSound';
import type { ConnectionSnapshot } from './connection/connectionStatus';
import type { StorageProblem } from './diagnostics/storageProblem';
import type { LoggedEvent } from './diagnostics/eventLog';
import type { PipelineStats } from './diagnostics/pipelineStats';
import type { OrderWatermark } from './orders/orderWatermark';
import type { ReceivedOrder } from './orders/receivedOrderSchema';
import { DEFAULT_SETTINGS } from './settings/defaultSettings';
import type { Settings } from './settings/settings';
import type { Session } from './shop/session';

/** One value the extension keeps: where (`local:` survives restarts, `session:` a browser session), its default, its version. */
export interface StoredValue<T> {
  key: `local:${string}` | `session:${string}`;
  fallback: T;
  version: number;
}

const storedValue = <T>(key: StoredValue<T>['key'], fallback: T): StoredValue<T> => ({ key, fallback, version: 1 });

/**
 * Every value the extension stores, in one place. Plain data, so the test harness and the
 * tools read the same keys and defaults; `storageItems.ts` turns them into WXT storage items.
 */
export const STORED = {
  settings: storedValue<Settings>('local:settings', DEFAULT_SETTINGS),
  session: storedValue<Session | null>('local:session', null),
  /** The popup's order list, newest first. */
  receivedOrders: storedValue<ReceivedOrder[]>('local:receivedOrders', []),
  /** Session storage: a browser restart starts from "connecting", never from a stale "open". */
  connectionSnapshot: storedValue<ConnectionSnapshot>('session:connection', {
    status: { state: 'signedOut' },
    attempt: 0,
    outageStartedAt: null,
    credentialsId: null,
  }),
  orderWatermark: storedValue<OrderWatermark | null>('local:orderWatermark', null),
  /** The API origin the stored orders, dedupe store and watermark belong to; null: none. */
  orderScope: storedValue<string | null>('local:orderScope', null),
  /** Until when alerts are snoozed (ms since epoch); null when they are not. */
  snoozedUntil: storedValue<number | null>('local:snoozedUntil', null),
  pipelineStats: storedValue<PipelineStats>('session:pipelineStats', { orders: {}, ignoredFrames: {} }),
  /** The last order alert's sound and whether it played: the troubleshooter names one that did not. */
  lastSound: storedValue<LastSound | null>('session:lastSound', null),
  /** Stores whose writes fail (storage full): the popup warns, the troubleshooter names it. */
  storageProblem: storedValue<StorageProblem | null>('session:storageProblem', null),
  /** The troubleshooter's event log: the newest 500 typed events (entries of older releases are dropped on read). */
  eventLog: storedValue<LoggedEvent[]>('local:eventLog', []),
  /** When the repeating alert sound rings next; null when nothing is ringing. The troubleshooter says it. */
  nextRingAt: storedValue<number | null>('session:nextRingAt', null),
  /** 0.2.0's single fingerprint of the last token signed out of: moved into `signedOutTokens` at start-up, then removed. */
  signedOutToken: storedValue<string | null>('local:signedOutToken', null),
  /** Fingerprints (SHA-256) of the tokens the staff member signed out of, newest last, at most 20: the dashboard may bring none back. */
  signedOutTokens: storedValue<string[]>('local:signedOutTokens', []),
  /** Account problems already notified (`<credentialsId>:<problem>`), so each alerts once. */
  notifiedAccountProblems: storedValue<string[]>('local:notifiedAccountProblems', []),
};
