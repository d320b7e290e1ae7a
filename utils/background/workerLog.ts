import { parseEventLog, EventLog, type NewEvent } from '../diagnostics/eventLog';
import { eventLogItem, readParsed, storageProblemItem } from '../storageItems';
import { storageWrites } from './storageWrites';

/**
 * The event log and the storage writes, the one pair that needs each other: the writes log a
 * failed one, and the event log's own writes are watched by it (the log saves later, never
 * while it is being built). `failed(what)` is how a step that failed is logged while the order
 * still alerts.
 */
export function workerLog() {
  const eventLog = new EventLog({
    load: () => readParsed(eventLogItem, parseEventLog),
    save: (events) => writes.save('the event log', () => eventLogItem.setValue(events)),
    now: Date.now,
  });
  const log = (event: NewEvent) => eventLog.record(event);
  const writes = storageWrites({
    log,
    publish: (problem) => storageProblemItem.setValue(problem),
    now: Date.now,
  });
  const failed = (what: string) => (error: unknown) => log({ kind: 'failure', what, error: String(error) });
  return { log, writes, failed };
}
