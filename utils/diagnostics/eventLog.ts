import * as z from 'zod/mini';
import { coalescedTask, type CoalescedTaskDeps } from '../coalescedTask';
import { shownText, TEXT_LIMITS } from '../text/shownText';

/** How many events the log keeps: the newest win. */
export const EVENT_LOG_SIZE = 500;
const WRITE_DELAY_MS = 500;

/** A read of the order list failed: stored as 'catchUp', the name the first releases gave it (kept). */
export const LIST_READ_FAILED = 'catchUp';

const at = z.number();
/** How many times this same event happened in a row of recent entries (absent: once). */
const count = z.optional(z.int().check(z.positive()));
const socketClose = { at, count, code: z.number(), reason: z.string() };

/**
 * One thing the extension did, as typed fields: the troubleshooter counts and reads them
 * (close codes, outcomes) without parsing prose; `describeEvent` (eventWords) words them for people.
 * Never a token, never customer data.
 */
const loggedEventSchema = z.union([
  /** A connection state change; `cause` is the retry problem or the rejection reason. */
  z.object({
    at,
    count,
    kind: z.literal('connection'),
    state: z.string(),
    cause: z.optional(z.string()),
    closeCode: z.optional(z.number()),
  }),
  /** An open connection ended (`silent` closes included): what the stability check counts. */
  z.object({ ...socketClose, kind: z.literal('connectionLost') }),
  z.object({ ...socketClose, kind: z.literal('handshakeFailed') }),
  z.object({ at, count, kind: z.literal('probe'), verdict: z.enum(['retry', 'refused']), cause: z.string() }),
  z.object({ at, count, kind: z.literal('frameIgnored'), reason: z.string() }),
  z.object({
    at,
    count,
    kind: z.literal('order'),
    orderId: z.number(),
    orderNumber: z.optional(z.string()),
    outcome: z.string(),
  }),
  /** An order announced although the server left fields out or sent them as another type. */
  z.object({
    at,
    count,
    kind: z.literal('orderShape'),
    orderId: z.number(),
    missing: z.array(z.string()),
    coerced: z.array(z.string()),
  }),
  /** An order the live stream never delivered, found by reading the list while connected. */
  z.object({ at, count, kind: z.literal('orderRecovered'), orderId: z.number() }),
  /** An order's picture that got no thumbnail, and why (not an image, too large, unreachable…). */
  z.object({ at, count, kind: z.literal('picture'), orderId: z.number(), problem: z.string() }),
  /** A read or an accept started for a server signed out of (or moved from) meanwhile: its answer was dropped. */
  z.object({ at, count, kind: z.literal('readDropped'), what: z.string() }),
  /** Orders stored by a release without scopes (0.1.0) kept for the server they came from, on update. */
  z.object({ at, count, kind: z.literal('dataCarried'), origin: z.string() }),
  /** A catch-up could not reach back to the last order seen: some may be missing. */
  z.object({ at, count, kind: z.literal('catchUpGap') }),
  /** No `problem`: the server accepted it. */
  z.object({ at, count, kind: z.literal('accept'), orderId: z.number(), problem: z.optional(z.string()) }),
  /** No `error`: status reads work again after a failing streak. */
  z.object({ at, count, kind: z.literal('statusRead'), error: z.optional(z.string()) }),
  z.object({ at, count, kind: z.literal(LIST_READ_FAILED), error: z.string() }),
  z.object({ at, count, kind: z.literal('sound'), sound: z.string(), error: z.string() }),
  /** A spoken order that could not be said ('noVoice': no voice of the language installed). */
  z.object({ at, count, kind: z.literal('speech'), error: z.string() }),
  /** A token the dashboard offered and the extension did not take, and why. */
  z.object({ at, count, kind: z.literal('dashboardSession'), ignored: z.string() }),
  /** Something the worker did in the background failed (a storage write, a browser call). */
  z.object({ at, count, kind: z.literal('failure'), what: z.string(), error: z.string() }),
]);
export type LoggedEvent = z.infer<typeof loggedEventSchema>;
type WithoutTime<T> = T extends unknown ? Omit<T, 'at'> : never;
/** An event as recorded: the log stamps the time. */
export type NewEvent = WithoutTime<LoggedEvent>;

/** The stored log, entry by entry: anything unreadable is dropped, never the whole log. */
export function parseEventLog(stored: unknown): LoggedEvent[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry) => {
    const parsed = loggedEventSchema.safeParse(entry);
    // An older release stored the server's text as it came.
    return parsed.success ? [shownTexts(parsed.data)] : [];
  });
}

/** How far back an event looks for its twin to merge with. */
const MERGE_WINDOW = 8;

/**
 * Every text of an entry as one bounded plain line: a close reason or an error is the
 * server's (or a browser's) text, and the report is read as lines (`[pass] …`). The one
 * place an entry's texts are cleaned, whether recorded now or read back.
 */
function shownTexts<Event extends NewEvent | LoggedEvent>(event: Event): Event {
  const shown = (value: unknown) => (typeof value === 'string' ? shownText(value, TEXT_LIMITS.loggedText) : value);
  return Object.fromEntries(Object.entries(event).map(([key, value]) => [key, shown(value)])) as Event;
}

export interface EventLogDeps extends CoalescedTaskDeps {
  load(): Promise<LoggedEvent[]>;
  save(events: LoggedEvent[]): Promise<unknown>;
  now(): number;
}

/**
 * A bounded ring of what the extension did, for the troubleshooter and for support:
 * kept in memory, written behind (never on the alert's path), the newest 500 kept.
 */
export class EventLog {
  #events: LoggedEvent[] = [];
  readonly #ready: Promise<void>;
  readonly #writer;

  readonly #deps: EventLogDeps;

  constructor(deps: EventLogDeps) {
    this.#deps = deps;
    // Written only once loaded: never over the events a previous worker stored.
    this.#writer = coalescedTask(
      'saving the event log',
      async () => {
        await this.#ready;
        await deps.save(this.#events.slice());
      },
      WRITE_DELAY_MS,
      deps,
    );
    this.#ready = deps.load().then(
      (stored) => {
        // Events recorded while loading come after the stored ones.
        this.#events = [...stored, ...this.#events].slice(-EVENT_LOG_SIZE);
      },
      () => undefined,
    );
  }

  /**
   * Records an event. The same event again among the latest few (a server that accepts and
   * drops every socket repeats a short cycle) merges into one entry with a count, so the log
   * keeps room for what else happened. Long texts are cut: the log has a byte budget too.
   */
  record(event: NewEvent): void {
    const entry = shownTexts(event);
    const same = JSON.stringify(entry);
    const from = Math.max(0, this.#events.length - MERGE_WINDOW);
    for (let index = this.#events.length - 1; index >= from; index--) {
      const { at: _at, count: earlier = 1, ...rest } = this.#events[index]!;
      if (JSON.stringify(rest) !== same) continue;
      this.#events.splice(index, 1);
      this.#events.push({ ...entry, at: this.#deps.now(), count: earlier + 1 } as LoggedEvent);
      this.#writer.schedule();
      return;
    }
    this.#events.push({ ...entry, at: this.#deps.now() } as LoggedEvent);
    if (this.#events.length > EVENT_LOG_SIZE) this.#events.splice(0, this.#events.length - EVENT_LOG_SIZE);
    this.#writer.schedule();
  }

  async flush(): Promise<void> {
    await this.#ready;
    await this.#writer.flush();
  }
}
