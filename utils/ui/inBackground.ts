/**
 * A page's fire-and-forget action (a click, a message to the worker): its failure is
 * reported on the page's console instead of disappearing as an unhandled rejection.
 */
export function inBackground(task: Promise<unknown>, what: string): void {
  task.catch((error: unknown) => console.warn(`${what} failed:`, error));
}
