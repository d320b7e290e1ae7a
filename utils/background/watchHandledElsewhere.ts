import type { NewEvent } from '../diagnostics/eventLog';
import type { Order } from '../orders/order';
import type { Settle } from '../orders/orderSettler';
import type { ReceivedOrderList } from '../orders/receivedOrderList';
import { HandledElsewhereWatch } from '../orders/handledElsewhereWatch';
import { browserTimers } from '../timers';

export interface WatchHandledElsewhereDeps {
  received: ReceivedOrderList;
  /** Which orders a notification in the tray still stands for. */
  showingOrderIds(): Promise<(orderId: number) => boolean>;
  /** `recent-orders` on the current server; null when signed out. */
  readRecent(limit: number): Promise<Order[] | null>;
  settle: Settle;
  log(event: NewEvent): void;
  now(): number;
}

/**
 * Re-reads statuses while an announced order waits here, and settles the orders a
 * colleague handled. A failing streak is one event-log entry, and its end another: the
 * log keeps room for what else happened.
 */
export function watchHandledElsewhere(deps: WatchHandledElsewhereDeps): HandledElsewhereWatch {
  const { received } = deps;
  let failing = false;
  return new HandledElsewhereWatch({
    waitingSince: async (since) => {
      const awaiting = received.awaitingStaffSince(since);
      if (awaiting.every((order) => !order.seen)) return awaiting.map((order) => order.id);
      // Seen in the popup, but a notification left in the tray still asks for attention.
      const showing = await deps.showingOrderIds();
      return awaiting.filter((order) => !order.seen || showing(order.id)).map((order) => order.id);
    },
    highestId: () => received.highestId(),
    readStatuses: async (limit) =>
      ((await deps.readRecent(limit)) ?? []).flatMap((order) =>
        order.status === null ? [] : [{ id: order.id, status: order.status }],
      ),
    onStatuses: (statuses) => {
      if (failing) deps.log({ kind: 'statusRead' });
      failing = false;
      const handled = received.applyStatuses(statuses);
      if (handled.length === 0) return;
      for (const orderId of handled) deps.log({ kind: 'order', orderId, outcome: 'handled elsewhere' });
      return deps.settle(handled, 'handledElsewhere');
    },
    onReadFailed: (error) => {
      if (!failing) deps.log({ kind: 'statusRead', error: String(error) });
      failing = true;
    },
    now: deps.now,
    ...browserTimers,
  });
}
