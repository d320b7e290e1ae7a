import type { Order } from './order';

export const BURST_WINDOW_MS = 2_000;
/** More than this many new orders within the window become one summary. */
const BURST_THRESHOLD = 3;
/** A summary lists this many orders by name; the rest are counted. */
export const SUMMARY_LISTED = 5;

/** A summary to show: how many orders it stands for, and the first few it names. */
export interface BurstSummary {
  kind: 'burst';
  count: number;
  listed: readonly Order[];
  /** Orders that got their own notification before the burst began: the summary takes them over. */
  replacing: number[];
}

/**
 * Decides whether a new order gets its own notification or joins a summary: more than
 * three within 2 s is a burst, shown as one summary instead of a stack of popups. The
 * first orders are never held back to find out: they are announced at once, and the
 * summary replaces them when the fourth arrives. A burst keeps a count and its first few
 * orders, never the whole list: admitting an order costs the same in a flood of 10,000.
 */
export class BurstGate {
  /** The latest orders (at most one more than the threshold), with when they came. */
  #recent: { order: Order; at: number }[] = [];
  #burst: { count: number; listed: Order[] } | null = null;

  admit(order: Order, now: number): { kind: 'single' } | BurstSummary {
    this.#recent = this.#recent.filter((entry) => now - entry.at < BURST_WINDOW_MS);
    if (this.#recent.length === 0) this.#burst = null;
    this.#recent.push({ order, at: now });
    if (this.#recent.length > BURST_THRESHOLD + 1) this.#recent.shift();
    if (this.#burst) {
      this.#burst.count += 1;
      if (this.#burst.listed.length < SUMMARY_LISTED) this.#burst.listed.push(order);
      return { kind: 'burst', count: this.#burst.count, listed: this.#burst.listed, replacing: [] };
    }
    if (this.#recent.length <= BURST_THRESHOLD) return { kind: 'single' };
    const listed = this.#recent.map((entry) => entry.order);
    this.#burst = { count: listed.length, listed };
    return {
      kind: 'burst',
      count: listed.length,
      listed,
      replacing: listed.slice(0, -1).map((first) => first.id),
    };
  }
}
