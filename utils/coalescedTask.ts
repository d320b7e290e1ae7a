import type { Failed } from './failed';
import type { Timers } from './timers';

/** What a write-behind waits with, and where its failure goes. */
export interface CoalescedTaskDeps extends Timers {
  failed: Failed;
}

/**
 * Runs an async task once for any number of `schedule()` calls within `delayMs`, and
 * never two runs at once: a burst of changes becomes one storage write. A failed run is
 * `failed(what)`.
 */
export function coalescedTask(what: string, task: () => Promise<unknown>, delayMs: number, deps: CoalescedTaskDeps) {
  let timer: unknown = null;
  let running: Promise<void> = Promise.resolve();
  const failed = deps.failed(what);

  function run(): Promise<void> {
    if (timer !== null) deps.clearTimeout(timer);
    timer = null;
    running = running.then(task).then(() => undefined, failed);
    return running;
  }

  return {
    schedule(): void {
      // `run` never rejects: a failed task is reported inside it.
      timer ??= deps.setTimeout(run, delayMs);
    },
    /** Runs a pending task now; resolves when everything scheduled so far has run. */
    flush(): Promise<void> {
      return timer !== null ? run() : running;
    },
  };
}
