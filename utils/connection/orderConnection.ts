import type { OrderCreatedData } from '../shop/schemas';
import { orderStreamUrl } from '../shop/shopUrls';
import type { ConnectionStatus } from '../storage';
import { parseServerFrame } from './parseServerFrame';
import { reconnectDelay } from './reconnectDelay';

/** What the connection needs from a socket; `openBrowserSocket` adapts the browser's, tests pass a fake. */
export interface SocketHandle {
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export interface SocketEvents {
  onOpen(): void;
  onMessage(data: unknown): void;
  /** A refused handshake and a dropped network look alike here: code 1006, no reason. */
  onClose(code: number, reason: string): void;
}

export interface ConnectionTarget {
  apiBaseUrl: string;
  token: string;
}

export interface OrderConnectionDeps {
  openSocket(url: string, events: SocketEvents): SocketHandle;
  now(): number;
  random(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  onStatus(status: ConnectionStatus): void;
  onOrder(order: OrderCreatedData): void;
}

/** Client keepalive: traffic every 20 s keeps an MV3 worker alive (Chrome ≥ 116). */
export const KEEPALIVE_INTERVAL_MS = 20_000;
/** 2.5 × the server's 30 s ping: a socket silent this long is dead, however open it looks. */
export const SILENCE_LIMIT_MS = 75_000;

const PING = JSON.stringify({ type: 'ping' });
const PONG = JSON.stringify({ type: 'pong' });

/**
 * Holds at most one order-stream socket for the signed-in staff member and keeps it
 * alive: answers pings, sends keepalives, notices silence and reconnects with backoff.
 */
export class OrderConnection {
  private target: ConnectionTarget | null = null;
  private socket: SocketHandle | null = null;
  private retryTimer: unknown = null;
  private keepaliveTimer: unknown = null;
  private silenceTimer: unknown = null;
  private attempt = 0;
  private outageStartedAt: number | null = null;

  constructor(private readonly deps: OrderConnectionDeps) {}

  /** New credentials (or null on sign-out) replace the current socket at once. */
  setTarget(target: ConnectionTarget | null): void {
    const same =
      target && this.target && target.apiBaseUrl === this.target.apiBaseUrl && target.token === this.target.token;
    if (same) return this.ensureConnected();
    this.target = target;
    this.attempt = 0;
    this.outageStartedAt = null;
    this.teardown();
    if (target) this.connect();
    else this.deps.onStatus({ state: 'signedOut' });
  }

  /** For the watchdog and `online` events: connect now unless a socket exists. */
  ensureConnected(): void {
    if (!this.target || this.socket) return;
    this.clearRetry();
    this.connect();
  }

  private connect(): void {
    const target = this.target;
    if (!target || this.socket) return;
    this.deps.onStatus({ state: 'connecting', since: this.deps.now() });
    const socket: SocketHandle = this.deps.openSocket(orderStreamUrl(target.apiBaseUrl, target.token), {
      onOpen: () => {
        if (this.socket !== socket) return;
        this.attempt = 0;
        this.outageStartedAt = null;
        this.deps.onStatus({ state: 'open', since: this.deps.now() });
        this.keepaliveTimer = this.repeat(() => socket.send(PING), KEEPALIVE_INTERVAL_MS);
        this.armSilenceTimer(socket);
      },
      onMessage: (data) => {
        if (this.socket !== socket) return;
        this.armSilenceTimer(socket);
        const message = parseServerFrame(data);
        if (!message) return;
        if ('type' in message) socket.send(PONG);
        else this.deps.onOrder(message.data);
      },
      onClose: (code, reason) => {
        if (this.socket !== socket) return;
        this.socket = null;
        this.stopTimers();
        this.scheduleRetry({ code, reason });
      },
    });
    this.socket = socket;
  }

  private scheduleRetry(lastClose: { code: number; reason: string }): void {
    const now = this.deps.now();
    this.outageStartedAt ??= now;
    const delay = reconnectDelay(this.attempt, now - this.outageStartedAt, this.deps.random);
    this.attempt += 1;
    this.deps.onStatus({ state: 'waiting', nextAttemptAt: now + delay, lastClose });
    this.retryTimer = this.deps.setTimeout(() => {
      this.retryTimer = null;
      this.connect();
    }, delay);
  }

  private armSilenceTimer(socket: SocketHandle): void {
    if (this.silenceTimer !== null) this.deps.clearTimeout(this.silenceTimer);
    this.silenceTimer = this.deps.setTimeout(() => {
      // A stalled socket never closes by itself: drop it and treat it as a lost connection.
      if (this.socket !== socket) return;
      this.socket = null;
      this.stopTimers();
      socket.close(4000, 'silent');
      this.scheduleRetry({ code: 4000, reason: 'silent' });
    }, SILENCE_LIMIT_MS);
  }

  private repeat(callback: () => void, ms: number): unknown {
    const tick = () => {
      callback();
      this.keepaliveTimer = this.deps.setTimeout(tick, ms);
    };
    return this.deps.setTimeout(tick, ms);
  }

  private stopTimers(): void {
    for (const timer of [this.keepaliveTimer, this.silenceTimer]) {
      if (timer !== null) this.deps.clearTimeout(timer);
    }
    this.keepaliveTimer = null;
    this.silenceTimer = null;
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) this.deps.clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private teardown(): void {
    this.clearRetry();
    this.stopTimers();
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000, 'replaced');
  }
}
