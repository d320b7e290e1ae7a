import { coalescedTask, type CoalescedTaskDeps } from '../coalescedTask';

/** Storage keys of the dedupe store: one entry per order id, its value when it was first seen. */
export const KNOWN_ORDER_PREFIX = 'knownOrder:';
export const KNOWN_ORDERS_MAX_COUNT = 5_000;
export const KNOWN_ORDERS_MAX_AGE_MS = 30 * 24 * 60 * 60_000;
const WRITE_DELAY_MS = 50;

/** The dedupe store in an extension storage area (`browser.storage.local`). */
export function knownOrdersIn(area: {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}): KnownOrdersStorage {
  return {
    readAll: async (prefix) =>
      Object.fromEntries(Object.entries(await area.get(null)).filter(([key]) => key.startsWith(prefix))),
    write: (entries) => area.set(entries),
    remove: (keys) => area.remove(keys),
  };
}

export interface KnownOrdersStorage {
  /** Every stored entry whose key starts with the prefix. */
  readAll(prefix: string): Promise<Record<string, unknown>>;
  write(entries: Record<string, number>): Promise<unknown>;
  remove(keys: string[]): Promise<unknown>;
}

/**
 * The order ids this extension has already taken in, so a repeated broadcast, a catch-up
 * overlap or a worker restart never announces an order twice. Entries live in extension
 * storage (one key each, so writers never overwrite each other's), bounded by age and
 * count and swept on load. After `load()`, `claim()` is synchronous: concurrent events
 * cannot both win, and no storage round trip sits on the alert's path.
 */
export class KnownOrders {
  /** Oldest first (insertion order), so making room never sorts. */
  #firstSeen = new Map<number, number>();
  #loading: Promise<void> | null = null;
  #generation = 0;
  #pending: Record<string, number> = {};
  readonly #writer;

  readonly #storage: KnownOrdersStorage;
  readonly #now: () => number;

  constructor(storage: KnownOrdersStorage, now: () => number, deps: CoalescedTaskDeps) {
    this.#storage = storage;
    this.#now = now;
    this.#writer = coalescedTask('saving the duplicate protection', () => this.#writePending(), WRITE_DELAY_MS, deps);
  }

  load(): Promise<void> {
    const generation = this.#generation;
    this.#loading ??= this.#storage.readAll(KNOWN_ORDER_PREFIX).then(
      async (entries) => {
        // Reset meanwhile: what was stored belongs to the scope that ended.
        if (generation !== this.#generation) return;
        await this.#adopt(entries);
      },
      (error: unknown) => {
        // A failed read is not kept: the next call reads again.
        this.#loading = null;
        throw error;
      },
    );
    return this.#loading;
  }

  /** True the first time an order id is claimed, false ever after. Call after `load()`. */
  claim(orderId: number): boolean {
    if (this.#firstSeen.has(orderId)) return false;
    const now = this.#now();
    this.#firstSeen.set(orderId, now);
    this.#schedulePersist(orderId, now);
    return true;
  }

  /** Whether this order id was taken in before. Call after `load()`. */
  has(orderId: number): boolean {
    return this.#firstSeen.has(orderId);
  }

  get size(): number {
    return this.#firstSeen.size;
  }

  /** Writes pending claims now; resolves once they are in storage. */
  flush(): Promise<void> {
    return this.#writer.flush();
  }

  #adopt(entries: Record<string, unknown>): Promise<unknown> {
    const cutoff = this.#now() - KNOWN_ORDERS_MAX_AGE_MS;
    const valid: [number, number][] = [];
    const expired: string[] = [];
    for (const [key, value] of Object.entries(entries)) {
      const orderId = Number(key.slice(KNOWN_ORDER_PREFIX.length));
      if (Number.isInteger(orderId) && typeof value === 'number' && value >= cutoff) valid.push([orderId, value]);
      else expired.push(key);
    }
    valid.sort((a, b) => b[1] - a[1] || b[0] - a[0]);
    for (const [orderId] of valid.splice(KNOWN_ORDERS_MAX_COUNT)) expired.push(`${KNOWN_ORDER_PREFIX}${orderId}`);
    // Stored entries go before the ones claimed meanwhile, which keep their newer timestamp.
    const stored = valid.reverse().filter(([orderId]) => !this.#firstSeen.has(orderId));
    this.#firstSeen = new Map([...stored, ...this.#firstSeen]);
    return expired.length > 0 ? this.#storage.remove(expired) : Promise.resolve();
  }

  /** Claims close together are written together: a burst of orders is a few writes, not one each. */
  #schedulePersist(orderId: number, seenAt: number): void {
    this.#pending[`${KNOWN_ORDER_PREFIX}${orderId}`] = seenAt;
    this.#writer.schedule();
  }

  async #writePending(): Promise<void> {
    const batch = this.#pending;
    this.#pending = {};
    if (Object.keys(batch).length > 0) await this.#storage.write(batch);
    await this.#evictOverflow();
  }

  async #evictOverflow(): Promise<void> {
    let overflow = this.#firstSeen.size - KNOWN_ORDERS_MAX_COUNT;
    if (overflow <= 0) return;
    const evicted: string[] = [];
    for (const orderId of this.#firstSeen.keys()) {
      if (overflow-- <= 0) break;
      this.#firstSeen.delete(orderId);
      evicted.push(`${KNOWN_ORDER_PREFIX}${orderId}`);
    }
    await this.#storage.remove(evicted);
  }

  /** Forgets every order id: a new scope (another server, or signed out) starts empty. */
  async reset(): Promise<void> {
    this.#generation += 1;
    this.#loading = Promise.resolve();
    this.#firstSeen.clear();
    this.#pending = {};
    // Everything stored under the prefix, whatever this worker loaded or claimed.
    await this.#storage.remove(Object.keys(await this.#storage.readAll(KNOWN_ORDER_PREFIX)));
  }
}
