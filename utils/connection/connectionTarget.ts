import type { Session } from '../shop/session';
import { originOf } from '../shop/shopUrls';
import type { DiagnosedCredentials } from './diagnoseHandshakeFailure';

/** Where the order stream connects, and with which credentials. */
export interface ConnectionTarget extends DiagnosedCredentials {
  /** Identifies these credentials across worker restarts: a new sign-in is a new id. */
  credentialsId: number;
  /** `Session.highestOrderIdAtSignIn`: where news began, for the first read of the order list. */
  highestOrderIdAtSignIn?: number | null;
}

/**
 * Where the order stream connects: the session's server, or the administrator's when a
 * policy locks `apiBaseUrl`. A token only ever goes to the origin that issued it: a policy
 * server on another origin means there is no usable sign-in (null) until the staff member
 * signs in there. The troubleshooter asks the background for the result (message
 * `connectionServer`) instead of working it out again.
 */
export function connectionTargetFor(session: Session, policyApiBaseUrl: string | null): ConnectionTarget | null {
  const { token, signedInAt, verifiedAt, refusedAtSignIn, highestOrderIdAtSignIn } = session;
  if (policyApiBaseUrl !== null && originOf(policyApiBaseUrl) !== originOf(session.apiBaseUrl)) return null;
  return {
    apiBaseUrl: policyApiBaseUrl ?? session.apiBaseUrl,
    token,
    signedInAt,
    verifiedAt,
    ...(refusedAtSignIn && { refusedAtSignIn }),
    ...(highestOrderIdAtSignIn !== undefined && { highestOrderIdAtSignIn }),
    credentialsId: signedInAt,
  };
}
