import type { Timers } from '../timers';
/** How often statuses are re-read while an order waits: the bound is 30 s. */
export const STATUS_POLL_MS = 15_000;
/** An unseen order is watched this long after it arrived; after that nobody is waiting at the screen. */
export const WATCH_WINDOW_MS = 60 * 60_000;
/** The popup shows this many orders: a read covers at least them. */
const MIN_READ = 50;
/** The most the server hands out in one read. */
const MAX_READ = 100;

export interface HandledElsewhereWatchDeps extends Timers {
  /**
   * Ids of the orders still waiting here, received since `since`: needing someone, and
   * unseen or with their notification still showing.
   */
  waitingSince(since: number): Promise<number[]>;
  highestId(): number | null;
  /** Reads the newest `limit` orders' statuses (`recent-orders`). */
  readStatuses(limit: number): Promise<{ id: number; status: string }[]>;
  /** Statuses read; the caller applies them (clears what a colleague handled). */
  onStatuses(statuses: { id: number; status: string }[]): void | Promise<void>;
  onReadFailed(error: unknown): void;
  now(): number;
}

/**
 * The server sends no event when a colleague accepts an order (docs/PROTOCOL.md §6), so the
 * statuses are re-read: every 15 s while an announced order is still waiting here (unseen,
 * or its notification still showing), once whenever asked (the popup, while open).
 * Nothing waiting, no reads.
 */
export class HandledElsewhereWatch {
  private timer: unknown = null;
  private checking = false;
  private reading: Promise<void> | null = null;

  constructor(private readonly deps: HandledElsewhereWatchDeps) {}

  /** Call after anything that may change what waits: schedules the next read, or lets the watch stop. */
  wake(): void {
    if (this.timer !== null || this.checking) return;
    this.checking = true;
    this.waiting()
      .catch(() => [])
      .then((waiting) => {
        this.checking = false;
        if (waiting.length === 0 || this.timer !== null) return;
        this.timer = this.deps.setTimeout(() => {
          this.timer = null;
          // The orders found waiting set how far back to read: no need to ask again.
          this.readOnce(waiting)
            .finally(() => this.wake())
            .catch(this.deps.onReadFailed);
        }, STATUS_POLL_MS);
      })
      .catch(this.deps.onReadFailed);
  }

  /** One read now; concurrent calls share it. */
  async refresh(): Promise<void> {
    return this.readOnce(await this.waiting().catch(() => []));
  }

  private readOnce(waiting: readonly number[]): Promise<void> {
    this.reading ??= this.read(waiting).finally(() => {
      this.reading = null;
    });
    return this.reading;
  }

  private waiting(): Promise<number[]> {
    return this.deps.waitingSince(this.deps.now() - WATCH_WINDOW_MS);
  }

  private async read(waiting: readonly number[]): Promise<void> {
    // Ids grow by one per order: the oldest waiting order sets how far back to read.
    const oldest = Math.min(...waiting);
    const highest = this.deps.highestId() ?? 0;
    const span = Number.isFinite(oldest) ? highest - oldest + 1 : 0;
    const limit = Math.min(MAX_READ, Math.max(MIN_READ, span));
    try {
      await this.deps.onStatuses(await this.deps.readStatuses(limit));
    } catch (error) {
      this.deps.onReadFailed(error);
    }
  }
}
