import type { StatusChangeResult } from '../shop/changeOrderStatus';
import type { SettleReason } from './orderSettler';
import type { ReceivedOrder } from './receivedOrderSchema';
import type { ReceivedOrderList } from './receivedOrderList';

export interface AcceptOrderDeps {
  received: ReceivedOrderList;
  /** `PUT …/status {"status": "accepted"}` with the current session; signed out is a failure too. */
  accept(orderId: number): Promise<StatusChangeResult>;
  settle(orderIds: readonly number[], why: SettleReason): Promise<void>;
  showFailure(order: ReceivedOrder, result: Extract<StatusChangeResult, { ok: false }>): void;
  log(orderId: number, problem?: string): void;
  now(): number;
  /** False once the order list this accept began in is gone (signed out, another server). */
  isCurrent(): boolean;
}

/**
 * Accepts an order for the shop. Only the server's yes silences it (settled: seen, its
 * notification cleared, the sound stops); any failure is kept on the order and shown in
 * words, and the order keeps ringing, so an accept is never lost in silence.
 */
export async function acceptOrder(deps: AcceptOrderDeps, orderId: number): Promise<StatusChangeResult> {
  const { received } = deps;
  received.setAcceptance(orderId, { state: 'accepting', at: deps.now() });
  const result = await deps.accept(orderId);
  // The list it began in is gone: an order of the new list may carry the same id.
  if (!deps.isCurrent()) return result;
  if (result.ok) {
    received.setAcceptance(orderId, { state: 'accepted', at: deps.now() });
    received.applyStatuses([{ id: orderId, status: 'accepted' }]);
    await deps.settle([orderId], 'accepted');
    deps.log(orderId);
    return result;
  }
  received.setAcceptance(orderId, { state: 'failed', at: deps.now(), problem: result.problem, detail: result.detail });
  const [order] = received.byIds([orderId]);
  if (order) deps.showFailure(order, result);
  deps.log(orderId, result.problem);
  return result;
}
