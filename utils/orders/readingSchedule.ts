import type { Timers } from '../timers';

/**
 * One rhythm of reading the order list, each in its own module: the safety net under an open
 * stream (`orders/safetyNet`) and list reading instead of an unusable one (`connection/listReading`).
 */
export interface ReadingRhythm {
  /** The average wait between two reads. */
  periodMs: number;
  /** When the rhythm begins, the list last read `sinceRead` ago: its first read at once (0) or in ms; absent, in a period. */
  firstReadIn?(sinceRead: number): number;
  /** Whether a read that falls due is skipped, the list having been read this recently for another reason. */
  skips(sinceRead: number): boolean;
  /** Whether the orders it finds are broadcasts the open stream lost (logged and counted as recovered). */
  recovers: boolean;
  /** Whether its reads must keep Chrome's worker awake, as a socket would. */
  keepsWorkerAwake: boolean;
}

/** Which rhythm reads the list now; `off`: none (signed out, offline, or down for reasons the list would share). */
export type ReadingMode = 'off' | 'safetyNet' | 'listReading';

const JITTER = 0.2;
/** A wait of the period ±20 %, so twenty staff computers do not read (or look) in step. */
export function jitteredPeriod(periodMs: number, random: () => number): number {
  return periodMs * (1 - JITTER + 2 * JITTER * random());
}

export interface ReadingScheduleDeps extends Timers {
  rhythms: Record<Exclude<ReadingMode, 'off'>, ReadingRhythm>;
  /** One read of the order list in that rhythm. */
  read(rhythm: ReadingRhythm): Promise<unknown>;
  /** When the order list was last read for any reason; -Infinity if never. */
  lastReadAt(): number;
  now(): number;
  random(): number;
  /** A read of the order list failed (logged as such; the rhythm goes on). */
  onReadFailed(error: unknown): void;
}

/**
 * The one timer of whichever rhythm reads the order list now: never two reads at once, a read at
 * once when the computer wakes, and each rhythm's own pace (its period, jittered) in between.
 */
export class ReadingSchedule {
  #timer: unknown = null;
  #reading: Promise<void> | null = null;
  #current: ReadingMode = 'off';

  readonly #deps: ReadingScheduleDeps;

  constructor(deps: ReadingScheduleDeps) {
    this.#deps = deps;
  }

  get mode(): ReadingMode {
    return this.#current;
  }

  /** What the stream's state asks of the list: the rhythm begins with its first read. */
  setMode(mode: ReadingMode): void {
    if (mode === this.#current) return;
    this.#current = mode;
    const rhythm = this.#rhythm();
    if (!rhythm) return this.#cancel();
    const first = rhythm.firstReadIn?.(this.#deps.now() - this.#deps.lastReadAt());
    if (first === 0) this.wake();
    else this.#schedule(first);
  }

  /** The computer woke from sleep or idle: read now, then keep the rhythm. */
  wake(): void {
    if (this.#current === 'off') return;
    this.#read().then(() => this.#schedule(), this.#deps.onReadFailed);
  }

  #rhythm(): ReadingRhythm | null {
    return this.#current === 'off' ? null : this.#deps.rhythms[this.#current];
  }

  #schedule(delay?: number): void {
    this.#cancel();
    const rhythm = this.#rhythm();
    if (!rhythm) return;
    delay ??= jitteredPeriod(rhythm.periodMs, this.#deps.random);
    this.#timer = this.#deps.setTimeout(() => {
      this.#timer = null;
      if (this.#current === 'off') return;
      if (rhythm.skips(this.#deps.now() - this.#deps.lastReadAt())) return this.#schedule();
      this.#read().then(() => this.#schedule(), this.#deps.onReadFailed);
    }, delay);
  }

  #read(): Promise<void> {
    const rhythm = this.#rhythm();
    if (!rhythm) return Promise.resolve();
    this.#reading ??= this.#deps
      .read(rhythm)
      .then(
        () => undefined,
        (error: unknown) => this.#deps.onReadFailed(error),
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
