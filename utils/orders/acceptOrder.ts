import type { StatusChangeResult } from '../shop/orderStatus';
import type { ReceivedOrder } from '../storage';
import type { ReceivedOrders } from './receivedOrders';

export interface AcceptOrderDeps {
  received: ReceivedOrders;
  /** `PUT …/status {"status": "accepted"}` with the current session; signed out is a failure too. */
  accept(orderId: number): Promise<StatusChangeResult>;
  /** Marks seen, updates the badge and the repeating sound. */
  markSeen(orderIds: number[]): Promise<unknown>;
  clearNotifications(orderIds: number[]): void;
  showFailure(order: ReceivedOrder, result: Extract<StatusChangeResult, { ok: false }>): void;
  log(detail: string): void;
  now(): number;
}

/**
 * Accepts an order for the shop. Only the server's yes silences it (notification cleared,
 * seen, sound stops); any failure is kept on the order and shown in words, and the order
 * keeps ringing, so an accept is never lost in silence.
 */
export async function acceptOrder(deps: AcceptOrderDeps, orderId: number): Promise<StatusChangeResult> {
  const { received } = deps;
  received.setAcceptance(orderId, { state: 'accepting', at: deps.now() });
  const result = await deps.accept(orderId);
  if (result.ok) {
    received.setAcceptance(orderId, { state: 'accepted', at: deps.now() });
    received.applyStatuses([{ id: orderId, status: 'accepted' }]);
    await deps.markSeen([orderId]);
    deps.clearNotifications([orderId]);
    deps.log(`#${orderId}: accepted`);
    return result;
  }
  received.setAcceptance(orderId, { state: 'failed', at: deps.now(), problem: result.problem, detail: result.detail });
  const [order] = received.byIds([orderId]);
  if (order) deps.showFailure(order, result);
  deps.log(`#${orderId}: accept failed (${result.problem})`);
  return result;
}
