import { jitteredPeriod } from '../orders/readingSchedule';
import type { Timers } from '../timers';
import { LIST_READING_PERIOD_MS } from './listReading';

/** `answers`: the route is there; `missing`: still the 404 of a server without it; `unknown`: anything else. */
export type LiveRouteLook = 'answers' | 'missing' | 'unknown';

/**
 * Without a live route, a whole attempt (handshake and diagnosis) at least this often: the
 * sign-in may have expired or the account been deactivated meanwhile, which a look cannot tell.
 */
export const LIVE_ROUTE_ATTEMPT_MS = 5 * 60_000;

/** The list reading's rhythm, jittered: how long until the next look at the live route. */
export const nextLookIn = (random: () => number): number => jitteredPeriod(LIST_READING_PERIOD_MS, random);

export interface LiveRouteLookDeps<Target> extends Timers {
  /** The credentials the connection holds now; null when signed out. */
  target(): Target | null;
  /** What the server's live route answers now (`GET /ws/status`, one cheap request). */
  look(target: Target): Promise<LiveRouteLook>;
  /** Whether a look begun for `target` is still about the connection (same credentials, still waiting). */
  stillAbout(target: Target): boolean;
  /** Time for a whole attempt: the route is back, the server answers otherwise, or 5 minutes are up. */
  onAttemptDue(): void;
  /** A look that broke (its own code threw): the connection retries as for a server it cannot reach. */
  onLookFailed(): void;
  now(): number;
  random(): number;
}

/**
 * While a server has no live route: one look at it after a while, and again on the list
 * reading's rhythm while it is still missing. A look that finds it back, or the server down or
 * erring, and every 5 minutes in any case, hands over to a whole attempt, whose diagnosis says
 * which (so a server down, an expired sign-in or a deactivated account are named, not left as
 * "reading the list"); `stop` when the connection moves on.
 */
export function liveRouteLook<Target>(deps: LiveRouteLookDeps<Target>) {
  let timer: unknown = null;
  let attemptAt = 0;

  async function look(started: unknown): Promise<void> {
    const target = deps.target();
    if (!target) return;
    const found = await deps.look(target).catch((): LiveRouteLook => 'unknown');
    // Stopped or started again meanwhile, or about other credentials: this look is about nothing current.
    if (timer !== started || !deps.stillAbout(target)) return;
    timer = null;
    if (found !== 'missing' || deps.now() >= attemptAt) deps.onAttemptDue();
    else lookIn(nextLookIn(deps.random));
  }

  function lookIn(ms: number): void {
    const started: unknown = deps.setTimeout(() => look(started).catch(deps.onLookFailed), ms);
    timer = started;
  }

  return {
    /** The route was just found missing: the first look in `ms`, a whole attempt in 5 minutes. */
    start(ms: number): void {
      attemptAt = deps.now() + LIVE_ROUTE_ATTEMPT_MS;
      lookIn(ms);
    },
    stop(): void {
      if (timer !== null) deps.clearTimeout(timer);
      timer = null;
    },
  };
}
