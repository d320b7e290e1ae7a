import { isStaffUser } from '../shop/signIn';
import { meResponseSchema, wsStatusSchema } from '../shop/schemas';
import { normalizeBaseUrl } from '../shop/shopUrls';
import { tokenExpiresAt } from '../shop/tokenExpiry';

/** Causes that retrying cannot fix: the staff member or the administrator must act. */
export const REJECTION_REASONS = [
  'tokenExpired',
  'tokenRejected',
  'serverDefect',
  'notStaff',
  'accountInactive',
  'wrongUrl',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** Causes that may pass by themselves: keep retrying with backoff, and say which. */
export const RETRY_PROBLEMS = ['serverUnreachable', 'serverError', 'upgradeRefused', 'dropped', 'silent'] as const;
export type RetryProblem = (typeof RETRY_PROBLEMS)[number];

export type Diagnosis = { kind: 'retry'; problem: RetryProblem } | { kind: 'reject'; reason: RejectionReason };

export interface DiagnosedCredentials {
  apiBaseUrl: string;
  token: string;
  signedInAt: number;
  /** When the server last accepted this token at /auth/me; null if it never has. */
  verifiedAt: number | null;
}

/** A token refused this soon after the server issued it, never accepted since: the integer-`sub` defect. */
export const FRESH_TOKEN_WINDOW_MS = 10 * 60_000;
const PROBE_TIMEOUT_MS = 5_000;

/**
 * Why the server answers 401 to a token: its `exp` has passed; or it was refused as soon
 * as it was issued and never accepted since, which is the server's integer-`sub` defect,
 * not the staff member's mistake; or otherwise it was revoked or replaced.
 */
export function classifyRefusedToken(
  credentials: Pick<DiagnosedCredentials, 'token' | 'signedInAt' | 'verifiedAt'>,
  now: number,
): 'tokenExpired' | 'serverDefect' | 'tokenRejected' {
  const expiresAt = tokenExpiresAt(credentials.token);
  if (expiresAt !== null && expiresAt <= now) return 'tokenExpired';
  const fresh = credentials.verifiedAt === null && now - credentials.signedInAt < FRESH_TOKEN_WINDOW_MS;
  return fresh ? 'serverDefect' : 'tokenRejected';
}

/**
 * A browser sees every refused handshake as close code 1006, exactly like a network
 * failure. Two cheap HTTP probes tell them apart: `/ws/status` (server up, URL right?)
 * and `/auth/me` (token valid, account staff?).
 */
export async function diagnoseHandshakeFailure(
  fetchImpl: typeof fetch,
  credentials: DiagnosedCredentials,
  now: number,
): Promise<Diagnosis> {
  const base = normalizeBaseUrl(credentials.apiBaseUrl);
  const probe = (path: string, init: RequestInit = {}) =>
    fetchImpl(`${base}${path}`, { ...init, signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) }).then(
      async (response) => ({
        status: response.status,
        body: (await response.json().catch(() => undefined)) as unknown,
      }),
      () => null,
    );

  const status = await probe('/ws/status');
  if (!status) return { kind: 'retry', problem: 'serverUnreachable' };
  if (status.status >= 500) return { kind: 'retry', problem: 'serverError' };
  if (status.status === 404 || !wsStatusSchema.safeParse(status.body).success)
    return { kind: 'reject', reason: 'wrongUrl' };

  const me = await probe('/auth/me', { headers: { Authorization: `Bearer ${credentials.token}` } });
  if (!me) return { kind: 'retry', problem: 'serverUnreachable' };
  if (me.status === 401) return { kind: 'reject', reason: classifyRefusedToken(credentials, now) };
  if (me.status >= 500) return { kind: 'retry', problem: 'serverError' };
  const user = meResponseSchema.safeParse(me.body);
  if (!user.success) return { kind: 'retry', problem: 'serverError' };
  if (!isStaffUser(user.data)) return { kind: 'reject', reason: 'notStaff' };
  if (user.data.is_active === false) return { kind: 'reject', reason: 'accountInactive' };
  // Server up, URL right, token good, staff: something between refuses the upgrade.
  return { kind: 'retry', problem: 'upgradeRefused' };
}
