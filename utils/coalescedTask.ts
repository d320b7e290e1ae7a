/**
 * Runs an async task once for any number of `schedule()` calls within `delayMs`, and
 * never two runs at once: a burst of changes becomes one storage write.
 */
export function coalescedTask(task: () => Promise<unknown>, delayMs: number) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();

  function run(): Promise<void> {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    running = running.then(task).then(
      () => undefined,
      (error: unknown) => console.warn('Saving failed:', error),
    );
    return running;
  }

  return {
    schedule(): void {
      // `run` never rejects: a failed task is reported inside it.
      timer ??= setTimeout(run, delayMs);
    },
    /** Runs a pending task now; resolves when everything scheduled so far has run. */
    flush(): Promise<void> {
      return timer !== null ? run() : running;
    },
  };
}
