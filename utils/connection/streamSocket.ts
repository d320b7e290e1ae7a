import type { ParsedOrder } from '../orders/order';
import type { SocketEvents, SocketHandle } from './browserSocket';
import { parseServerFrame, type IgnoredFrameReason } from './parseServerFrame';
import { SocketLiveness } from './socketLiveness';

/** An upgrade with no answer by then is given up (a proxy that swallows it never closes it). */
export const HANDSHAKE_TIMEOUT_MS = 10_000;
/** The close code the connection reports for an upgrade it gave up on. */
export const HANDSHAKE_TIMEOUT_CODE = 4001;
/** The close code for an open socket that went silent. */
const SILENT_CODE = 4000;

const PING = JSON.stringify({ type: 'ping' });
const PONG = JSON.stringify({ type: 'pong' });

/** How a socket ended: as the browser reported it, or given up here (silent, or a handshake never answered). */
export interface SocketClose {
  code: number;
  reason: string;
  wasOpen: boolean;
  gaveUp?: 'silent' | 'handshakeTimeout';
}

export interface StreamSocketDeps {
  openSocket(url: string, events: SocketEvents): SocketHandle;
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  serverPingIntervalMs(): number;
  onOpen(): void;
  onOrder(order: ParsedOrder): void;
  onIgnoredFrame(reason: IgnoredFrameReason): void;
  /** Up long enough to count as healthy. */
  onStable(): void;
  /** Once per socket, unless it was dropped first. */
  onClosed(close: SocketClose): void;
}

/**
 * One socket's life, from the upgrade to its close: the handshake timeout, the server's
 * frames (a ping is answered, an order passed on, anything else counted), keepalive and
 * silence. Once dropped, nothing it hears is passed on.
 */
export class StreamSocket {
  private handle: SocketHandle | null = null;
  private opened = false;
  private dropped = false;
  private handshakeTimer: unknown = null;
  private liveness: SocketLiveness | null = null;

  constructor(private readonly deps: StreamSocketDeps) {}

  /** False when the browser refused to even create the socket (e.g. a malformed URL). */
  open(url: string): boolean {
    try {
      this.handle = this.deps.openSocket(url, {
        onOpen: () => this.whenOpen(),
        onMessage: (data) => this.whenMessage(data),
        onClose: (code, reason) => this.whenClosed({ code, reason, wasOpen: this.opened }),
      });
    } catch {
      return false;
    }
    this.handshakeTimer = this.deps.setTimeout(() => this.handshakeTimedOut(), HANDSHAKE_TIMEOUT_MS);
    return true;
  }

  /** Stops listening: its timers end and nothing it hears is passed on. */
  drop(): void {
    this.dropped = true;
    this.clearHandshakeTimer();
    this.liveness?.stop();
    this.liveness = null;
  }

  close(code: number, reason: string): void {
    this.handle?.close(code, reason);
  }

  private get current(): SocketHandle | null {
    return this.dropped ? null : this.handle;
  }

  private whenOpen(): void {
    const socket = this.current;
    if (!socket) return;
    this.opened = true;
    this.clearHandshakeTimer();
    this.liveness = new SocketLiveness({
      setTimeout: this.deps.setTimeout,
      clearTimeout: this.deps.clearTimeout,
      serverPingIntervalMs: this.deps.serverPingIntervalMs,
      sendPing: () => socket.send(PING),
      onSilent: () => this.giveUp({ code: SILENT_CODE, reason: 'silent', wasOpen: true, gaveUp: 'silent' }),
      onStable: this.deps.onStable,
    });
    this.liveness.start();
    this.deps.onOpen();
  }

  private whenMessage(data: unknown): void {
    const socket = this.current;
    if (!socket) return;
    this.liveness?.heard();
    const frame = parseServerFrame(data, this.deps.now());
    if (!frame.ok) return this.deps.onIgnoredFrame(frame.reason);
    if (frame.message.kind === 'ping') socket.send(PONG);
    else this.deps.onOrder(frame.message.parsed);
  }

  private whenClosed(close: SocketClose): void {
    if (!this.current) return;
    this.drop();
    this.deps.onClosed(close);
  }

  private handshakeTimedOut(): void {
    this.handshakeTimer = null;
    if (this.opened) return;
    const reason = 'handshake timeout';
    this.giveUp({ code: HANDSHAKE_TIMEOUT_CODE, reason, wasOpen: false, gaveUp: 'handshakeTimeout' });
  }

  /** A socket that never closes by itself (silent, or its upgrade unanswered) is closed here. */
  private giveUp(close: SocketClose): void {
    const socket = this.current;
    if (!socket) return;
    this.drop();
    socket.close(close.code, close.reason);
    this.deps.onClosed(close);
  }

  private clearHandshakeTimer(): void {
    if (this.handshakeTimer !== null) this.deps.clearTimeout(this.handshakeTimer);
    this.handshakeTimer = null;
  }
}
