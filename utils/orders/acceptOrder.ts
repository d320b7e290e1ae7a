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

/** The sign-in an accept is sent with; null when signed out. */
export interface AcceptingAs {
  apiBaseUrl: string;
  token: string;
  /** The server refused this token right after issuing it (its integer-`sub` defect). */
  refusedAtSignIn?: boolean;
}

/**
 * Sends the accept, guarded: signed out is "sign in"; only an order of this server's list is
 * sent (an id from elsewhere never reaches it); a token refused since sign-in is the server's
 * defect, so the staff member is told to accept in the dashboard, not to sign in again.
 */
export async function acceptOnServer(
  signedIn: AcceptingAs | null,
  listed: (orderId: number) => boolean,
  changeStatus: (signedIn: AcceptingAs, orderId: number) => Promise<StatusChangeResult>,
  orderId: number,
): Promise<StatusChangeResult> {
  if (!signedIn) return { ok: false, problem: 'signInRequired' };
  if (!listed(orderId)) return { ok: false, problem: 'notFound' };
  const result = await changeStatus(signedIn, orderId);
  return !result.ok && result.problem === 'signInRequired' && signedIn.refusedAtSignIn
    ? { ...result, problem: 'serverDefect' }
    : result;
}
