import type { ParsedOrder } from '../orders/order';
import type { Timers } from '../timers';
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

export interface StreamSocketDeps extends Timers {
  openSocket(url: string, events: SocketEvents): SocketHandle;
  now(): number;
  serverPingIntervalMs(): number;
  onOpen(): void;
  onOrder(order: ParsedOrder): void;
  onIgnoredFrame(reason: IgnoredFrameReason): void;
  /** Up long enough to count as healthy. */
  onStable(): void;
  /** Once per socket, unless it was dropped first. */
  onClosed(close: SocketClose): void;
}

export interface StreamSocket {
  /** Stops listening: its timers end and nothing it hears is passed on. */
  drop(): void;
  close(code: number, reason: string): void;
}

/**
 * One socket's life, from the upgrade to its close: the handshake timeout, the server's
 * frames (a ping is answered, an order passed on, anything else counted), keepalive and
 * silence. Null when the browser refused to even create it (e.g. a malformed URL). Once
 * dropped, nothing it hears is passed on.
 */
export function openStreamSocket(url: string, deps: StreamSocketDeps): StreamSocket | null {
  let handle: SocketHandle | null = null;
  let opened = false;
  let dropped = false;
  let handshakeTimer: unknown = null;
  let liveness: SocketLiveness | null = null;
  const current = () => (dropped ? null : handle);

  const clearHandshakeTimer = () => {
    if (handshakeTimer !== null) deps.clearTimeout(handshakeTimer);
    handshakeTimer = null;
  };
  const drop = () => {
    dropped = true;
    clearHandshakeTimer();
    liveness?.stop();
    liveness = null;
  };
  /** A socket that never closes by itself (silent, or its upgrade unanswered) is closed here. */
  const giveUp = (close: SocketClose) => {
    const socket = current();
    if (!socket) return;
    drop();
    socket.close(close.code, close.reason);
    deps.onClosed(close);
  };

  try {
    handle = deps.openSocket(url, {
      onOpen: () => {
        const socket = current();
        if (!socket) return;
        opened = true;
        clearHandshakeTimer();
        liveness = new SocketLiveness({
          setTimeout: deps.setTimeout,
          clearTimeout: deps.clearTimeout,
          serverPingIntervalMs: deps.serverPingIntervalMs,
          sendPing: () => socket.send(PING),
          onSilent: () => giveUp({ code: SILENT_CODE, reason: 'silent', wasOpen: true, gaveUp: 'silent' }),
          onStable: deps.onStable,
        });
        liveness.start();
        deps.onOpen();
      },
      onMessage: (data) => {
        const socket = current();
        if (!socket) return;
        liveness?.heard();
        const frame = parseServerFrame(data, deps.now());
        if (!frame.ok) return deps.onIgnoredFrame(frame.problem);
        if (frame.message.kind === 'ping') socket.send(PONG);
        else deps.onOrder(frame.message.parsed);
      },
      onClose: (code, reason) => {
        if (!current()) return;
        drop();
        deps.onClosed({ code, reason, wasOpen: opened });
      },
    });
  } catch {
    return null;
  }
  handshakeTimer = deps.setTimeout(() => {
    handshakeTimer = null;
    if (opened) return;
    const reason = 'handshake timeout';
    giveUp({ code: HANDSHAKE_TIMEOUT_CODE, reason, wasOpen: false, gaveUp: 'handshakeTimeout' });
  }, HANDSHAKE_TIMEOUT_MS);
  return { drop, close: (code, reason) => handle?.close(code, reason) };
}
