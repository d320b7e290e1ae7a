import { catchUp, type CatchUpDeps } from './catchUp';
import type { FirstReadNews } from './firstRead';
import type { PictureSource } from '../pictures/pictureSource';
import type { Order, ParsedOrder } from './order';
import type { ScopeGeneration } from './orderScope';
import { ordersAboveWatermark, type OrderWatermark } from './orderWatermark';
import { FROM_ORDER_LIST, type OrderSource } from './receivedOrderSchema';
import { LONG_READ_LIMIT } from './recentOrders';

/** A rhythm's read takes this many orders: a minute of a busy shop, and a small answer. */
const SHORT_READ_LIMIT = 20;

type FetchRecent = (limit: number) => Promise<ParsedOrder[]>;

export interface OrderIntakeDeps extends CatchUpDeps {
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
  /** A long read's window did not reach back to the watermark: orders may have been missed. */
  onGap(): void;
  /** An order the live stream never delivered, found by reading the list while connected. */
  onRecovered(order: Order): void;
  /** A read answered after the scope changed: dropped, never announced or marked. */
  onReadDropped(): void;
}

/**
 * Where orders enter: live broadcasts are announced at once; the order list's orders above
 * the watermark after a reconnect (the catch-up, rationed) and on the safety net's or list
 * reading's rhythm. Reads of the list run one at a time.
 */
export class OrderIntake {
  #queue: Promise<unknown> = Promise.resolve();
  readonly #catchUp: ReturnType<typeof catchUp>;
  readonly #deps: OrderIntakeDeps;

  constructor(deps: OrderIntakeDeps) {
    this.#deps = deps;
    this.#catchUp = catchUp(deps);
  }

  /** When the order list was last read, for any reason; -Infinity if never. */
  lastReadAt = -Infinity;

  /**
   * Another server (or none): its catch-ups are rationed afresh and a waiting one is
   * cancelled (a read still under way is dropped by its generation).
   */
  forgetCatchUps(): void {
    this.#catchUp.forget();
  }

  receiveLive(parsed: ParsedOrder): Promise<unknown> {
    this.#noteDegraded(parsed, 'live');
    return this.#deps.announce(parsed.order, 'live', parsed.picture);
  }

  /**
   * A rhythm's read: a short list, and a long one when even that does not reach back to the
   * watermark. Not rationed: the rhythm keeps its own pace. `recovered`: what it finds are
   * broadcasts the open stream lost (the safety net), not the way orders arrive (list reading).
   */
  readList(apiBaseUrl: string, fetchRecent: FetchRecent, { recovered }: { recovered: boolean }): Promise<number> {
    return this.#serially(async () => {
      const found = await this.#run(apiBaseUrl, fetchRecent, { limit: SHORT_READ_LIMIT, recovered });
      if (found.gap) return found.missed + (await this.#run(apiBaseUrl, fetchRecent, { recovered })).missed;
      return found.missed;
    });
  }

  /** After a reconnect: announces what was missed, when the catch-up's rations allow; resolves with how many. */
  catchUp(apiBaseUrl: string, fetchRecent: FetchRecent): Promise<number> {
    return this.#catchUp.request(() =>
      this.#serially(() => this.#run(apiBaseUrl, fetchRecent)).then(({ missed }) => missed),
    );
  }

  async #run(
    apiBaseUrl: string,
    fetchRecent: FetchRecent,
    { limit = LONG_READ_LIMIT, recovered = false } = {},
  ): Promise<{ missed: number; gap: boolean }> {
    this.lastReadAt = this.#deps.now();
    const current = this.#deps.generation.begin();
    const recent = await fetchRecent(limit);
    const [watermark, known] = await Promise.all([this.#deps.loadWatermark(), this.#deps.knownIds()]);
    if (!current()) return this.#dropped();
    const byId = new Map(recent.map((parsed) => [parsed.order.id, parsed]));
    const plan = ordersAboveWatermark(
      recent.map((parsed) => parsed.order),
      watermark,
      apiBaseUrl,
      { limit, known, firstRead: this.#deps.firstReadNews() },
    );
    for (const order of plan.missed) {
      if (!current()) return this.#dropped();
      const parsed = byId.get(order.id);
      if (parsed) this.#noteDegraded(parsed, FROM_ORDER_LIST);
      if (recovered) this.#deps.onRecovered(order);
      await this.#deps.announce(order, FROM_ORDER_LIST);
    }
    if (!current()) return this.#dropped();
    if (plan.watermark) await this.#deps.saveWatermark(plan.watermark);
    // A short read that does not reach back is followed by a long one; a long one says so.
    if (plan.gap && limit >= LONG_READ_LIMIT) this.#deps.onGap();
    return { missed: plan.missed.length, gap: plan.gap && limit < LONG_READ_LIMIT };
  }

  #dropped(): { missed: number; gap: boolean } {
    this.#deps.onReadDropped();
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
