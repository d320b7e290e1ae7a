import type { ReceivedOrder } from '../storage';
import type { Order } from './order';
import { badgeText } from './badgeText';
import { orderNotification } from './orderNotification';

/** How many received orders are kept for the popup. */
export const MAX_RECEIVED_ORDERS = 200;

export interface OrderAnnouncerDeps {
  showNotification(notification: { id: string; title: string; message: string }): Promise<unknown>;
  setBadgeText(text: string): Promise<unknown>;
  playSound(): Promise<unknown>;
  loadOrders(): Promise<ReceivedOrder[]>;
  saveOrders(orders: ReceivedOrder[]): Promise<unknown>;
  now(): number;
}

/**
 * Turns a validated order into what staff notice: notification, sound, badge, and the
 * popup's list. The list is read from storage once; after that announcing an order
 * touches no storage before the notification is up.
 */
export class OrderAnnouncer {
  private orders: ReceivedOrder[] | null = null;
  private loading: Promise<ReceivedOrder[]> | null = null;
  private saving: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: OrderAnnouncerDeps) {}

  async announce(order: Order, source: ReceivedOrder['source'] = 'live'): Promise<void> {
    const orders = await this.loaded();
    if (orders.some((known) => known.id === order.id)) return;
    orders.unshift({ ...order, receivedAt: this.deps.now(), seen: false, source });
    orders.splice(MAX_RECEIVED_ORDERS);
    await Promise.all([
      this.deps.showNotification(orderNotification(order)),
      this.deps.setBadgeText(badgeText(this.unseenCount(orders))),
      this.deps.playSound(),
      this.persist(orders),
    ]);
  }

  /** Marks the given orders, or all of them, as seen by the staff member. */
  async markSeen(orderIds?: readonly number[]): Promise<void> {
    const orders = await this.loaded();
    for (const order of orders) {
      if (!orderIds || orderIds.includes(order.id)) order.seen = true;
    }
    await Promise.all([this.deps.setBadgeText(badgeText(this.unseenCount(orders))), this.persist(orders)]);
  }

  /** Re-applies the badge, e.g. after the worker restarted. */
  async restoreBadge(): Promise<void> {
    await this.deps.setBadgeText(badgeText(this.unseenCount(await this.loaded())));
  }

  private unseenCount(orders: ReceivedOrder[]): number {
    return orders.filter((order) => !order.seen).length;
  }

  private loaded(): Promise<ReceivedOrder[]> {
    if (this.orders) return Promise.resolve(this.orders);
    this.loading ??= this.deps.loadOrders().then((orders) => (this.orders = [...orders]));
    return this.loading;
  }

  /** Writes are chained so a slow write never lands after a newer one. */
  private persist(orders: ReceivedOrder[]): Promise<unknown> {
    const snapshot = orders.map((order) => ({ ...order }));
    this.saving = this.saving.then(() => this.deps.saveOrders(snapshot)).catch(() => undefined);
    return this.saving;
  }
}
