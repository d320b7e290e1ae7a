import type { Timers } from '../timers';
import type { Order } from './order';
import type { ReceivedOrderList } from './receivedOrderList';

/** How often statuses are re-read while an order waits: the bound is 30 s. */
export const STATUS_POLL_MS = 15_000;
/** An unseen order is watched this long after it arrived; after that nobody is waiting at the screen. */
export const WATCH_WINDOW_MS = 60 * 60_000;
/** The popup shows this many orders: a read covers at least them. */
const MIN_READ = 50;
/** The most the server hands out in one read. */
const MAX_READ = 100;

export interface HandledElsewhereWatchDeps extends Timers {
  received: ReceivedOrderList;
  /** Which orders a notification in the tray still stands for. */
  showingOrderIds(): Promise<(orderId: number) => boolean>;
  /** The newest `limit` orders of `recent-orders` on the current server; null when signed out. */
  readRecent(limit: number): Promise<Order[] | null>;
  /** `orderSettler`'s settle: the orders a colleague handled stop asking for attention here. */
  settle(orderIds: readonly number[], why: 'handledElsewhere'): Promise<unknown>;
  /** A colleague handled this order. */
  onHandled(orderId: number): void;
  /** Reads began to fail (`error`) or work again (none): once per streak, so the log keeps room for what else happened. */
  onReadStreak(change: { error?: string }): void;
  now(): number;
}

/**
 * The status watch. The server sends no event when a colleague accepts an order
 * (docs/PROTOCOL.md §6), so the statuses are re-read: every 15 s while an announced order is
 * still waiting here (unseen, or its notification still showing), once whenever asked (the
 * popup, while open). Nothing waiting, no reads. What a colleague handled is settled here.
 */
export class HandledElsewhereWatch {
  #timer: unknown = null;
  #checking = false;
  #reading: Promise<void> | null = null;
  #failing = false;

  readonly #deps: HandledElsewhereWatchDeps;

  constructor(deps: HandledElsewhereWatchDeps) {
    this.#deps = deps;
  }

  /** Call after anything that may change what waits: schedules the next read, or lets the watch stop. */
  wake(): void {
    if (this.#timer !== null || this.#checking) return;
    this.#checking = true;
    this.#waiting()
      .catch(() => [])
      .then((waiting) => {
        this.#checking = false;
        if (waiting.length === 0 || this.#timer !== null) return;
        this.#timer = this.#deps.setTimeout(() => {
          this.#timer = null;
          // The orders found waiting set how far back to read: no need to ask again.
          this.#readOnce(waiting)
            .finally(() => this.wake())
            .catch(this.#readFailed);
        }, STATUS_POLL_MS);
      })
      .catch(this.#readFailed);
  }

  /** One read now; concurrent calls share it. */
  async refresh(): Promise<void> {
    return this.#readOnce(await this.#waiting().catch(() => []));
  }

  #readOnce(waiting: readonly number[]): Promise<void> {
    this.#reading ??= this.#read(waiting).finally(() => {
      this.#reading = null;
    });
    return this.#reading;
  }

  /** Ids of the orders still waiting here: needing someone, and unseen or with their notification still showing. */
  async #waiting(): Promise<number[]> {
    const awaiting = this.#deps.received.awaitingStaffSince(this.#deps.now() - WATCH_WINDOW_MS);
    if (awaiting.every((order) => !order.seen)) return awaiting.map((order) => order.id);
    // Seen in the popup, but a notification left in the tray still asks for attention.
    const showing = await this.#deps.showingOrderIds();
    return awaiting.filter((order) => !order.seen || showing(order.id)).map((order) => order.id);
  }

  async #read(waiting: readonly number[]): Promise<void> {
    // Ids grow by one per order: the oldest waiting order sets how far back to read.
    const oldest = Math.min(...waiting);
    const highest = this.#deps.received.highestId() ?? 0;
    const span = Number.isFinite(oldest) ? highest - oldest + 1 : 0;
    const limit = Math.min(MAX_READ, Math.max(MIN_READ, span));
    try {
      const statuses = ((await this.#deps.readRecent(limit)) ?? []).flatMap((order) =>
        order.status === null ? [] : [{ id: order.id, status: order.status }],
      );
      await this.#settleHandled(statuses);
    } catch (error) {
      this.#readFailed(error);
    }
  }

  async #settleHandled(statuses: { id: number; status: string }[]): Promise<void> {
    if (this.#failing) this.#deps.onReadStreak({});
    this.#failing = false;
    const handled = this.#deps.received.applyStatuses(statuses);
    if (handled.length === 0) return;
    for (const orderId of handled) this.#deps.onHandled(orderId);
    await this.#deps.settle(handled, 'handledElsewhere');
  }

  readonly #readFailed = (error: unknown): void => {
    if (!this.#failing) this.#deps.onReadStreak({ error: String(error) });
    this.#failing = true;
  };
}
