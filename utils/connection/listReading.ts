import type { ReadingMode } from '../orders/reconciler';
import type { ConnectionStatus } from './connectionStatus';

/** While the live stream is unusable for one of these reasons, orders come by reading the order list. */
export type ListReadingCause = 'serverDefect' | 'upgradeRefused' | 'upgradeUnanswered';

/**
 * Why orders must come from the order list instead of the stream, or null. The shop's
 * `recent-orders` needs no token, so it keeps answering when the server refuses its own
 * employees' tokens (its integer-`sub` defect) or a proxy blocks the WebSocket upgrade:
 * reading it every 15 s delivers every order, up to 15 s late, until the stream works again.
 */
export function listReadingCause(status: ConnectionStatus): ListReadingCause | null {
  if (status.state === 'rejected' && status.reason === 'serverDefect') return 'serverDefect';
  if (status.state === 'waiting' && (status.problem === 'upgradeRefused' || status.problem === 'upgradeUnanswered')) {
    return status.problem;
  }
  return null;
}

/**
 * How the order list is read in this state: as the safety net under an open stream, as the
 * way orders arrive while the stream is refused (kept through the retries of the refused
 * stream, which may last 10 s each), or not at all.
 */
export function readingModeFor(status: ConnectionStatus, previous: ReadingMode): ReadingMode {
  if (listReadingCause(status) !== null) return 'listReading';
  if (status.state === 'connecting' && previous === 'listReading') return 'listReading';
  return status.state === 'open' ? 'safetyNet' : 'off';
}
