import type { browser as browserApi } from 'wxt/browser';
import type { Failed } from '../failed';

/**
 * A staff member who just installed the extension from a store sees where to sign in at
 * once, instead of a silent icon. Not when an administrator's policy has already set the
 * server and a sign-in is in place (nothing to do).
 */
export function registerFirstRun(
  browser: typeof browserApi,
  deps: { ready: Promise<unknown>; signedIn(): boolean; failed: Failed },
): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    deps.ready
      .then(() => (deps.signedIn() ? undefined : browser.runtime.openOptionsPage()))
      .catch(deps.failed('opening the sign-in page'));
  });
}
