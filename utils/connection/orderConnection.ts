import type { ParsedOrder } from '../orders/order';
import { jitteredPeriod, LIST_READING_PERIOD_MS } from '../orders/reconciler';
import { orderStreamUrl } from '../shop/shopUrls';
import { tokenExpiresAt } from '../shop/tokenExpiry';
import type { SocketEvents, SocketHandle } from './browserSocket';
import type { ConnectionSnapshot, ConnectionStatus, RejectionReason, RetryProblem } from './connectionStatus';
import type { DiagnosedCredentials, Diagnosis } from './diagnoseHandshakeFailure';
import { parseServerFrame, type IgnoredFrameReason } from './parseServerFrame';
import { reconnectDelay } from './reconnectDelay';
import { SocketLiveness } from './socketLiveness';

export interface ConnectionTarget extends DiagnosedCredentials {
  /** Identifies these credentials across worker restarts: a new sign-in is a new id. */
  credentialsId: number;
  /** `Session.highestOrderIdAtSignIn`: where news began, for the first read of the order list. */
  highestOrderIdAtSignIn?: number | null;
}

export interface OrderConnectionDeps {
  openSocket(url: string, events: SocketEvents): SocketHandle;
  /** Why a handshake failed; see `diagnoseHandshakeFailure`. */
  diagnose(target: ConnectionTarget): Promise<Diagnosis>;
  /** What the server's live route answers now (`GET /ws/status`, one cheap request). */
  lookAtLiveRoute(target: ConnectionTarget): Promise<LiveRouteLook>;
  now(): number;
  random(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
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

/** `answers`: the route is there; `missing`: still the 404 of a server without it; `unknown`: anything else. */
export type LiveRouteLook = 'answers' | 'missing' | 'unknown';

/** While credentials are refused: at most one handshake per this period, until they change. */
export const REJECTED_RETRY_MS = 5 * 60_000;
/** An upgrade with no answer by then is given up (a proxy that swallows it never closes it). */
export const HANDSHAKE_TIMEOUT_MS = 10_000;
/**
 * Without a live route, a whole attempt (handshake and diagnosis) at least this often: the
 * sign-in may have expired or the account been deactivated meanwhile, which a look cannot tell.
 */
export const LIVE_ROUTE_ATTEMPT_MS = 5 * 60_000;
/** The close code the connection reports for an upgrade it gave up on. */
export const HANDSHAKE_TIMEOUT_CODE = 4001;

const PING = JSON.stringify({ type: 'ping' });
const PONG = JSON.stringify({ type: 'pong' });

type Phase = 'idle' | 'socket' | 'diagnosing' | 'waiting' | 'held';

/**
 * The order stream's state machine: at most one socket, whatever asks for a connection;
 * ping/pong and keepalive; a silent socket is dead; reconnect with backoff; a refused
 * handshake is diagnosed, and refused credentials stop the retry storm until they change.
 */
export class OrderConnection {
  private target: ConnectionTarget | null = null;
  private socket: SocketHandle | null = null;
  private phase: Phase = 'idle';
  private online = true;
  private attempt = 0;
  private outageStartedAt: number | null = null;
  private retryTimer: unknown = null;
  /** Without a live route: when the next whole attempt is due. */
  private wholeAttemptAt = 0;
  private handshakeTimer: unknown = null;
  private liveness: SocketLiveness | null = null;

  constructor(private readonly deps: OrderConnectionDeps) {}

  /**
   * New credentials (or null on sign-out). `resume` is what a previous worker persisted:
   * for the same credentials it keeps the backoff and honours a rejection hold.
   * `signedOutBecause` says why there are none, when it is not the staff member's doing.
   */
  setTarget(target: ConnectionTarget | null, resume?: ConnectionSnapshot, signedOutBecause?: 'serverChanged'): void {
    if (target && this.target && sameCredentials(target, this.target)) {
      this.target = target;
      return this.ensureConnected();
    }
    this.teardown();
    this.target = target;
    this.attempt = 0;
    this.outageStartedAt = null;
    if (!target) return this.publish({ state: 'signedOut', ...(signedOutBecause && { reason: signedOutBecause }) });
    if (resume && resume.credentialsId === target.credentialsId) {
      this.attempt = resume.attempt;
      this.outageStartedAt = resume.outageStartedAt;
      const { status } = resume;
      if (status.state === 'rejected' && status.nextAttemptAt > this.deps.now())
        return this.hold(status.reason, status.nextAttemptAt);
      // No handshake that is bound to fail: the order list goes on, the route is looked at once.
      if (status.state === 'waiting' && status.problem === 'noLiveRoute')
        return this.awaitLiveRoute(status.closeCode, 0);
    }
    this.connect();
  }

  /**
   * The watchdog's call: connect unless a connection exists or is under way. `urgent`
   * (back online, machine active, settings changed) also cuts a backoff wait short;
   * refused credentials stay on hold either way.
   */
  ensureConnected({ urgent = false }: { urgent?: boolean } = {}): void {
    if (!this.target || this.phase === 'socket' || this.phase === 'diagnosing' || this.phase === 'held') return;
    if (this.phase === 'waiting' && !urgent) return;
    this.connect();
  }

  /** The staff member asked to retry: connect at once, even during a rejection hold. */
  retryNow(): void {
    if (!this.target || this.phase === 'socket' || this.phase === 'diagnosing') return;
    this.connect();
  }

  setOnline(online: boolean): void {
    this.online = online;
    if (online) this.ensureConnected({ urgent: true });
    else if (this.phase === 'waiting' || this.phase === 'idle') this.goOffline();
  }

  private connect(): void {
    const target = this.target;
    if (!target) return;
    this.clearRetry();
    const expiresAt = tokenExpiresAt(target.token);
    if (expiresAt !== null && expiresAt <= this.deps.now()) return this.reject('tokenExpired');
    this.phase = 'socket';
    this.publish({ state: 'connecting', since: this.deps.now() });
    let opened = false;
    const socket = this.open(orderStreamUrl(target.apiBaseUrl, target.token), {
      onOpen: () => {
        if (!socket || this.socket !== socket) return;
        opened = true;
        this.clearHandshakeTimer();
        this.publish({ state: 'open', since: this.deps.now() });
        this.liveness = new SocketLiveness({
          setTimeout: this.deps.setTimeout,
          clearTimeout: this.deps.clearTimeout,
          serverPingIntervalMs: this.deps.serverPingIntervalMs,
          sendPing: () => socket.send(PING),
          onSilent: () => this.silent(socket),
          onStable: () => {
            this.attempt = 0;
            this.outageStartedAt = null;
          },
        });
        this.liveness.start();
        this.deps.onOpened();
      },
      onMessage: (data) => {
        if (!socket || this.socket !== socket) return;
        this.liveness?.heard();
        const frame = parseServerFrame(data, this.deps.now());
        if (!frame.ok) return this.deps.onIgnoredFrame(frame.reason);
        if (frame.message.kind === 'ping') socket.send(PONG);
        else this.deps.onOrder(frame.message.parsed);
      },
      onClose: (code, reason) => {
        if (!socket || this.socket !== socket) return;
        this.deps.onSocketClosed?.({ code, reason, wasOpen: opened });
        this.dropSocket();
        if (opened) this.retry(code === 1011 ? 'serverError' : 'dropped', code);
        // A diagnosis that itself fails is a retry like any unexplained failure.
        else this.diagnose(target, code).catch(() => this.retry('serverUnreachable', code));
      },
    });
    // A socket the browser refused to even create (e.g. a malformed URL) is a failed attempt.
    if (!socket) return this.retry('serverUnreachable');
    this.socket = socket;
    this.handshakeTimer = this.deps.setTimeout(() => {
      this.handshakeTimer = null;
      if (this.socket !== socket || opened) return;
      this.dropSocket();
      socket.close(HANDSHAKE_TIMEOUT_CODE, 'handshake timeout');
      this.deps.onSocketClosed?.({ code: HANDSHAKE_TIMEOUT_CODE, reason: 'handshake timeout', wasOpen: false });
      this.diagnose(target, HANDSHAKE_TIMEOUT_CODE, true).catch(() => this.retry('serverUnreachable'));
    }, HANDSHAKE_TIMEOUT_MS);
  }

  private open(url: string, events: SocketEvents): SocketHandle | null {
    try {
      return this.deps.openSocket(url, events);
    } catch {
      this.phase = 'idle';
      return null;
    }
  }

  private async diagnose(target: ConnectionTarget, closeCode: number, unanswered = false): Promise<void> {
    this.phase = 'diagnosing';
    const diagnosis = await this.deps
      .diagnose(target)
      .catch((): Diagnosis => ({ kind: 'retry', problem: 'serverUnreachable' }));
    this.deps.onDiagnosed?.(diagnosis);
    // Signed out or switched accounts meanwhile: this diagnosis is about nothing current.
    if (!this.target || !sameCredentials(this.target, target) || this.phase !== 'diagnosing') return;
    if (diagnosis.kind === 'reject') this.reject(diagnosis.reason);
    // Server up, account fine, and the upgrade was never answered: say that, not "refused".
    else if (unanswered && diagnosis.problem === 'upgradeRefused') this.retry('upgradeUnanswered', closeCode);
    else this.retry(diagnosis.problem, closeCode);
  }

  private retry(problem: RetryProblem, closeCode?: number): void {
    if (!this.online) return this.goOffline();
    if (problem === 'noLiveRoute') return this.awaitLiveRoute(closeCode);
    const now = this.deps.now();
    this.outageStartedAt ??= now;
    const delay = reconnectDelay(this.attempt, now - this.outageStartedAt, this.deps.random);
    this.attempt += 1;
    this.phase = 'waiting';
    this.publish({ state: 'waiting', nextAttemptAt: now + delay, problem, closeCode });
    this.retryTimer = this.deps.setTimeout(() => this.connect(), delay);
  }

  /**
   * The server has no live route (its `main.py` lacks the notifications router): while the order
   * list carries the orders, the route is looked at every ~15 s (one small GET instead of a
   * handshake and its probes) and the stream opens the moment it answers.
   */
  private awaitLiveRoute(closeCode?: number, firstCheckMs = jitteredPeriod(LIST_READING_PERIOD_MS, this.deps.random)) {
    const now = this.deps.now();
    this.outageStartedAt ??= now;
    this.wholeAttemptAt = now + LIVE_ROUTE_ATTEMPT_MS;
    this.phase = 'waiting';
    this.publish({ state: 'waiting', nextAttemptAt: now + firstCheckMs, problem: 'noLiveRoute', closeCode });
    this.checkLiveRouteIn(firstCheckMs);
  }

  private checkLiveRouteIn(ms: number): void {
    const timer: unknown = this.deps.setTimeout(
      () => this.lookAtLiveRoute(timer).catch(() => this.retry('serverUnreachable')),
      ms,
    );
    this.retryTimer = timer;
  }

  private async lookAtLiveRoute(timer: unknown): Promise<void> {
    const target = this.target;
    if (!target) return;
    const look = await this.deps.lookAtLiveRoute(target).catch((): LiveRouteLook => 'unknown');
    // Signed out, other credentials, a connect or going offline meanwhile: this look is about nothing
    // current. The same credentials may come back as a new object (a re-read session): still current.
    const current = this.target;
    if (this.retryTimer !== timer || !current || !sameCredentials(current, target) || this.phase !== 'waiting') return;
    this.retryTimer = null;
    // The route is back, the server answers otherwise (down, erring), or it is time to check the
    // sign-in and the account again: a whole attempt, whose diagnosis says which.
    if (look !== 'missing' || this.deps.now() >= this.wholeAttemptAt) this.connect();
    else this.checkLiveRouteIn(jitteredPeriod(LIST_READING_PERIOD_MS, this.deps.random));
  }

  private reject(reason: RejectionReason): void {
    this.hold(reason, this.deps.now() + REJECTED_RETRY_MS);
  }

  private hold(reason: RejectionReason, until: number): void {
    this.phase = 'held';
    this.publish({ state: 'rejected', reason, nextAttemptAt: until });
    this.retryTimer = this.deps.setTimeout(() => this.connect(), Math.max(0, until - this.deps.now()));
  }

  private goOffline(): void {
    this.clearRetry();
    this.phase = 'idle';
    this.outageStartedAt ??= this.deps.now();
    this.publish({ state: 'offline', since: this.deps.now() });
  }

  /** A stalled socket never closes by itself: drop it and count it as a lost connection. */
  private silent(socket: SocketHandle): void {
    if (this.socket !== socket) return;
    this.dropSocket();
    socket.close(4000, 'silent');
    this.deps.onSocketClosed?.({ code: 4000, reason: 'silent', wasOpen: true });
    this.retry('silent');
  }

  private publish(status: ConnectionStatus): void {
    this.deps.onChange({
      status,
      attempt: this.attempt,
      outageStartedAt: this.outageStartedAt,
      credentialsId: this.target?.credentialsId ?? null,
    });
  }

  /** Forgets the current socket (already closed or about to be) and its timers. */
  private dropSocket(): void {
    this.clearHandshakeTimer();
    this.socket = null;
    this.phase = 'idle';
    this.liveness?.stop();
    this.liveness = null;
  }

  private clearHandshakeTimer(): void {
    if (this.handshakeTimer !== null) this.deps.clearTimeout(this.handshakeTimer);
    this.handshakeTimer = null;
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) this.deps.clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private teardown(): void {
    this.clearRetry();
    const socket = this.socket;
    this.dropSocket();
    socket?.close(1000, 'replaced');
  }
}

function sameCredentials(a: ConnectionTarget, b: ConnectionTarget): boolean {
  return a.apiBaseUrl === b.apiBaseUrl && a.token === b.token && a.credentialsId === b.credentialsId;
}
