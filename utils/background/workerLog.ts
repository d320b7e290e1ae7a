import { parseEventLog, EventLog, type NewEvent } from '../diagnostics/eventLog';
import type { Failed } from '../failed';
import { eventLogItem, readParsed, storageProblemItem } from '../storageItems';
import { browserTimers } from '../timers';
import { storageWrites } from './storageWrites';

/**
 * The event log and the storage writes, the one pair that needs each other: the writes log a
 * failed one, and the event log's own writes are watched by it (the log saves later, never
 * while it is being built). `failed(what)` is how a step that failed is logged while the order
 * still alerts; `writeBehind` is what every write-behind of the worker waits with and fails to.
 */
export function workerLog() {
  const failed: Failed = (what) => (error) => log({ kind: 'failure', what, error: String(error) });
  const writeBehind = { ...browserTimers, failed };
  const eventLog = new EventLog({
    load: () => readParsed(eventLogItem, parseEventLog),
    save: (events) => writes.save('the event log', () => eventLogItem.setValue(events)),
    now: Date.now,
    ...writeBehind,
  });
  const log = (event: NewEvent) => eventLog.record(event);
  const writes = storageWrites({
    failed,
    publish: (problem) => storageProblemItem.setValue(problem),
    now: Date.now,
  });
  return { log, writes, failed, writeBehind };
}
