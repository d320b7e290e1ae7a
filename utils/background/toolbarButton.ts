import type { browser as browserApi } from 'wxt/browser';
import type { ConnectionStatus } from '../connection/connectionStatus';
import type { Failed } from '../failed';
import type { Language } from '../i18n/language';
import { toolbarAppearance } from '../ui/toolbarAppearance';

/**
 * The extension's toolbar button: its icon and tooltip tell the connection, its badge the
 * unseen orders. Drawing it never gets in the way of the connection or an alert: a
 * failure, even a synchronous throw, is `failed('drawing the toolbar button')`.
 */
export function toolbarButton(browser: typeof browserApi, failed: Failed) {
  const drawFailed = failed('drawing the toolbar button');
  const draw = (paint: () => Promise<unknown>) => {
    try {
      paint().catch(drawFailed);
    } catch (error) {
      drawFailed(error);
    }
  };
  // MV2 (Firefox) calls it `browserAction`: same calls.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  return {
    showConnection(status: ConnectionStatus, language: Language, now: number): void {
      const appearance = toolbarAppearance(status, now, language);
      draw(() =>
        Promise.all([
          action.setIcon({ path: appearance.icon }),
          action.setTitle({ title: appearance.title }),
          action.setBadgeBackgroundColor({ color: appearance.badgeColor }),
        ]),
      );
    },
    setBadgeText(text: string): void {
      draw(() => action.setBadgeText({ text }));
    },
  };
}
