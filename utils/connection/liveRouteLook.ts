import { jitteredPeriod, LIST_READING_PERIOD_MS } from '../orders/reconciler';

/** The list reading's rhythm, jittered: how long until the next look at the live route. */
export const nextLookIn = (random: () => number): number => jitteredPeriod(LIST_READING_PERIOD_MS, random);

export interface LiveRouteLookDeps<Target> {
  /** The credentials the connection holds now; null when signed out. */
  target(): Target | null;
  /** Whether the server's live route answers now (`GET /ws/status`, one cheap request). */
  answers(target: Target): Promise<boolean>;
  /** Whether a look begun for `target` is still about the connection (same credentials, still waiting). */
  stillAbout(target: Target): boolean;
  onAnswered(): void;
  onFailed(): void;
  random(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * While a server has no live route: one look at it after a while, and again on the list
 * reading's rhythm until it answers (then `onAnswered`) or the connection moves on (`stop`).
 */
export function liveRouteLook<Target>(deps: LiveRouteLookDeps<Target>) {
  let timer: unknown = null;

  async function look(started: unknown): Promise<void> {
    const target = deps.target();
    if (!target) return;
    const answers = await deps.answers(target).catch(() => false);
    // Stopped or started again meanwhile, or about other credentials: this look is about nothing current.
    if (timer !== started || !deps.stillAbout(target)) return;
    timer = null;
    if (answers) deps.onAnswered();
    else lookIn(nextLookIn(deps.random));
  }

  function lookIn(ms: number): void {
    const started: unknown = deps.setTimeout(() => look(started).catch(deps.onFailed), ms);
    timer = started;
  }

  return {
    lookIn,
    stop(): void {
      if (timer !== null) deps.clearTimeout(timer);
      timer = null;
    },
  };
}
