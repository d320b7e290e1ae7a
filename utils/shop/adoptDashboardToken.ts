import { askAccount } from './accountCheck';
import type { Session } from './session';
import { normalizeBaseUrl } from './shopUrls';
import { isStaffUser } from './schemas';

export type AdoptionResult =
  | { adopted: Session }
  | { ignored: 'sameToken' | 'signedOut' | 'refused' | 'notStaff' | 'unreachable' | 'otherAccount' };

/** How many signed-out tokens are remembered: more than a dashboard keeps in a working week. */
export const MAX_SIGNED_OUT_TOKENS = 20;

/** The remembered fingerprints with one more, the oldest let go past the bound. */
export function rememberSignedOut(fingerprints: readonly string[], fingerprint: string): string[] {
  return [...fingerprints.filter((known) => known !== fingerprint), fingerprint].slice(-MAX_SIGNED_OUT_TOKENS);
}

/** A token's fingerprint: what the extension remembers of a sign-in the staff member ended. */
export async function tokenFingerprint(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Turns the token found in the shop dashboard's page storage into the extension's session,
 * but only once the server confirms (`/auth/me`) that it is valid and belongs to staff:
 * page storage is not to be trusted on its own. It never replaces the signed-in account of
 * someone else, and never undoes a sign-out (the token signed out of is `signedOut`).
 */
export async function adoptDashboardToken(
  fetchImpl: typeof fetch,
  apiBaseUrl: string,
  token: string,
  current: Session | null,
  now: number,
  signedOut: readonly string[] = [],
): Promise<AdoptionResult> {
  if (current?.token === token && current.apiBaseUrl === apiBaseUrl) return { ignored: 'sameToken' };
  if (signedOut.length > 0 && signedOut.includes(await tokenFingerprint(token))) return { ignored: 'signedOut' };
  const answer = await askAccount(fetchImpl, apiBaseUrl, token);
  if (answer.kind === 'unreachable') return { ignored: 'unreachable' };
  if (answer.kind !== 'user') return { ignored: 'refused' };
  const { user } = answer;
  if (!isStaffUser(user) || user.is_active === false) return { ignored: 'notStaff' };
  if (current && current.user.id !== user.id) return { ignored: 'otherAccount' };
  return {
    adopted: {
      apiBaseUrl: normalizeBaseUrl(apiBaseUrl),
      token,
      user,
      signedInAt: now,
      verifiedAt: now,
      fromDashboard: true,
    },
  };
}
