import { parseSession } from '../shop/session';
import type { browser as browserApi } from 'wxt/browser';
import type { NewEvent } from '../diagnostics/eventLog';
import type { Failed } from '../failed';
import type { MessageSender } from '../messaging';
import { adoptDashboardToken, rememberSignedOut, tokenFingerprint } from '../shop/adoptDashboardToken';
import { dashboardBelongsToApi, dashboardOriginPattern, isDashboardPage } from '../shop/dashboardAccess';
import { parseStoredStrings, readParsed, sessionItem, signedOutTokenItem, signedOutTokensItem } from '../storageItems';
import type { Settings } from '../settings/settings';
import type { ConfigurationWriter } from './configurationWriter';

const SCRIPT_ID = 'dashboard-session';

/**
 * "Use my dashboard session": while the staff member has opted in and granted the
 * dashboard's origin, a content script on that origin hands the dashboard's token over,
 * and a token the server confirms becomes the extension's session.
 */
export function dashboardSession(
  browser: typeof browserApi,
  settings: () => Settings,
  log: (event: NewEvent) => void,
  { forbidden, writer, failed }: { forbidden: () => boolean; writer: ConfigurationWriter; failed: Failed },
) {
  async function apply(): Promise<void> {
    const current = settings();
    // The administrator forbids dashboard sessions: one adopted before the policy arrived ends now.
    if (forbidden()) {
      const session = await readParsed(sessionItem, parseSession);
      if (session?.fromDashboard) {
        await writer.signOut();
        log({ kind: 'dashboardSession', ignored: 'forbiddenByPolicy' });
      }
    }
    const pattern = dashboardOriginPattern(current);
    await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] }).catch(() => undefined);
    if (!current.useDashboardSession) return;
    if (!(await browser.permissions.contains({ origins: [pattern] }))) return;
    await browser.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches: [pattern], js: ['content-scripts/dashboardSession.js'], runAt: 'document_idle' },
    ]);
  }

  /** 0.2.0 remembered one signed-out token under its own key: it joins the list once, as its oldest. */
  const carriedForward = signedOutTokenItem
    .getValue()
    .then(async (stored: unknown) => {
      if (stored === null) return;
      // The old one first, then each remembered since, through the same rule (no repeats, the newest 20);
      // a value that is no fingerprint carries nothing forward, and the old key goes either way.
      if (typeof stored === 'string') {
        const remembered = await readParsed(signedOutTokensItem, parseStoredStrings);
        await signedOutTokensItem.setValue(remembered.reduce(rememberSignedOut, [stored]));
      }
      await signedOutTokenItem.removeValue();
    })
    .catch(failed('carrying a sign-out forward'));

  let syncing: Promise<void> = Promise.resolve();
  /**
   * Brings the script's registration in line with the settings and the granted access.
   * Calls run one after another: interleaved, two could both unregister, then both register.
   */
  function sync(): Promise<void> {
    syncing = syncing.then(apply).catch(failed('registering the dashboard session script'));
    return syncing;
  }

  /**
   * The dashboard's token, handed over by the content script (message `dashboardToken`);
   * asked once the settings and the administrator's policy are read.
   */
  async function receiveToken(token: string, sender: MessageSender): Promise<void> {
    const current = settings();
    // Only this extension's script on the configured dashboard, only while opted in.
    if (sender.id !== browser.runtime.id) return;
    if (!current.useDashboardSession || !isDashboardPage(sender.url ?? sender.tab?.url, current)) return;
    if (!dashboardBelongsToApi(current)) return log({ kind: 'dashboardSession', ignored: 'otherOrigin' });
    await carriedForward;
    const [session, remembered] = await Promise.all([
      readParsed(sessionItem, parseSession),
      readParsed(signedOutTokensItem, parseStoredStrings),
    ]);
    const result = await adoptDashboardToken(fetch, current.apiBaseUrl, token, session, Date.now(), remembered);
    if ('adopted' in result) await writer.adoptSession(result.adopted);
    else if (result.ignored !== 'sameToken') log({ kind: 'dashboardSession', ignored: result.ignored });
  }

  // A sign-out is the staff member's word: the dashboard's same token may not undo it.
  sessionItem.watch((next, previous) => {
    if (next !== null || !previous?.token) return;
    Promise.all([
      tokenFingerprint(previous.token),
      carriedForward.then(() => readParsed(signedOutTokensItem, parseStoredStrings)),
    ])
      .then(([fingerprint, remembered]) => signedOutTokensItem.setValue(rememberSignedOut(remembered, fingerprint)))
      .catch(failed('remembering a sign-out'));
  });

  browser.permissions.onAdded.addListener(() => sync());
  browser.permissions.onRemoved.addListener(() => sync());
  return { sync, receiveToken };
}
