import { parseSession } from '../shop/session';
import type { browser as browserApi } from 'wxt/browser';
import { onMessage } from '../messaging';
import { adoptDashboardToken } from '../shop/adoptDashboardToken';
import { dashboardOriginPattern, isDashboardPage } from '../shop/dashboardAccess';
import { readParsed, sessionItem } from '../storage';
import type { Settings } from '../settings/settings';

const SCRIPT_ID = 'dashboard-session';

/**
 * "Use my dashboard session": while the staff member has opted in and granted the
 * dashboard's origin, a content script on that origin hands the dashboard's token over,
 * and a token the server confirms becomes the extension's session.
 */
export function dashboardSession(browser: typeof browserApi, settings: () => Settings) {
  async function apply(): Promise<void> {
    const current = settings();
    const pattern = dashboardOriginPattern(current);
    await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] }).catch(() => undefined);
    if (!current.useDashboardSession) return;
    if (!(await browser.permissions.contains({ origins: [pattern] }))) return;
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: [pattern], js: ['content-scripts/dashboardSession.js'], runAt: 'document_idle' },
    ]);
  }

  let syncing: Promise<void> = Promise.resolve();
  /**
   * Brings the script's registration in line with the settings and the granted access.
   * Calls run one after another: interleaved, two could both unregister, then both register.
   */
  function sync(): Promise<void> {
    syncing = syncing.then(apply).catch((error: unknown) => console.warn('Dashboard session script:', error));
    return syncing;
  }

  onMessage('dashboardToken', async ({ data: token, sender }) => {
    const current = settings();
    // Only the configured dashboard may hand over a token, and only while opted in.
    if (!current.useDashboardSession || !isDashboardPage(sender.url ?? sender.tab?.url, current)) return;
    const result = await adoptDashboardToken(
      fetch,
      current.apiBaseUrl,
      token,
      await readParsed(sessionItem, parseSession),
      Date.now(),
    );
    if ('adopted' in result) await sessionItem.setValue(result.adopted);
    else if (result.ignored !== 'sameToken') console.warn(`Dashboard session not used: ${result.ignored}`);
  });

  browser.permissions.onAdded.addListener(() => sync());
  browser.permissions.onRemoved.addListener(() => sync());
  return { sync };
}
