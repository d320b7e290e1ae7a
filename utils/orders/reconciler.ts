import type { Timers } from '../timers';
/** How often the order list is read while the socket is up, on average. */
export const RECONCILE_PERIOD_MS = 60_000;
/** How often it is read while the stream is unusable and the list is the only way orders come. */
export const LIST_READING_PERIOD_MS = 15_000;
/**
 * `safetyNet`: the stream is open, the list catches what its broadcast lost. `listReading`:
 * the stream is refused, the list is how orders arrive. `off`: neither (signed out, offline,
 * or the stream is down for reasons the list would share).
 */
export type ReadingMode = 'off' | 'safetyNet' | 'listReading';
const JITTER = 0.2;
/** A wait of the period ±20 %, so twenty staff computers do not read (or look) in step. */
export function jitteredPeriod(periodMs: number, random: () => number): number {
  return periodMs * (1 - JITTER + 2 * JITTER * random());
}
/** A read for another reason (a catch-up) this recently makes this one pointless. */
const FRESH_READ_MS = 20_000;

export interface ReconcilerDeps extends Timers {
  /** One read of the order list: announces what the live stream never delivered (or, reading, every new order). */
  reconcile(mode: Exclude<ReadingMode, 'off'>): Promise<unknown>;
  /** When the order list was last read for any reason; -Infinity if never. */
  lastReadAt(): number;
  now(): number;
  random(): number;
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
  #timer: unknown = null;
  #reading: Promise<void> | null = null;
  #current: ReadingMode = 'off';

  readonly #deps: ReconcilerDeps;

  constructor(deps: ReconcilerDeps) {
    this.#deps = deps;
  }

  get mode(): ReadingMode {
    return this.#current;
  }

  /**
   * What the stream's state asks of the list. Entering list reading reads at once (orders may be
   * waiting), unless the list was read less than a period ago: a stream that opens and drops every
   * second must not turn every drop into a read.
   */
  setMode(mode: ReadingMode): void {
    if (mode === this.#current) return;
    this.#current = mode;
    if (mode === 'off') return this.#cancel();
    if (mode === 'safetyNet') return this.#schedule();
    const sinceRead = this.#deps.now() - this.#deps.lastReadAt();
    if (sinceRead >= LIST_READING_PERIOD_MS) this.wake();
    else this.#schedule(LIST_READING_PERIOD_MS - sinceRead);
  }

  /** The computer woke from sleep or idle: read now, then keep the rhythm. */
  wake(): void {
    if (this.#current === 'off') return;
    this.#read().then(() => this.#schedule(), this.#deps.onError);
  }

  #schedule(delay?: number): void {
    this.#cancel();
    if (this.#current === 'off') return;
    const reading = this.#current === 'listReading';
    delay ??= jitteredPeriod(reading ? LIST_READING_PERIOD_MS : RECONCILE_PERIOD_MS, this.#deps.random);
    this.#timer = this.#deps.setTimeout(() => {
      this.#timer = null;
      if (this.#current === 'off') return;
      // The safety net skips a read right after a catch-up; list reading keeps its rhythm.
      if (!reading && this.#deps.now() - this.#deps.lastReadAt() < FRESH_READ_MS) return this.#schedule();
      this.#read().then(() => this.#schedule(), this.#deps.onError);
    }, delay);
  }

  #read(): Promise<void> {
    const mode = this.#current;
    if (mode === 'off') return Promise.resolve();
    this.#reading ??= this.#deps
      .reconcile(mode)
      .then(
        () => undefined,
        (error: unknown) => this.#deps.onError(error),
      )
      .finally(() => {
        this.#reading = null;
      });
    return this.#reading;
  }

  #cancel(): void {
    if (this.#timer !== null) this.#deps.clearTimeout(this.#timer);
    this.#timer = null;
  }
}
