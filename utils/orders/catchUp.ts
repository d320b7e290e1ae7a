import type { Timers } from '../timers';

/**
 * Catch-up, the read of the order list after each reconnect, is rationed: two may run back to back
 * (sign-in, then a restarted server a moment later), then one per this interval. A server that
 * accepts and drops sockets at once gets one read per 30 s instead of one per reconnect.
 */
export const CATCH_UP_MIN_INTERVAL_MS = 30_000;
const CATCH_UP_BURST = 2;

export interface CatchUpDeps extends Timers {
  now(): number;
}

/** The catch-up's rhythm: a request runs now or waits for its turn (never dropped); requests while one waits share it. */
export class CatchUp {
  /** When each of the latest catch-ups started, at most `CATCH_UP_BURST`. */
  #started: number[] = [];
  #deferred: { done: Promise<number>; cancel(): void } | null = null;

  readonly #deps: CatchUpDeps;

  constructor(deps: CatchUpDeps) {
    this.#deps = deps;
  }

  /** Runs `read` (which resolves with how many orders it announced) when the rations allow. */
  request(read: () => Promise<number>): Promise<number> {
    const oldest = this.#started.length < CATCH_UP_BURST ? -Infinity : this.#started[0]!;
    const wait = oldest + CATCH_UP_MIN_INTERVAL_MS - this.#deps.now();
    const run = () => {
      this.#started = [...this.#started, this.#deps.now()].slice(-CATCH_UP_BURST);
      return read();
    };
    if (wait <= 0) return run();
    if (!this.#deferred) {
      let cancel = () => undefined as void;
      let timer: unknown = null;
      const done = new Promise<number>((resolve, reject) => {
        cancel = () => {
          this.#deps.clearTimeout(timer);
          resolve(0);
        };
        timer = this.#deps.setTimeout(() => {
          this.#deferred = null;
          run().then(resolve, reject);
        }, wait);
      });
      this.#deferred = { done, cancel };
    }
    return this.#deferred.done;
  }

  /** Another server (or none): rationed afresh, and a waiting catch-up cancelled. */
  forget(): void {
    this.#started = [];
    this.#deferred?.cancel();
    this.#deferred = null;
  }
}
