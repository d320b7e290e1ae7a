import type { browser as browserApi } from 'wxt/browser';
import type { ConnectionStatus } from '../connection/connectionStatus';
import type { Language } from '../i18n/language';
import { toolbarAppearance } from '../ui/toolbarAppearance';

/** The extension's toolbar button: its icon and tooltip tell the connection, its badge the unseen orders. */
export function toolbarButton(browser: typeof browserApi, onError: (error: unknown) => void) {
  return {
    showConnection(status: ConnectionStatus, language: Language, now: number): void {
      const appearance = toolbarAppearance(status, now, language);
      Promise.all([
        browser.action.setIcon({ path: appearance.icon }),
        browser.action.setTitle({ title: appearance.title }),
        browser.action.setBadgeBackgroundColor({ color: appearance.badgeColor }),
      ]).catch(onError);
    },
    setBadgeText(text: string): void {
      browser.action.setBadgeText({ text }).catch(onError);
    },
  };
}
