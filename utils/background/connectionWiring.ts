import type { ConnectionSnapshot } from '../connection/connectionStatus';
import { diagnoseHandshakeFailure } from '../connection/diagnoseHandshakeFailure';
import { probeLiveRoute } from '../connection/serverProbes';
import type { ConnectionTarget } from '../connection/connectionTarget';
import { OrderConnection, type OrderConnectionDeps } from '../connection/orderConnection';
import type { IgnoredFrameReason } from '../connection/parseServerFrame';
import { LIST_READ_FAILED, type NewEvent } from '../diagnostics/eventLog';
import type { Failed } from '../failed';
import type { OrderIntake } from '../orders/orderIntake';
import { fetchRecentOrders } from '../orders/recentOrders';
import { browserTimers } from '../timers';

export interface ConnectionWiringDeps {
  openSocket: OrderConnectionDeps['openSocket'];
  fetch: typeof fetch;
  intake: OrderIntake;
  /** Where the stream connects now; null when signed out. */
  target(): ConnectionTarget | null;
  serverPingIntervalMs(): number;
  onChange(snapshot: ConnectionSnapshot): void;
  onIgnoredFrame(reason: IgnoredFrameReason): void;
  log(event: NewEvent): void;
  failed: Failed;
}

/**
 * The order stream: one connection whose orders enter through the intake, which catches up
 * after every reconnect; every state change, socket close and probe verdict is logged.
 */
export function wireConnection(deps: ConnectionWiringDeps): OrderConnection {
  const { intake, log } = deps;
  return new OrderConnection({
    openSocket: deps.openSocket,
    diagnose: (target) => diagnoseHandshakeFailure(deps.fetch, target, Date.now()),
    lookAtLiveRoute: async (target) => {
      const { kind } = await probeLiveRoute(deps.fetch, target.apiBaseUrl);
      return kind === 'up' ? 'answers' : kind === 'wrongUrl' ? 'missing' : 'unknown';
    },
    now: Date.now,
    random: Math.random,
    ...browserTimers,
    serverPingIntervalMs: deps.serverPingIntervalMs,
    onChange: (snapshot) => {
      const { status } = snapshot;
      if (status.state === 'waiting')
        log({ kind: 'connection', state: status.state, cause: status.problem, closeCode: status.closeCode });
      else if (status.state === 'rejected') log({ kind: 'connection', state: status.state, cause: status.reason });
      else log({ kind: 'connection', state: status.state });
      deps.onChange(snapshot);
    },
    onOrder: (order) => {
      const target = deps.target();
      if (!target) return;
      intake.receiveLive(order).catch(deps.failed('a live order'));
    },
    onSocketClosed: ({ code, reason, wasOpen }) =>
      log({ kind: wasOpen ? 'connectionLost' : 'handshakeFailed', code, reason }),
    onDiagnosed: (diagnosis) =>
      log(
        diagnosis.kind === 'reject'
          ? { kind: 'probe', verdict: 'refused', cause: diagnosis.reason }
          : { kind: 'probe', verdict: 'retry', cause: diagnosis.problem },
      ),
    onIgnoredFrame: (reason) => {
      log({ kind: 'frameIgnored', reason });
      deps.onIgnoredFrame(reason);
    },
    onOpened: () => {
      const target = deps.target();
      if (!target) return;
      intake
        .catchUp(target.apiBaseUrl, (limit) => fetchRecentOrders(deps.fetch, target.apiBaseUrl, target.token, limit))
        .catch((error: unknown) => log({ kind: LIST_READ_FAILED, error: String(error) }));
    },
  });
}
