import type { ConnectionSnapshot } from './connectionStatus';

/** How long before a JWT expires staff are told to sign in again. */
export const EXPIRY_WARNING_MS = 3 * 24 * 60 * 60_000;

/** Problems that stop orders until someone acts; an open connection clears their notifications. */
export const ACCOUNT_PROBLEM_KINDS = ['signInRequired', 'serverDefect', 'accountRefused', 'wrongUrl'] as const;
type AccountProblemKind = (typeof ACCOUNT_PROBLEM_KINDS)[number];
export type AccountAlertKind = AccountProblemKind | 'expiringSoon';

export type AccountAlert =
  { kind: AccountProblemKind; key: string } | { kind: 'expiringSoon'; key: string; expiresAt: number };

/**
 * The account problem worth a notification in this state, if any. `key` identifies it
 * per sign-in, so each problem is notified once, not on every retry.
 */
export function accountAlertFor(
  snapshot: ConnectionSnapshot,
  tokenExpiresAt: number | null,
  now: number,
): AccountAlert | null {
  const { status, credentialsId } = snapshot;
  if (credentialsId === null) return null;
  const key = (kind: string) => `${credentialsId}:${kind}`;
  if (status.state === 'rejected') {
    switch (status.reason) {
      case 'tokenExpired':
      case 'tokenRejected':
        return { kind: 'signInRequired', key: key('signInRequired') };
      case 'serverDefect':
        return { kind: 'serverDefect', key: key('serverDefect') };
      case 'notStaff':
      case 'accountInactive':
        return { kind: 'accountRefused', key: key('accountRefused') };
      case 'wrongUrl':
        return { kind: 'wrongUrl', key: key('wrongUrl') };
    }
  }
  if (status.state === 'open' && tokenExpiresAt !== null && tokenExpiresAt - now < EXPIRY_WARNING_MS) {
    return { kind: 'expiringSoon', key: key('expiringSoon'), expiresAt: tokenExpiresAt };
  }
  return null;
}
