import type { Session } from '../shop/session';
import type { ConnectionTarget } from './orderConnection';

/**
 * Where the order stream connects: the session's server, or the administrator's when a
 * policy locks `apiBaseUrl`. The troubleshooter asks the background for the result
 * (message `connectionServer`) instead of working it out again.
 */
export function connectionTarget(session: Session, policyApiBaseUrl: string | null): ConnectionTarget {
  const { token, signedInAt, verifiedAt } = session;
  return {
    apiBaseUrl: policyApiBaseUrl ?? session.apiBaseUrl,
    token,
    signedInAt,
    verifiedAt,
    credentialsId: signedInAt,
  };
}
