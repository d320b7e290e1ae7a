import type { browser as browserApi } from 'wxt/browser';

/**
 * A staff member who just installed the extension from a store sees where to sign in at
 * once, instead of a silent icon. Not when an administrator's policy has already set the
 * server and a sign-in is in place (nothing to do).
 */
export function registerFirstRun(
  browser: typeof browserApi,
  deps: { ready: Promise<unknown>; signedIn(): boolean; onError(error: unknown): void },
): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    deps.ready.then(() => (deps.signedIn() ? undefined : browser.runtime.openOptionsPage())).catch(deps.onError);
  });
}
