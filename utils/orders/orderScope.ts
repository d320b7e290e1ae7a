import { originOf } from '../shop/shopUrls';

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
  #value = 0;

  /** A new scope begins: everything begun before is stale. */
  advance(): void {
    this.#value += 1;
  }

  /** Marks the start of some work; the result tells whether its scope is still the current one. */
  begin(): () => boolean {
    const startedIn = this.#value;
    return () => startedIn === this.#value;
  }
}

export interface OrderScopeDeps {
  generation: ScopeGeneration;
  /** The stored scope as it is, read through `scopeOf` here: the origin the stored orders belong to. */
  readScope(): Promise<unknown>;
  writeScope(origin: string | null): Promise<unknown>;
  /** The server the stored catch-up mark names (its origin), if any. */
  markServer(): Promise<string | null>;
  /** Erases every order store of the scope that ended. */
  reset(): Promise<void>;
  /** Stored orders without a recorded scope were kept for this server (an update from 0.1.0). */
  onCarriedForward(origin: string): void;
}

/** What a stored scope that is neither an origin nor absent reads as: it equals no server's origin. */
const UNKNOWN_SCOPE = 'unknown';

/**
 * The origin the stored orders belong to; null when none is recorded (signed out, or a release
 * before scopes). Anything else stored there (another writer, a corrupt disk) names no server:
 * its orders are erased on the next sign-in rather than carried forward to whichever server that is.
 */
function scopeOf(stored: unknown): string | null {
  if (stored === null || stored === undefined) return null;
  return typeof stored === 'string' && originOf(stored) === stored ? stored : UNKNOWN_SCOPE;
}

export function orderScope(deps: OrderScopeDeps) {
  let current: Promise<string | null> | null = null;
  return {
    /** Follows the signed-in server; resolves once the stores belong to it. */
    async follow(apiBaseUrl: string | null): Promise<void> {
      const next = apiBaseUrl === null ? null : new URL(apiBaseUrl).origin;
      const previous = await (current ??= deps.readScope().then(scopeOf));
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
