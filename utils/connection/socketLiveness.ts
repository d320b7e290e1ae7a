import type { Timers } from '../timers';

/** Client keepalive: traffic every 20 s keeps an MV3 worker alive (Chrome ≥ 116). */
export const KEEPALIVE_INTERVAL_MS = 20_000;
/** Silence for this many server ping periods means the connection is dead. */
export const SILENCE_FACTOR = 2.5;
/** After this long up, a connection counts as healthy and the backoff starts over. */
export const STABLE_AFTER_MS = 60_000;

export interface SocketLivenessDeps extends Timers {
  /** The server's ping period. */
  serverPingIntervalMs(): number;
  sendPing(): void;
  /** Nothing heard for too long: the socket is dead though it never closed. */
  onSilent(): void;
  /** Up long enough to count as healthy. */
  onStable(): void;
}

/**
 * The timers of one open socket: our keepalive pings, the silence that declares it dead
 * (a stalled socket never closes by itself), and the moment it counts as stable.
 */
export class SocketLiveness {
  #keepaliveTimer: unknown = null;
  #silenceTimer: unknown = null;
  #stableTimer: unknown = null;

  readonly #deps: SocketLivenessDeps;

  constructor(deps: SocketLivenessDeps) {
    this.#deps = deps;
  }

  start(): void {
    this.#keepaliveTimer = this.#deps.setTimeout(() => this.#keepalive(), KEEPALIVE_INTERVAL_MS);
    this.#stableTimer = this.#deps.setTimeout(() => this.#deps.onStable(), STABLE_AFTER_MS);
    this.heard();
  }

  /** Any frame from the server proves it alive. */
  heard(): void {
    if (this.#silenceTimer !== null) this.#deps.clearTimeout(this.#silenceTimer);
    this.#silenceTimer = this.#deps.setTimeout(
      () => this.#deps.onSilent(),
      SILENCE_FACTOR * this.#deps.serverPingIntervalMs(),
    );
  }

  stop(): void {
    for (const timer of [this.#keepaliveTimer, this.#silenceTimer, this.#stableTimer]) {
      if (timer !== null) this.#deps.clearTimeout(timer);
    }
    this.#keepaliveTimer = this.#silenceTimer = this.#stableTimer = null;
  }

  #keepalive(): void {
    this.#deps.sendPing();
    this.#keepaliveTimer = this.#deps.setTimeout(() => this.#keepalive(), KEEPALIVE_INTERVAL_MS);
  }
}
