/** How often the order list is read while the socket is up, on average. */
export const RECONCILE_PERIOD_MS = 60_000;
/** Each wait is the period ±20 %, so twenty staff computers do not read in step. */
const JITTER = 0.2;
/** A read for another reason (a catch-up) this recently makes this one pointless. */
const FRESH_READ_MS = 20_000;

export interface ReconcilerDeps {
  /** One read of the order list: announces what the live stream never delivered. */
  reconcile(): Promise<unknown>;
  /** When the order list was last read for any reason; -Infinity if never. */
  lastReadAt(): number;
  now(): number;
  random(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  onError(error: unknown): void;
}

/**
 * The safety net under a healthy socket: a server whose broadcast fails, goes to another
 * process or is dropped by a proxy looks connected and stays silent. While the stream is
 * open the order list is read about once a minute (never two reads at once, skipped right
 * after a catch-up) and when the computer wakes; orders the socket never delivered are
 * announced through the same pipeline, up to a minute late instead of never.
 */
export class Reconciler {
  private timer: unknown = null;
  private reading: Promise<void> | null = null;
  private active = false;

  constructor(private readonly deps: ReconcilerDeps) {}

  /** The stream is open (reads run) or not (they stop). */
  setActive(active: boolean): void {
    if (active === this.active) return;
    this.active = active;
    if (active) this.schedule();
    else this.cancel();
  }

  /** The computer woke from sleep or idle: read now, then keep the rhythm. */
  wake(): void {
    if (!this.active) return;
    this.read().then(() => this.schedule(), this.deps.onError);
  }

  private schedule(): void {
    this.cancel();
    if (!this.active) return;
    const delay = RECONCILE_PERIOD_MS * (1 - JITTER + 2 * JITTER * this.deps.random());
    this.timer = this.deps.setTimeout(() => {
      this.timer = null;
      if (!this.active) return;
      if (this.deps.now() - this.deps.lastReadAt() < FRESH_READ_MS) return this.schedule();
      this.read().then(() => this.schedule(), this.deps.onError);
    }, delay);
  }

  private read(): Promise<void> {
    this.reading ??= this.deps
      .reconcile()
      .then(
        () => undefined,
        (error: unknown) => this.deps.onError(error),
      )
      .finally(() => {
        this.reading = null;
      });
    return this.reading;
  }

  private cancel(): void {
    if (this.timer !== null) this.deps.clearTimeout(this.timer);
    this.timer = null;
  }
}
