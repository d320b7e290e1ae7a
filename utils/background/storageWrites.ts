import type { Failed } from '../failed';
import type { StorageProblem } from '../diagnostics/storageProblem';

export interface StorageWritesDeps {
  /** A write that started failing (once, until it works again). */
  failed: Failed;
  /** Published for the popup and the troubleshooter (session storage: it has its own quota). */
  publish(problem: StorageProblem | null): Promise<unknown>;
  now(): number;
}

/**
 * Runs the worker's storage writes and keeps track of which fail. A failed write is an
 * event-log entry and a published problem, never an exception in an alert's way: the
 * stores keep working from memory, and the problem clears once their writes work again.
 */
export function storageWrites(deps: StorageWritesDeps) {
  const failing = new Set<string>();
  const publish = () =>
    deps.publish(failing.size === 0 ? null : { at: deps.now(), failing: [...failing] }).catch(() => undefined);
  return {
    async save(what: string, write: () => Promise<unknown>): Promise<void> {
      try {
        await write();
        if (failing.delete(what)) await publish();
      } catch (error) {
        if (!failing.has(what)) deps.failed(`saving ${what}`)(error);
        failing.add(what);
        await publish();
      }
    },
  };
}
export type StorageWrites = ReturnType<typeof storageWrites>;
