import type { Session } from './session';
import { meResponseSchema } from './schemas';
import { normalizeBaseUrl } from './shopUrls';
import { isStaffUser } from './signIn';

export type AdoptionResult = { adopted: Session } | { ignored: 'sameToken' | 'refused' | 'notStaff' | 'unreachable' };

/**
 * Turns the token found in the shop dashboard's page storage into the extension's session,
 * but only once the server confirms (`/auth/me`) that it is valid and belongs to staff:
 * page storage is not to be trusted on its own.
 */
export async function adoptDashboardToken(
  fetchImpl: typeof fetch,
  apiBaseUrl: string,
  token: string,
  current: Session | null,
  now: number,
): Promise<AdoptionResult> {
  if (current?.token === token && current.apiBaseUrl === apiBaseUrl) return { ignored: 'sameToken' };
  let response: Response;
  try {
    response = await fetchImpl(`${normalizeBaseUrl(apiBaseUrl)}/auth/me`, {
      headers: { Authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(10_000),
    });
  } catch {
    return { ignored: 'unreachable' };
  }
  if (!response.ok) return { ignored: 'refused' };
  const user = meResponseSchema.safeParse(await response.json().catch(() => undefined));
  if (!user.success) return { ignored: 'refused' };
  if (!isStaffUser(user.data) || user.data.is_active === false) return { ignored: 'notStaff' };
  return {
    adopted: { apiBaseUrl: normalizeBaseUrl(apiBaseUrl), token, user: user.data, signedInAt: now, verifiedAt: now },
  };
}
