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

/**
 * The catch-up's rhythm: a request runs now or waits for its turn (never dropped); requests while
 * one waits share it. `forget`: another server (or none), rationed afresh and a waiting one cancelled.
 */
export function catchUp(deps: CatchUpDeps) {
  /** When each of the latest catch-ups started, at most `CATCH_UP_BURST`. */
  let started: number[] = [];
  let deferred: { done: Promise<number>; cancel(): void } | null = null;
  return {
    /** Runs `read` (which resolves with how many orders it announced) when the rations allow. */
    request(read: () => Promise<number>): Promise<number> {
      const oldest = started.length < CATCH_UP_BURST ? -Infinity : started[0]!;
      const wait = oldest + CATCH_UP_MIN_INTERVAL_MS - deps.now();
      const run = () => {
        started = [...started, deps.now()].slice(-CATCH_UP_BURST);
        return read();
      };
      if (wait <= 0) return run();
      if (!deferred) {
        let cancel = () => undefined as void;
        let timer: unknown = null;
        const done = new Promise<number>((resolve, reject) => {
          cancel = () => {
            deps.clearTimeout(timer);
            resolve(0);
          };
          timer = deps.setTimeout(() => {
            deferred = null;
            run().then(resolve, reject);
          }, wait);
        });
        deferred = { done, cancel };
      }
      return deferred.done;
    },
    forget(): void {
      started = [];
      deferred?.cancel();
      deferred = null;
    },
  };
}
