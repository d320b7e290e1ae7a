import { coalescedTask } from '../coalescedTask';

/** How many events the log keeps: the newest win. */
export const EVENT_LOG_SIZE = 500;
const WRITE_DELAY_MS = 500;

/** The kind of event the troubleshooter counts to tell a connection that keeps dropping. */
export const CONNECTION_LOST = 'connectionLost';

export interface LoggedEvent {
  at: number;
  /** What happened, e.g. `connection`, `order`, `frameIgnored`, `sound`. */
  kind: string;
  /** Plain words for a person reading the report; never a token. */
  detail: string;
}

export interface EventLogDeps {
  load(): Promise<LoggedEvent[]>;
  save(events: LoggedEvent[]): Promise<unknown>;
  now(): number;
}

/**
 * A bounded ring of what the extension did, for the troubleshooter and for support:
 * kept in memory, written behind (never on the alert's path), the newest 500 kept.
 */
export class EventLog {
  private events: LoggedEvent[] = [];
  private readonly ready: Promise<void>;
  private readonly writer = coalescedTask(() => this.deps.save(this.events.slice()), WRITE_DELAY_MS);

  constructor(private readonly deps: EventLogDeps) {
    this.ready = deps.load().then(
      (stored) => {
        // Events recorded while loading come after the stored ones.
        this.events = [...stored, ...this.events].slice(-EVENT_LOG_SIZE);
      },
      () => undefined,
    );
  }

  record(kind: string, detail: string): void {
    this.events.push({ at: this.deps.now(), kind, detail });
    if (this.events.length > EVENT_LOG_SIZE) this.events.splice(0, this.events.length - EVENT_LOG_SIZE);
    void this.ready.then(() => this.writer.schedule());
  }

  async flush(): Promise<void> {
    await this.ready;
    await this.writer.flush();
  }
}
