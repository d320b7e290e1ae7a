import { nextRepeatAt, type RepeatSettings } from './repeatSchedule';

export interface RepeatRingerDeps {
  settings(): RepeatSettings & { soundEnabled: boolean };
  oldestUnseenAt(): number | null;
  lastRungAt(): number | null;
  ring(): void;
  isQuiet(now: number): boolean;
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** When the next ring is due, or null when nothing rings: published for the popup and tests. */
  onScheduled?(at: number | null): void;
}

/**
 * "Repeat until acknowledged": rings again every interval while any announced order is
 * unseen, up to the maximum time. Call `reschedule()` after every ring, every change of
 * what is seen, and every settings change; it keeps at most one timer.
 */
export class RepeatRinger {
  private timer: unknown = null;
  private lastTickAt: number | null = null;

  constructor(private readonly deps: RepeatRingerDeps) {}

  /** After a worker restart: resume the rhythm from now instead of ringing at once. */
  resume(): void {
    this.lastTickAt = this.deps.now();
    this.reschedule();
  }

  reschedule(): void {
    if (this.timer !== null) this.deps.clearTimeout(this.timer);
    this.timer = null;
    const settings = this.deps.settings();
    if (!settings.soundEnabled) return this.deps.onScheduled?.(null);
    const lastRungAt = Math.max(this.deps.lastRungAt() ?? -Infinity, this.lastTickAt ?? -Infinity);
    const at = nextRepeatAt(settings, {
      oldestUnseenAt: this.deps.oldestUnseenAt(),
      lastRungAt: Number.isFinite(lastRungAt) ? lastRungAt : null,
    });
    this.deps.onScheduled?.(at);
    if (at === null) return;
    this.timer = this.deps.setTimeout(
      () => {
        this.timer = null;
        const now = this.deps.now();
        this.lastTickAt = now;
        // Quiet hours skip a ring but keep the rhythm.
        if (!this.deps.isQuiet(now)) this.deps.ring();
        this.reschedule();
      },
      Math.max(0, at - this.deps.now()),
    );
  }
}
