import type { browser as browserApi } from 'wxt/browser';

/**
 * Whether alerts go on with every browser window closed. Chrome and Edge keep running in the
 * background (and start at login) while an installed extension holds the `background`
 * permission, unless the browser's own setting or the administrator's `BackgroundModeEnabled`
 * policy turns that off; Firefox has no equivalent: it stops with its last window.
 */
export type BackgroundMode = 'keptRunning' | 'stopsWithWindows' | 'unavailable';

export async function backgroundMode(browser: typeof browserApi): Promise<BackgroundMode> {
  if (import.meta.env.FIREFOX) return 'unavailable';
  const held = await browser.permissions.contains({ permissions: ['background'] }).catch(() => false);
  return held ? 'keptRunning' : 'stopsWithWindows';
}
