import type { Timers } from '../timers';
import { CATCH_UP_LIMIT, ordersToCatchUp, type FirstReadNews, type OrderWatermark } from './catchUp';
import type { PictureSource } from '../pictures/pictureSource';
import type { Order, ParsedOrder } from './order';
import type { ScopeGeneration } from './orderScope';
import type { OrderSource } from './receivedOrderSchema';

/**
 * Catch-up reads are rationed: two may run back to back (sign-in, then a restarted server
 * a moment later), then one per this interval. A server that accepts and drops sockets at
 * once gets one read per 30 s instead of one per reconnect.
 */
export const CATCH_UP_MIN_INTERVAL_MS = 30_000;
const CATCH_UP_BURST = 2;
/** A reconciliation reads this many orders: a minute of a busy shop, and a small answer. */
const RECONCILE_LIMIT = 20;

type FetchRecent = (limit: number) => Promise<ParsedOrder[]>;

export interface OrderIntakeDeps extends Timers {
  /** The scope a read begins in: answered after the scope changed, it is dropped. */
  generation: ScopeGeneration;
  announce(order: Order, source: OrderSource, picture?: PictureSource): Promise<unknown>;
  /** Which order ids this computer has taken in already (the dedupe store, once loaded). */
  knownIds(): Promise<(orderId: number) => boolean>;
  loadWatermark(): Promise<OrderWatermark | null>;
  /** What makes an order news on a first read: the sign-in's time (null when signed out). */
  firstReadNews(): FirstReadNews | null;
  saveWatermark(watermark: OrderWatermark): Promise<unknown>;
  /** An order announced without some of its fields, or with converted ones. */
  onDegraded(parsed: ParsedOrder, source: OrderSource): void;
  /** A catch-up's window did not reach back to the watermark: orders may have been missed. */
  onGap(): void;
  /** An order the live stream never delivered, found by reading the list while connected. */
  onRecovered(order: Order): void;
  /** A read answered after the scope changed: dropped, never announced or marked. */
  onDropped(): void;
  now(): number;
}

/**
 * Where orders enter: live broadcasts are announced at once; after a reconnect the
 * recent-orders list fills the gap above the watermark, at most once per 30 s (a later
 * request waits for its turn, it is never dropped). Catch-ups run one at a time.
 */
export class OrderIntake {
  #queue: Promise<unknown> = Promise.resolve();
  /** When each of the latest catch-ups started, at most `CATCH_UP_BURST`. */
  #recentCatchUps: number[] = [];
  #deferred: { done: Promise<number>; cancel(): void } | null = null;

  readonly #deps: OrderIntakeDeps;

  constructor(deps: OrderIntakeDeps) {
    this.#deps = deps;
  }

  /** When the order list was last read, by a catch-up or a reconciliation; -Infinity if never. */
  lastReadAt = -Infinity;

  /**
   * Another server (or none): its catch-ups are rationed afresh and a deferred one is
   * cancelled (a read still under way is dropped by its generation).
   */
  forgetCatchUps(): void {
    this.#recentCatchUps = [];
    this.#deferred?.cancel();
    this.#deferred = null;
  }

  receiveLive(parsed: ParsedOrder): Promise<unknown> {
    this.#noteDegraded(parsed, 'live');
    return this.#deps.announce(parsed.order, 'live', parsed.picture);
  }

  /**
   * While the stream is up: reads a short list and announces what the socket never
   * delivered (a longer read follows when even that does not reach back). Not rationed: the
   * reconciler keeps its own slow rhythm. With `recovered: false` (list reading, the stream
   * refused) the list is how orders arrive, not a rescue of lost broadcasts.
   */
  reconcile(apiBaseUrl: string, fetchRecent: FetchRecent, { recovered = true } = {}): Promise<number> {
    return this.#serially(async () => {
      const found = await this.#run(apiBaseUrl, fetchRecent, { limit: RECONCILE_LIMIT, recovered });
      if (found.gap) return found.missed + (await this.#run(apiBaseUrl, fetchRecent, { recovered })).missed;
      return found.missed;
    });
  }

  /** Announces what was missed; resolves with how many orders that was. */
  catchUp(apiBaseUrl: string, fetchRecent: FetchRecent): Promise<number> {
    const oldest = this.#recentCatchUps.length < CATCH_UP_BURST ? -Infinity : this.#recentCatchUps[0]!;
    const wait = oldest + CATCH_UP_MIN_INTERVAL_MS - this.#deps.now();
    const run = () => {
      this.#recentCatchUps = [...this.#recentCatchUps, this.#deps.now()].slice(-CATCH_UP_BURST);
      return this.#serially(() => this.#run(apiBaseUrl, fetchRecent)).then(({ missed }) => missed);
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

  async #run(
    apiBaseUrl: string,
    fetchRecent: FetchRecent,
    { limit = CATCH_UP_LIMIT, recovered = false } = {},
  ): Promise<{ missed: number; gap: boolean }> {
    this.lastReadAt = this.#deps.now();
    const current = this.#deps.generation.begin();
    const recent = await fetchRecent(limit);
    const [watermark, known] = await Promise.all([this.#deps.loadWatermark(), this.#deps.knownIds()]);
    if (!current()) return this.#dropped();
    const byId = new Map(recent.map((parsed) => [parsed.order.id, parsed]));
    const plan = ordersToCatchUp(
      recent.map((parsed) => parsed.order),
      watermark,
      apiBaseUrl,
      { limit, known, firstRead: this.#deps.firstReadNews() },
    );
    for (const order of plan.missed) {
      if (!current()) return this.#dropped();
      const parsed = byId.get(order.id);
      if (parsed) this.#noteDegraded(parsed, 'catchUp');
      if (recovered) this.#deps.onRecovered(order);
      await this.#deps.announce(order, 'catchUp');
    }
    if (!current()) return this.#dropped();
    if (plan.watermark) await this.#deps.saveWatermark(plan.watermark);
    // A short read that does not reach back is followed by a long one; a long one says so.
    if (plan.gap && limit >= CATCH_UP_LIMIT) this.#deps.onGap();
    return { missed: plan.missed.length, gap: plan.gap && limit < CATCH_UP_LIMIT };
  }

  #dropped(): { missed: number; gap: boolean } {
    this.#deps.onDropped();
    return { missed: 0, gap: false };
  }

  #noteDegraded(parsed: ParsedOrder, source: OrderSource): void {
    if (parsed.missing.length > 0 || parsed.coerced.length > 0) this.#deps.onDegraded(parsed, source);
  }

  #serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
