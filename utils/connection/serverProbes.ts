import { isStaffUser, recentOrdersResponseSchema, wsStatusSchema, type ShopUser } from '../shop/schemas';
import { askAccount } from '../shop/accountCheck';
import { callShopApi, shortAnswer } from '../shop/shopRequest';
import { normalizeBaseUrl, recentOrdersUrl } from '../shop/shopUrls';
import { tokenExpiresAt } from '../shop/tokenExpiry';

/**
 * The two HTTP probes that tell apart what a refused WebSocket cannot say (docs/PROTOCOL.md §2):
 * `/ws/status` (server up, URL right?) and `/auth/me` (token valid, account staff?). The
 * connection's diagnosis and the troubleshooter both read their verdicts.
 */

const PROBE_TIMEOUT_MS = 5_000;
/** A token refused this soon after the server issued it, never accepted since: the integer-`sub` defect. */
export const FRESH_TOKEN_WINDOW_MS = 10 * 60_000;

export interface ProbedCredentials {
  apiBaseUrl: string;
  token: string;
  signedInAt: number;
  /** When the server last accepted this token at /auth/me; null if it never has. */
  verifiedAt: number | null;
  /** The server refused this token right after issuing it (`Session.refusedAtSignIn`). */
  refusedAtSignIn?: boolean;
}

interface Answer {
  status: number;
  body: unknown;
  ms: number;
  /** The server's clock minus ours, from its `Date` header; null when the browser may not read it. */
  clockOffsetMs: number | null;
}

async function request(fetchImpl: typeof fetch, url: string, now: () => number, token?: string) {
  const startedAt = now();
  try {
    const response = await callShopApi(fetchImpl, url, { timeoutMs: PROBE_TIMEOUT_MS, token });
    const endedAt = now();
    const body = await shortAnswer(response);
    // CORS hides `Date` unless the extension has host access to the server.
    const date = response.headers.get('date');
    const serverTime = date ? Date.parse(date) : NaN;
    // `Date` has whole seconds: the server's instant lies up to 1 s after it.
    const clockOffsetMs = Number.isNaN(serverTime) ? null : serverTime + 500 - (startedAt + endedAt) / 2;
    return { status: response.status, body, ms: endedAt - startedAt, clockOffsetMs } satisfies Answer;
  } catch {
    return null;
  }
}

export type ServerHealth =
  | { kind: 'unreachable' }
  | { kind: 'serverError'; httpStatus: number }
  /** Neither the health route nor the order list answers as the shop's: no shop API at this URL. */
  | { kind: 'wrongUrl'; httpStatus: number }
  /**
   * The order list answers as the shop's, the health route does not: the server runs without its
   * notifications router (the shop's `main.py` as published), so it has no live route either.
   */
  | { kind: 'noLiveRoute'; httpStatus: number }
  | { kind: 'up'; activeConnections: number; ms: number; clockOffsetMs: number | null };

type LiveRouteAnswer = Exclude<ServerHealth, { kind: 'noLiveRoute' }>;

/** `GET {api}/ws/status` (docs/PROTOCOL.md §4): the live route's own health answer, one request. */
export async function probeLiveRoute(
  fetchImpl: typeof fetch,
  apiBaseUrl: string,
  now: () => number = Date.now,
): Promise<LiveRouteAnswer> {
  const answer = await request(fetchImpl, `${normalizeBaseUrl(apiBaseUrl)}/ws/status`, now);
  if (!answer) return { kind: 'unreachable' };
  if (answer.status >= 500) return { kind: 'serverError', httpStatus: answer.status };
  const health = wsStatusSchema.safeParse(answer.body);
  if (answer.status === 404 || !health.success) return { kind: 'wrongUrl', httpStatus: answer.status };
  return {
    kind: 'up',
    activeConnections: health.data.active_connections,
    ms: answer.ms,
    clockOffsetMs: answer.clockOffsetMs,
  };
}

/**
 * Whether the server is up, at the right URL, and has its live route. A health route that is
 * missing proves no wrong address by itself: the shop's server as published answers everything
 * but its live route, so the order list (which needs no token) decides between the two.
 */
export async function probeServerHealth(
  fetchImpl: typeof fetch,
  apiBaseUrl: string,
  { now = Date.now, token }: { now?: () => number; token?: string } = {},
): Promise<ServerHealth> {
  const health = await probeLiveRoute(fetchImpl, apiBaseUrl, now);
  if (health.kind !== 'wrongUrl') return health;
  // The shop's list asks no token; a deployment that mended that still gets one.
  const list = await request(fetchImpl, recentOrdersUrl(apiBaseUrl, 1), now, token);
  const shopList = list?.status === 200 && recentOrdersResponseSchema.safeParse(list.body).success;
  return shopList ? { kind: 'noLiveRoute', httpStatus: health.httpStatus } : health;
}

/**
 * Why the server answers 401 to a token: its `exp` has passed; or it was refused as soon
 * as it was issued and never accepted since, which is the server's integer-`sub` defect,
 * not the staff member's mistake; or otherwise it was revoked or replaced.
 */
function classifyRefusedToken(
  credentials: Pick<ProbedCredentials, 'token' | 'signedInAt' | 'verifiedAt' | 'refusedAtSignIn'>,
  now: number,
): 'tokenExpired' | 'serverDefect' | 'tokenRejected' {
  const expiresAt = tokenExpiresAt(credentials.token);
  if (expiresAt !== null && expiresAt <= now) return 'tokenExpired';
  if (credentials.verifiedAt !== null) return 'tokenRejected';
  const fresh = now - credentials.signedInAt < FRESH_TOKEN_WINDOW_MS;
  return fresh || credentials.refusedAtSignIn === true ? 'serverDefect' : 'tokenRejected';
}

export type AccountVerdict =
  | { kind: 'unreachable' }
  | { kind: 'refused'; reason: ReturnType<typeof classifyRefusedToken> }
  /** Neither a 401 nor a user: a server error or an answer of another shape. */
  | { kind: 'unexpected'; httpStatus: number }
  | { kind: 'notStaff'; user: ShopUser }
  | { kind: 'inactive'; user: ShopUser }
  | { kind: 'staff'; user: ShopUser };

/** `GET {api}/auth/me` with the token (docs/PROTOCOL.md §1). */
export async function probeAccount(
  fetchImpl: typeof fetch,
  credentials: ProbedCredentials,
  now: number,
): Promise<AccountVerdict> {
  const answer = await askAccount(fetchImpl, credentials.apiBaseUrl, credentials.token);
  switch (answer.kind) {
    case 'unreachable':
    case 'unexpected':
      return answer;
    case 'refused':
      return { kind: 'refused', reason: classifyRefusedToken(credentials, now) };
    case 'user':
      if (!isStaffUser(answer.user)) return { kind: 'notStaff', user: answer.user };
      if (answer.user.is_active === false) return { kind: 'inactive', user: answer.user };
      return { kind: 'staff', user: answer.user };
  }
}
