import type { ParsedOrder } from '../orders/order';
import { orderStreamUrl } from '../shop/shopUrls';
import { tokenExpiresAt } from '../shop/tokenExpiry';
import type { Timers } from '../timers';
import type { SocketEvents, SocketHandle } from './browserSocket';
import type { ConnectionSnapshot, ConnectionStatus, RejectionReason, RetryProblem } from './connectionStatus';
import type { ConnectionTarget } from './connectionTarget';
import type { Diagnosis } from './diagnoseHandshakeFailure';
import type { IgnoredFrameReason } from './parseServerFrame';
import { liveRouteLook, nextLookIn, type LiveRouteLook } from './liveRouteLook';
import { reconnectDelay } from './reconnectDelay';
import { openStreamSocket, type SocketClose, type StreamSocket } from './streamSocket';

export interface OrderConnectionDeps extends Timers {
  openSocket(url: string, events: SocketEvents): SocketHandle;
  /** Why a handshake failed; see `diagnoseHandshakeFailure`. */
  diagnose(target: ConnectionTarget): Promise<Diagnosis>;
  /** What the server's live route answers now (`GET /ws/status`, one cheap request). */
  lookAtLiveRoute(target: ConnectionTarget): Promise<LiveRouteLook>;
  now(): number;
  random(): number;
  /** The server's ping period; the connection is declared dead after 2.5 times this in silence. */
  serverPingIntervalMs(): number;
  /** Every state change, to persist (for a restarted worker) and to show. */
  onChange(snapshot: ConnectionSnapshot): void;
  onOrder(order: ParsedOrder): void;
  /** A frame that was not a valid message: counted, never a crash, never an alert. */
  onIgnoredFrame(reason: IgnoredFrameReason): void;
  /** The stream is open again: the moment to catch up on what was missed. */
  onOpened(): void;
  /** For the event log: every socket close as the browser reported it, and every probe's verdict. */
  onSocketClosed?(close: { code: number; reason: string; wasOpen: boolean }): void;
  onDiagnosed?(diagnosis: Diagnosis): void;
}

/** While credentials are refused: at most one handshake per this period, until they change. */
export const REJECTED_RETRY_MS = 5 * 60_000;
export { HANDSHAKE_TIMEOUT_CODE, HANDSHAKE_TIMEOUT_MS } from './streamSocket';
export { LIVE_ROUTE_ATTEMPT_MS, type LiveRouteLook } from './liveRouteLook';

type Phase = 'idle' | 'socket' | 'diagnosing' | 'waiting' | 'held';

/**
 * The order stream's state machine: at most one socket, whatever asks for a connection;
 * ping/pong and keepalive; a silent socket is dead; reconnect with backoff; a refused
 * handshake is diagnosed, and refused credentials stop the retry storm until they change.
 */
export class OrderConnection {
  #target: ConnectionTarget | null = null;
  #socket: StreamSocket | null = null;
  #phase: Phase = 'idle';
  #online = true;
  #attempt = 0;
  #outageStartedAt: number | null = null;
  #retryTimer: unknown = null;

  readonly #liveRoute: ReturnType<typeof liveRouteLook<ConnectionTarget>>;

  readonly #deps: OrderConnectionDeps;

  constructor(deps: OrderConnectionDeps) {
    this.#deps = deps;
    this.#liveRoute = liveRouteLook<ConnectionTarget>({
      ...deps,
      target: () => this.#target,
      look: deps.lookAtLiveRoute,
      // Signed out, other credentials, a connect or going offline meanwhile: not current. The same
      // credentials may come back as a new object (a re-read session): still current.
      stillAbout: (target) => !!this.#target && sameCredentials(this.#target, target) && this.#phase === 'waiting',
      onAttemptDue: () => this.#connect(),
      onLookFailed: () => this.#retry('serverUnreachable'),
    });
  }

  /**
   * New credentials (or null on sign-out). `resume` is what a previous worker persisted:
   * for the same credentials it keeps the backoff and honours a rejection hold.
   * `signedOutBecause` says why there are none, when it is not the staff member's doing.
   */
  setTarget(target: ConnectionTarget | null, resume?: ConnectionSnapshot, signedOutBecause?: 'serverChanged'): void {
    if (target && this.#target && sameCredentials(target, this.#target)) {
      this.#target = target;
      return this.ensureConnected();
    }
    this.#teardown();
    this.#target = target;
    this.#attempt = 0;
    this.#outageStartedAt = null;
    if (!target) return this.#publish({ state: 'signedOut', ...(signedOutBecause && { reason: signedOutBecause }) });
    if (resume && resume.credentialsId === target.credentialsId) {
      this.#attempt = resume.attempt;
      this.#outageStartedAt = resume.outageStartedAt;
      const { status } = resume;
      if (status.state === 'rejected' && status.nextAttemptAt > this.#deps.now())
        return this.#hold(status.reason, status.nextAttemptAt);
      // No handshake that is bound to fail: the order list goes on, the route is looked at once.
      if (status.state === 'waiting' && status.problem === 'noLiveRoute')
        return this.#awaitLiveRoute(status.closeCode, 0);
    }
    this.#connect();
  }

  /**
   * The watchdog's call: connect unless a connection exists or is under way. `urgent`
   * (back online, machine active, settings changed) also cuts a backoff wait short;
   * refused credentials stay on hold either way.
   */
  ensureConnected({ urgent = false }: { urgent?: boolean } = {}): void {
    if (!this.#target || this.#phase === 'socket' || this.#phase === 'diagnosing' || this.#phase === 'held') return;
    if (this.#phase === 'waiting' && !urgent) return;
    this.#connect();
  }

  /** The staff member asked to retry: connect at once, even during a rejection hold. */
  retryNow(): void {
    if (!this.#target || this.#phase === 'socket' || this.#phase === 'diagnosing') return;
    this.#connect();
  }

  setOnline(online: boolean): void {
    this.#online = online;
    if (online) this.ensureConnected({ urgent: true });
    else if (this.#phase === 'waiting' || this.#phase === 'idle') this.#goOffline();
  }

  #connect(): void {
    const target = this.#target;
    if (!target) return;
    this.#clearRetry();
    const expiresAt = tokenExpiresAt(target.token);
    if (expiresAt !== null && expiresAt <= this.#deps.now()) return this.#reject('tokenExpired');
    this.#phase = 'socket';
    this.#publish({ state: 'connecting', since: this.#deps.now() });
    const socket = openStreamSocket(orderStreamUrl(target.apiBaseUrl, target.token), {
      ...this.#deps,
      onOpen: () => {
        this.#publish({ state: 'open', since: this.#deps.now() });
        this.#deps.onOpened();
      },
      onStable: () => {
        this.#attempt = 0;
        this.#outageStartedAt = null;
      },
      onClosed: (close) => this.#closed(target, close),
    });
    if (!socket) {
      this.#phase = 'idle';
      return this.#retry('serverUnreachable');
    }
    this.#socket = socket;
  }

  /** A socket ended: a drop is retried, a refused or unanswered upgrade diagnosed first. */
  #closed(target: ConnectionTarget, { code, reason, wasOpen, gaveUp }: SocketClose): void {
    this.#deps.onSocketClosed?.({ code, reason, wasOpen });
    this.#dropSocket();
    if (gaveUp === 'silent') this.#retry('silent');
    else if (gaveUp === 'handshakeTimeout')
      this.#diagnose(target, code, true).catch(() => this.#retry('serverUnreachable'));
    else if (wasOpen) this.#retry(code === 1011 ? 'serverError' : 'dropped', code);
    // A diagnosis that itself fails is a retry like any unexplained failure.
    else this.#diagnose(target, code).catch(() => this.#retry('serverUnreachable', code));
  }

  async #diagnose(target: ConnectionTarget, closeCode: number, unanswered = false): Promise<void> {
    this.#phase = 'diagnosing';
    const diagnosis = await this.#deps
      .diagnose(target)
      .catch((): Diagnosis => ({ kind: 'retry', problem: 'serverUnreachable' }));
    this.#deps.onDiagnosed?.(diagnosis);
    // Signed out or switched accounts meanwhile: this diagnosis is about nothing current.
    if (!this.#target || !sameCredentials(this.#target, target) || this.#phase !== 'diagnosing') return;
    if (diagnosis.kind === 'reject') this.#reject(diagnosis.reason);
    // Server up, account fine, and the upgrade was never answered: say that, not "refused".
    else if (unanswered && diagnosis.problem === 'upgradeRefused') this.#retry('upgradeUnanswered', closeCode);
    else this.#retry(diagnosis.problem, closeCode);
  }

  #retry(problem: RetryProblem, closeCode?: number): void {
    if (!this.#online) return this.#goOffline();
    if (problem === 'noLiveRoute') return this.#awaitLiveRoute(closeCode);
    const now = this.#deps.now();
    this.#outageStartedAt ??= now;
    const delay = reconnectDelay(this.#attempt, now - this.#outageStartedAt, this.#deps.random);
    this.#attempt += 1;
    this.#phase = 'waiting';
    this.#publish({ state: 'waiting', nextAttemptAt: now + delay, problem, closeCode });
    this.#retryTimer = this.#deps.setTimeout(() => this.#connect(), delay);
  }

  /**
   * The server has no live route (its `main.py` lacks the notifications router): while the order
   * list carries the orders, the route is looked at every ~15 s (one small GET instead of a
   * handshake and its probes) and the stream opens the moment it answers.
   */
  #awaitLiveRoute(closeCode?: number, firstCheckMs = nextLookIn(this.#deps.random)) {
    const now = this.#deps.now();
    this.#outageStartedAt ??= now;
    this.#phase = 'waiting';
    this.#publish({ state: 'waiting', nextAttemptAt: now + firstCheckMs, problem: 'noLiveRoute', closeCode });
    this.#liveRoute.start(firstCheckMs);
  }

  #reject(reason: RejectionReason): void {
    this.#hold(reason, this.#deps.now() + REJECTED_RETRY_MS);
  }

  #hold(reason: RejectionReason, until: number): void {
    this.#phase = 'held';
    this.#publish({ state: 'rejected', reason, nextAttemptAt: until });
    this.#retryTimer = this.#deps.setTimeout(() => this.#connect(), Math.max(0, until - this.#deps.now()));
  }

  #goOffline(): void {
    this.#clearRetry();
    this.#phase = 'idle';
    this.#outageStartedAt ??= this.#deps.now();
    this.#publish({ state: 'offline', since: this.#deps.now() });
  }

  #publish(status: ConnectionStatus): void {
    this.#deps.onChange({
      status,
      attempt: this.#attempt,
      outageStartedAt: this.#outageStartedAt,
      credentialsId: this.#target?.credentialsId ?? null,
    });
  }

  /** Forgets the current socket (already closed or about to be) and its timers. */
  #dropSocket(): void {
    this.#socket?.drop();
    this.#socket = null;
    this.#phase = 'idle';
  }

  #clearRetry(): void {
    if (this.#retryTimer !== null) this.#deps.clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
    this.#liveRoute.stop();
  }

  #teardown(): void {
    this.#clearRetry();
    const socket = this.#socket;
    this.#dropSocket();
    socket?.close(1000, 'replaced');
  }
}

/** Whether two targets are the same credentials (a re-read session may be a new object). */
function sameCredentials(a: ConnectionTarget, b: ConnectionTarget): boolean {
  return a.apiBaseUrl === b.apiBaseUrl && a.token === b.token && a.credentialsId === b.credentialsId;
}
