import type { browser as browserApi } from 'wxt/browser';
import { accountAlertFor, ACCOUNT_PROBLEM_KINDS, type AccountAlert } from '../connection/accountAlerts';
import type { ConnectionSnapshot } from '../connection/connectionStatus';
import type { Failed } from '../failed';
import { ACCOUNT_ALERT_TEXT } from '../i18n/accountAlertText';
import { INTL_LOCALE, type Language } from '../i18n/language';
import { accountNotificationId } from '../platform/notificationIds';
import { notificationSurface } from '../platform/notificationSurface';
import { tokenExpiresAt } from '../shop/tokenExpiry';
import { NOTIFICATION_ICON } from '../ui/icons';

/** How many notified problems are remembered: a few sign-ins' worth. */
const REMEMBERED_PROBLEMS = 20;

export interface AccountAlertNotificationsDeps {
  language(): Language;
  /** Problems already notified (`<credentialsId>:<kind>`), kept across worker restarts. */
  notified: { getValue(): Promise<string[]>; setValue(keys: string[]): Promise<void> };
  failed: Failed;
}

/**
 * Tells the staff member, once per sign-in and problem, that their account cannot receive
 * orders (sign in again, server defect, not staff, wrong URL) or soon will not (expiry);
 * an open connection takes the problem notices down again.
 */
export function accountAlertNotifications(browser: typeof browserApi, deps: AccountAlertNotificationsDeps) {
  const surface = notificationSurface(browser);
  async function notify(alert: AccountAlert): Promise<void> {
    const notified = await deps.notified.getValue();
    if (notified.includes(alert.key)) return;
    await deps.notified.setValue([...notified, alert.key].slice(-REMEMBERED_PROBLEMS));
    const language = deps.language();
    const text = ACCOUNT_ALERT_TEXT[language][alert.kind];
    const date =
      alert.kind === 'expiringSoon'
        ? new Intl.DateTimeFormat(INTL_LOCALE[language], { dateStyle: 'full' }).format(alert.expiresAt)
        : '';
    await surface.create(accountNotificationId(alert.kind), {
      type: 'basic',
      iconUrl: browser.runtime.getURL(NOTIFICATION_ICON),
      title: text.title,
      message: text.message(date),
      priority: 2,
    });
  }

  return {
    /** After every connection change, for the credentials in use (null when signed out). */
    follow(snapshot: ConnectionSnapshot, token: string | null, now: number): void {
      const alert = token === null ? null : accountAlertFor(snapshot, tokenExpiresAt(token), now);
      if (alert) notify(alert).catch(deps.failed('an account notification'));
      if (snapshot.status.state !== 'open') return;
      for (const kind of ACCOUNT_PROBLEM_KINDS) {
        surface.clear(accountNotificationId(kind)).catch(deps.failed('clearing an account notification'));
      }
    },
  };
}
