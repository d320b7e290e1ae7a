import { HANDLED_STATUSES, TERMINAL_STATUSES } from '../shop/orderStatuses';
import { parseCreatedAt } from './createdAt';
import type { Order } from './order';
import type { OrderSource } from './receivedOrderSchema';

/** Whether an order still needs someone: new, `pending`, or a status we do not know (it rings). */
export function needsStaff(status: string | null): boolean {
  const normalized = status?.toLowerCase() ?? null;
  return ![...TERMINAL_STATUSES, ...HANDLED_STATUSES].some((known) => known === normalized);
}

export type OrderVerdict = 'announce' | 'terminal' | 'handled' | 'stale';

export interface OrderFilterSettings {
  now: number;
  catchUpMaxAgeMs: number;
  serverTimeZone: string;
}

/**
 * Whether an order should ring. A live broadcast is new by definition and is never
 * dropped by age; only an order read from the order list can be too old to announce.
 * An unknown status rings: missing an order is worse than one alert too many.
 */
export function classifyOrder(order: Order, source: OrderSource, settings: OrderFilterSettings): OrderVerdict {
  const status = order.status?.toLowerCase() ?? null;
  if ((TERMINAL_STATUSES as readonly (string | null)[]).includes(status)) return 'terminal';
  if ((HANDLED_STATUSES as readonly (string | null)[]).includes(status)) return 'handled';
  if (source === 'live') return 'announce';
  // An order of unknown age rings: missing one is worse than one alert too many.
  const createdAt = order.createdAt === null ? null : parseCreatedAt(order.createdAt, settings.serverTimeZone);
  if (createdAt !== null && settings.now - createdAt > settings.catchUpMaxAgeMs) return 'stale';
  return 'announce';
}
