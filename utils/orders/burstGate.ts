export const BURST_WINDOW_MS = 2_000;
/** More than this many new orders within the window become one summary. */
export const BURST_THRESHOLD = 3;

/**
 * Decides whether a new order gets its own notification or joins a summary: more than
 * three within 2 s is a burst, shown as one summary instead of a stack of popups. The
 * first orders are never held back to find out: they are announced at once, and the
 * summary replaces them when the fourth arrives.
 */
export class BurstGate {
  private recent: { orderId: number; at: number }[] = [];
  private burst: number[] | null = null;

  /** `single`, or `burst` with every order of the burst so far, oldest first. */
  admit(orderId: number, now: number): { kind: 'single' } | { kind: 'burst'; orderIds: number[]; started: boolean } {
    this.recent = this.recent.filter((entry) => now - entry.at < BURST_WINDOW_MS);
    if (this.recent.length === 0) this.burst = null;
    this.recent.push({ orderId, at: now });
    if (this.burst) {
      this.burst.push(orderId);
      return { kind: 'burst', orderIds: [...this.burst], started: false };
    }
    if (this.recent.length <= BURST_THRESHOLD) return { kind: 'single' };
    this.burst = this.recent.map((entry) => entry.orderId);
    return { kind: 'burst', orderIds: [...this.burst], started: true };
  }
}
