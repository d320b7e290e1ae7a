/**
 * Everything about orders belongs to one shop server (its API origin): the list, the dedupe
 * store and the catch-up mark. Signing out or moving to another server starts empty and
 * erases the old server's orders, customers included, before anything arrives from the new one.
 */
/**
 * Counts the scopes the worker has been through. A read, a catch-up or an accept begins in
 * one; answered after another began, its answer belongs to the old server's list and is
 * dropped, never applied to the new one.
 */
export class ScopeGeneration {
  private value = 0;

  /** A new scope begins: everything begun before is stale. */
  advance(): void {
    this.value += 1;
  }

  /** Marks the start of some work; the result tells whether its scope is still the current one. */
  begin(): () => boolean {
    const startedIn = this.value;
    return () => startedIn === this.value;
  }
}

export interface OrderScopeDeps {
  generation: ScopeGeneration;
  /** The origin the stored orders belong to; null: none recorded (signed out, or a release before scopes). */
  readScope(): Promise<string | null>;
  writeScope(origin: string | null): Promise<unknown>;
  /** The server the stored catch-up mark names (its origin), if any. */
  markServer(): Promise<string | null>;
  /** Erases every order store of the scope that ended. */
  reset(): Promise<void>;
  /** Stored orders without a recorded scope were kept for this server (an update from 0.1.0). */
  onCarriedForward(origin: string): void;
}

export function orderScope(deps: OrderScopeDeps) {
  let current: Promise<string | null> | null = null;
  return {
    /** Follows the signed-in server; resolves once the stores belong to it. */
    async follow(apiBaseUrl: string | null): Promise<void> {
      const next = apiBaseUrl === null ? null : new URL(apiBaseUrl).origin;
      const previous = await (current ??= deps.readScope());
      if (previous === next) return;
      current = Promise.resolve(next);
      // No scope recorded: either nothing is stored (signed out, erased), or a release before
      // scopes (0.1.0) left its orders. Those belong to the server its mark names, which an
      // update keeps signed in: carry them forward rather than take every order as new again.
      if (previous === null && next !== null) {
        const marked = await deps.markServer();
        if (marked === null || marked === next) {
          await deps.writeScope(next);
          deps.onCarriedForward(next);
          return;
        }
      }
      deps.generation.advance();
      await deps.reset();
      await deps.writeScope(next);
    },
  };
}
