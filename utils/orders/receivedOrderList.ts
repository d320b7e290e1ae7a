import { coalescedTask, type CoalescedTaskDeps } from '../coalescedTask';
import type { Acceptance, OrderSource, ReceivedOrder } from './receivedOrderSchema';
import type { Order } from './order';
import { needsStaff } from './orderFilter';

/** The toolbar badge: unseen orders, capped so it stays legible; empty when none. */
export function badgeText(unseenCount: number): string {
  if (unseenCount <= 0) return '';
  return unseenCount > 99 ? '99+' : String(unseenCount);
}

/** How many orders the popup's list keeps; it shows the latest 50. */
const MAX_RECEIVED_ORDERS = 1_000;
/** Only the orders the popup shows keep a thumbnail: 50 × ≤ 14 KB stays well inside storage's 10 MB. */
export const MAX_THUMBNAILS = 50;
const SAVE_DELAY_MS = 50;

export interface ReceivedOrderListDeps extends CoalescedTaskDeps {
  load(): Promise<ReceivedOrder[]>;
  save(orders: ReceivedOrder[]): Promise<unknown>;
  now(): number;
}

/**
 * The orders staff see in the popup, newest first, with what they have seen. Kept in
 * memory after one load; changes made in the same task are saved in one write.
 */
export class ReceivedOrderList {
  #orders: ReceivedOrder[] = [];
  /** Kept as orders change, so the badge costs nothing per order however many arrive. */
  #unseen = 0;
  #loading: Promise<void> | null = null;
  #generation = 0;
  readonly #saver;

  readonly #deps: ReceivedOrderListDeps;

  constructor(deps: ReceivedOrderListDeps) {
    this.#deps = deps;
    this.#saver = coalescedTask(
      'saving the order list',
      () => deps.save(this.#orders.map((order) => ({ ...order }))),
      SAVE_DELAY_MS,
      deps,
    );
  }

  load(): Promise<void> {
    const generation = this.#generation;
    this.#loading ??= this.#deps.load().then(
      (orders) => {
        // Reset meanwhile: what was stored belongs to the scope that ended.
        if (generation !== this.#generation) return;
        // An accept still "in progress" in storage belonged to a worker that stopped mid-request.
        const stored = orders.map((order) =>
          order.acceptance?.state === 'accepting'
            ? {
                ...order,
                acceptance: { state: 'failed' as const, at: order.acceptance.at, problem: 'interrupted' as const },
              }
            : order,
        );
        // Orders taken in while the stored list could not be read stay, and win over their stored copy.
        const inMemory = new Set(this.#orders.map((order) => order.id));
        this.#orders = [...this.#orders, ...stored.filter((order) => !inMemory.has(order.id))].sort(
          (a, b) => b.id - a.id,
        );
        this.#orders.splice(MAX_RECEIVED_ORDERS);
        this.#unseen = this.#orders.reduce((count, order) => count + (order.seen ? 0 : 1), 0);
      },
      (error: unknown) => {
        // A failed read is not kept: the next call reads again.
        this.#loading = null;
        throw error;
      },
    );
    return this.#loading;
  }

  add(order: Order, source: OrderSource, seen: boolean): void {
    // Newest (highest id) first; new orders almost always go to the front.
    const at = this.#orders.findIndex((known) => known.id <= order.id);
    if (at !== -1 && this.#orders[at]!.id === order.id) return;
    this.#orders.splice(at === -1 ? this.#orders.length : at, 0, {
      ...order,
      receivedAt: this.#deps.now(),
      seen,
      source,
    });
    // The order pushed out of the shown 50 gives up its thumbnail.
    if (at !== -1 && at < MAX_THUMBNAILS) delete this.#orders[MAX_THUMBNAILS]?.thumbnail;
    if (!seen) this.#unseen += 1;
    for (const dropped of this.#orders.splice(MAX_RECEIVED_ORDERS)) if (!dropped.seen) this.#unseen -= 1;
    this.#saver.schedule();
  }

  /** Marks the given orders, or all, as seen. */
  markSeen(orderIds?: readonly number[]): void {
    let changed = false;
    for (const order of this.#orders) {
      if (!order.seen && (!orderIds || orderIds.includes(order.id))) {
        order.seen = true;
        this.#unseen -= 1;
        changed = true;
      }
    }
    if (changed) this.#saver.schedule();
  }

  /**
   * Takes in statuses read from the server. Returns the orders that needed someone and no
   * longer do (a colleague accepted them, or they are over): the caller settles them.
   */
  applyStatuses(statuses: readonly { id: number; status: string }[]): number[] {
    const handled: number[] = [];
    let changed = false;
    for (const { id, status } of statuses) {
      const order = this.#orders.find((known) => known.id === id);
      if (!order || order.status === status) continue;
      const neededStaff = needsStaff(order.status);
      order.status = status;
      changed = true;
      if (neededStaff && !needsStaff(status)) handled.push(id);
    }
    if (changed) this.#saver.schedule();
    return handled;
  }

  /** Keeps an order's picture thumbnail; it goes with the order when the list lets the order go. */
  setThumbnail(orderId: number, thumbnail: string): void {
    const at = this.#orders.findIndex((known) => known.id === orderId);
    if (at === -1 || at >= MAX_THUMBNAILS) return;
    this.#orders[at]!.thumbnail = thumbnail;
    this.#saver.schedule();
  }

  setAcceptance(orderId: number, acceptance: Acceptance): void {
    const order = this.#orders.find((known) => known.id === orderId);
    if (!order) return;
    order.acceptance = acceptance;
    this.#saver.schedule();
  }

  /** Orders received since `since` that still need someone, seen or not. */
  awaitingStaffSince(since: number): ReceivedOrder[] {
    return this.#orders.filter((order) => needsStaff(order.status) && order.receivedAt >= since);
  }

  highestId(): number | null {
    return this.#orders[0]?.id ?? null;
  }

  byIds(orderIds: readonly number[]): ReceivedOrder[] {
    return orderIds.flatMap((orderId) => this.#orders.find((order) => order.id === orderId) ?? []);
  }

  unseenCount(): number {
    return this.#unseen;
  }

  oldestUnseenAt(): number | null {
    if (this.#unseen === 0) return null;
    let oldest = Infinity;
    for (const order of this.#orders) if (!order.seen) oldest = Math.min(oldest, order.receivedAt);
    return Number.isFinite(oldest) ? oldest : null;
  }

  /** Forgets every order: a new scope (another server, or signed out) starts empty. */
  reset(): void {
    this.#generation += 1;
    this.#loading = Promise.resolve();
    this.#orders = [];
    this.#unseen = 0;
    this.#saver.schedule();
  }

  /** Resolves once every change so far is saved. */
  flush(): Promise<void> {
    return this.#saver.flush();
  }
}
