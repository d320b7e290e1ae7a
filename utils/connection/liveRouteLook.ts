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
export class LiveRouteLook<Target> {
  private timer: unknown = null;

  constructor(private readonly deps: LiveRouteLookDeps<Target>) {}

  lookIn(ms: number): void {
    const timer: unknown = this.deps.setTimeout(() => this.look(timer).catch(() => this.deps.onFailed()), ms);
    this.timer = timer;
  }

  stop(): void {
    if (this.timer !== null) this.deps.clearTimeout(this.timer);
    this.timer = null;
  }

  private async look(timer: unknown): Promise<void> {
    const target = this.deps.target();
    if (!target) return;
    const answers = await this.deps.answers(target).catch(() => false);
    // Stopped or started again meanwhile, or about other credentials: this look is about nothing current.
    if (this.timer !== timer || !this.deps.stillAbout(target)) return;
    this.timer = null;
    if (answers) this.deps.onAnswered();
    else this.lookIn(nextLookIn(this.deps.random));
  }
}
