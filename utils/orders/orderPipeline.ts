import { BurstGate, type BurstSummary } from './burstGate';
import type { Failed } from '../failed';
import type { KnownOrders } from './knownOrders';
import type { PictureSource } from '../pictures/pictureSource';
import type { Order } from './order';
import { classifyOrder, type OrderFilterSettings } from './orderFilter';
import type { OrderSource } from './receivedOrderSchema';
import { badgeText, type ReceivedOrderList } from './receivedOrderList';

/** What became of an order that reached the pipeline: counted for the troubleshooter and the benchmark. */
export const PIPELINE_OUTCOMES = ['announced', 'quiet', 'duplicate', 'terminal', 'handled', 'stale'] as const;
export type PipelineOutcome = (typeof PIPELINE_OUTCOMES)[number];

interface OrderAlerts {
  /** One order's notification; `thumbnail` settles with its picture's thumbnail, if it has one. */
  showOrder(order: Order, thumbnail: Promise<string | null> | null): void;
  /** Starts the thumbnail of a recorded order's picture (null when pictures are off). */
  picture(orderId: number, picture: PictureSource): Promise<string | null> | null;
  /** The summary standing for a burst; `replacing` are single notifications it takes over. */
  showSummary(summary: BurstSummary): void;
  /** The alert sound and the spoken order (each keeps its own pace: one per burst). */
  ring(order: Order): void;
  setBadgeText(text: string): void;
}

export interface OrderPipelineDeps {
  known: KnownOrders;
  received: ReceivedOrderList;
  alerts: OrderAlerts;
  filterSettings(): Omit<OrderFilterSettings, 'now'>;
  /** Snoozed or quiet hours: record and count, but no popup, no sound. */
  isQuiet(now: number): boolean;
  now(): number;
  count(outcome: PipelineOutcome, order: Order): void;
  /** Where the stored stores could not be read: orders are announced from memory, and the read is tried again. */
  failed: Failed;
}

/**
 * Every order, live or caught up, passes here exactly once: deduplicated by id, filtered
 * (over, handled by a colleague, too old), recorded for the popup, and announced with a
 * notification or a burst summary, the sound and the badge. After start-up the path to
 * the notification touches no storage: the stores are in memory and write behind.
 */
export class OrderPipeline {
  readonly #burst = new BurstGate();
  #ready: Promise<void> | null = null;

  /** The dedupe store, for a new scope to empty. */
  get known(): KnownOrders {
    return this.#deps.known;
  }

  readonly #deps: OrderPipelineDeps;

  constructor(deps: OrderPipelineDeps) {
    this.#deps = deps;
    this.#loaded().catch(() => undefined);
  }

  /**
   * The stores, read once. A failed read never silences alerts: the order goes on from what is
   * in memory (at worst announced once more), the failure is reported, and the next order reads again.
   */
  #loaded(): Promise<void> {
    this.#ready ??= Promise.all([this.#deps.known.load(), this.#deps.received.load()]).then(
      () => undefined,
      (error: unknown) => {
        this.#ready = null;
        this.#deps.failed('reading the stored orders (alerts go on from memory)')(error);
      },
    );
    return this.#ready;
  }

  async receive(order: Order, source: OrderSource, picture?: PictureSource): Promise<PipelineOutcome> {
    await this.#loaded();
    const { known, received, alerts } = this.#deps;
    if (!known.claim(order.id)) return this.#counted('duplicate', order);
    const now = this.#deps.now();
    const verdict = classifyOrder(order, source, { ...this.#deps.filterSettings(), now });
    if (verdict !== 'announce') {
      received.add(order, source, true);
      return this.#counted(verdict, order);
    }
    received.add(order, source, false);
    const quiet = this.#deps.isQuiet(now);
    const thumbnail = picture ? alerts.picture(order.id, picture) : null;
    if (!quiet) {
      // The notification is requested first: everything else can wait a moment.
      const admitted = this.#burst.admit(order, now);
      if (admitted.kind === 'single') alerts.showOrder(order, thumbnail);
      else alerts.showSummary(admitted);
      alerts.ring(order);
    }
    alerts.setBadgeText(badgeText(received.unseenCount()));
    return this.#counted(quiet ? 'quiet' : 'announced', order);
  }

  /** Which order ids were taken in already, once the dedupe store has loaded. */
  async knownIds(): Promise<(orderId: number) => boolean> {
    await this.#loaded();
    return (orderId) => this.#deps.known.has(orderId);
  }

  /** Re-applies the badge, e.g. after the worker restarted. */
  async restoreBadge(): Promise<void> {
    await this.#loaded();
    this.#deps.alerts.setBadgeText(badgeText(this.#deps.received.unseenCount()));
  }

  #counted(outcome: PipelineOutcome, order: Order): PipelineOutcome {
    this.#deps.count(outcome, order);
    return outcome;
  }
}
