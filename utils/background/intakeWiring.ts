import type { browser as browserApi } from 'wxt/browser';
import type { ConnectionTarget } from '../connection/connectionTarget';
import type { NewEvent } from '../diagnostics/eventLog';
import { fetchRecentOrders } from '../orders/catchUp';
import type { Order } from '../orders/order';
import { OrderIntake, type OrderIntakeDeps } from '../orders/orderIntake';
import type { ScopeGeneration } from '../orders/orderScope';
import { Reconciler } from '../orders/reconciler';
import type { Settings } from '../settings/settings';
import type { OrderStores } from './orderStores';
import { browserTimers } from '../timers';

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
 * the order list (`recent-orders`) above the catch-up mark, after a reconnect (the connection
 * asks) and on the reconciler's rhythm (the safety net, or list reading while the stream is refused).
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
    firstReadNews: () => {
      const target = deps.target();
      return (
        target && {
          highestOrderIdAtSignIn: target.highestOrderIdAtSignIn ?? null,
          signedInAt: target.signedInAt,
          serverTimeZone: settings().serverTimeZone,
        }
      );
    },
    saveWatermark: watermark.save,
    onDegraded: ({ order, missing, coerced }) => {
      log({ kind: 'orderShape', orderId: order.id, missing, coerced });
      deps.countDegraded([...missing, ...coerced]);
    },
    onDropped: () => log({ kind: 'readDropped', what: 'the order list' }),
    onRecovered: (order) => {
      log({ kind: 'orderRecovered', orderId: order.id });
      deps.countRecovered();
    },
    now: Date.now,
    ...browserTimers,
  });
  const reconciler = new Reconciler({
    reconcile: async (mode) => {
      const target = deps.target();
      if (!target) return;
      // With no socket, Chrome stops a worker 30 s after its last extension call, and its timers with
      // it: each read of the list calls one, so the 15 s rhythm keeps the worker up as a socket would.
      // Called before and after the read: a slow read must not stretch the gap past those 30 s.
      const keepAwake = () => {
        if (mode === 'listReading') browser.runtime.getPlatformInfo().catch(() => undefined);
      };
      keepAwake();
      await intake
        .reconcile(
          target.apiBaseUrl,
          (limit) => fetchRecentOrders(deps.fetch, target.apiBaseUrl, target.token, limit),
          {
            recovered: mode === 'safetyNet',
          },
        )
        .finally(keepAwake);
    },
    lastReadAt: () => intake.lastReadAt,
    now: Date.now,
    random: Math.random,
    ...browserTimers,
    onError: (error) => log({ kind: 'catchUp', error: String(error) }),
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
  return { intake, reconciler, readRecent };
}
