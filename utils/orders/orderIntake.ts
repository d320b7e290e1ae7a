import { ordersToCatchUp, type OrderWatermark } from './catchUp';
import type { Order } from './order';
import type { OrderSource } from './receivedOrder';

export interface OrderIntakeDeps {
  announce(order: Order, source: OrderSource): Promise<unknown>;
  loadWatermark(): Promise<OrderWatermark | null>;
  saveWatermark(watermark: OrderWatermark): Promise<unknown>;
}

/**
 * Where orders enter: live broadcasts are announced at once, and after every reconnect
 * the recent-orders list fills the gap above the watermark. Watermark updates run one
 * at a time so a catch-up and a live order never overwrite each other's.
 */
export class OrderIntake {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: OrderIntakeDeps) {}

  receiveLive(order: Order, apiBaseUrl: string): Promise<void> {
    const announced = this.deps.announce(order, 'live');
    const recorded = this.serially(async () => {
      const current = await this.deps.loadWatermark();
      if (current?.apiBaseUrl === apiBaseUrl && current.highestOrderId >= order.id) return;
      // A first live order on a new server marks where this server's news begins.
      await this.deps.saveWatermark({
        apiBaseUrl,
        highestOrderId: Math.max(order.id, current?.apiBaseUrl === apiBaseUrl ? current.highestOrderId : 0),
      });
    });
    return Promise.all([announced, recorded]).then(() => undefined);
  }

  /** Announces what was missed; returns how many orders that was. */
  catchUp(apiBaseUrl: string, fetchRecent: () => Promise<Order[]>): Promise<number> {
    return this.serially(async () => {
      const recent = await fetchRecent();
      const { missed, watermark } = ordersToCatchUp(recent, await this.deps.loadWatermark(), apiBaseUrl);
      for (const order of missed) await this.deps.announce(order, 'catchUp');
      await this.deps.saveWatermark(watermark);
      return missed.length;
    });
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
