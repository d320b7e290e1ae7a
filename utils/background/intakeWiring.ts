import type { browser as browserApi } from 'wxt/browser';
import { listReading } from '../connection/listReading';
import type { ConnectionTarget } from '../connection/connectionTarget';
import { LIST_READ_FAILED, type NewEvent } from '../diagnostics/eventLog';
import { firstReadNews } from '../orders/firstRead';
import type { Order } from '../orders/order';
import { OrderIntake, type OrderIntakeDeps } from '../orders/orderIntake';
import type { ScopeGeneration } from '../orders/orderScope';
import { ReadingSchedule } from '../orders/readingSchedule';
import { fetchRecentOrders } from '../orders/recentOrders';
import { safetyNet } from '../orders/safetyNet';
import type { Settings } from '../settings/settings';
import { browserTimers } from '../timers';
import type { OrderStores } from './orderStores';

export interface IntakeWiringDeps {
  fetch: typeof fetch;
  settings(): Settings;
  target(): ConnectionTarget | null;
  log(event: NewEvent): void;
  countDegraded(fields: readonly string[]): void;
  countRecovered(): void;
}

/**
 * Where orders enter, each handed to `announce` (the pipeline): live from the stream, and from
 * the order list (`recent-orders`) above the watermark, after a reconnect (the connection asks
 * for a catch-up) and on the reading schedule's rhythm (the safety net, or list reading).
 */
export function wireIntake(
  browser: typeof browserApi,
  deps: IntakeWiringDeps,
  { watermark }: OrderStores,
  generation: ScopeGeneration,
  next: Pick<OrderIntakeDeps, 'announce' | 'knownIds' | 'onGap'>,
) {
  const { settings, log } = deps;
  const intake = new OrderIntake({
    generation,
    ...next,
    loadWatermark: watermark.load,
    firstReadNews: () => firstReadNews(deps.target(), settings().serverTimeZone),
    saveWatermark: watermark.save,
    onDegraded: ({ order, missing, coerced }) => {
      log({ kind: 'orderShape', orderId: order.id, missing, coerced });
      deps.countDegraded([...missing, ...coerced]);
    },
    onReadDropped: () => log({ kind: 'readDropped', what: 'the order list' }),
    onRecovered: (order) => {
      log({ kind: 'orderRecovered', orderId: order.id });
      deps.countRecovered();
    },
    now: Date.now,
    ...browserTimers,
  });
  const reading = new ReadingSchedule({
    rhythms: { safetyNet, listReading },
    read: async (rhythm) => {
      const target = deps.target();
      if (!target) return;
      // Called before and after the read: a slow read must not stretch the gap past Chrome's 30 s.
      const keepAwake = () => {
        if (rhythm.keepsWorkerAwake) browser.runtime.getPlatformInfo().catch(() => undefined);
      };
      keepAwake();
      await intake
        .readList(target.apiBaseUrl, (limit) => fetchRecentOrders(deps.fetch, target.apiBaseUrl, target.token, limit), {
          recovered: rhythm.recovers,
        })
        .finally(keepAwake);
    },
    lastReadAt: () => intake.lastReadAt,
    now: Date.now,
    random: Math.random,
    ...browserTimers,
    onReadFailed: (error) => log({ kind: LIST_READ_FAILED, error: String(error) }),
  });
  /** `recent-orders` on the current server for the status watch; null when signed out or dropped for another server. */
  async function readRecent(limit: number): Promise<Order[] | null> {
    const target = deps.target();
    if (!target) return null;
    const current = generation.begin();
    const recent = await fetchRecentOrders(deps.fetch, target.apiBaseUrl, target.token, limit);
    // Read for a server that is no longer this one: its statuses are not this list's.
    if (current()) return recent.map((parsed) => parsed.order);
    log({ kind: 'readDropped', what: 'order statuses' });
    return null;
  }
  return { intake, reading, readRecent };
}
