import type { Outcome } from '../outcome';
import { askAccount } from './accountCheck';
import { loginResponseSchema, recentOrdersResponseSchema, type ShopUser } from './schemas';
import { readBoundedJson } from './boundedBody';
import { isStaffUser, MAX_ORDER_LIST_BYTES, shownUser } from './schemas';
import { callShopApi, RedirectRefusedError, serverDetail, shortAnswer } from './shopRequest';
import { normalizeBaseUrl, recentOrdersUrl } from './shopUrls';

/** Signed in, or why not (`detail`: the server's own words, when it gave some). */
export type SignInResult = Outcome<{ token: string; user: ShopUser }, SignInFailure> & { detail?: string };

export type SignInFailure =
  | 'badUsername'
  | 'badCredentials'
  | 'inactive'
  | 'notStaff'
  | 'wrongUrl'
  | 'serverError'
  | 'unexpectedResponse'
  /** The server answered with a redirect: not followed, the password not sent again. */
  | 'redirected'
  | 'unreachable';

/** How long the sign-in waits for the server. */
const SIGN_IN_TIMEOUT_MS = 15_000;

const FAILURE_BY_STATUS: Record<number, SignInFailure> = {
  400: 'badUsername',
  401: 'badCredentials',
  403: 'inactive',
  // FastAPI's 404: nothing at this path, typically a base URL without `/api`.
  404: 'wrongUrl',
};

/**
 * `POST {api}/auth/login`, then the staff check the order stream would otherwise make
 * silently: a customer account is refused here, in words, before any socket is opened.
 */
export async function signIn(
  fetchImpl: typeof fetch,
  apiBaseUrl: string,
  username: string,
  password: string,
): Promise<SignInResult> {
  let response: Response;
  try {
    response = await callShopApi(fetchImpl, `${normalizeBaseUrl(apiBaseUrl)}/auth/login`, {
      method: 'POST',
      json: { username: username.trim(), password },
      timeoutMs: SIGN_IN_TIMEOUT_MS,
    });
  } catch (error) {
    return { ok: false, problem: error instanceof RedirectRefusedError ? 'redirected' : 'unreachable' };
  }
  const body = await shortAnswer(response);
  if (!response.ok) {
    const detail = serverDetail(body);
    const problem =
      FAILURE_BY_STATUS[response.status] ?? (response.status >= 500 ? 'serverError' : 'unexpectedResponse');
    return { ok: false, problem, detail };
  }
  const parsed = loginResponseSchema.safeParse(body);
  if (!parsed.success) return { ok: false, problem: 'unexpectedResponse' };
  if (!isStaffUser(parsed.data.user)) return { ok: false, problem: 'notStaff' };
  return { ok: true, token: parsed.data.access_token, user: shownUser(parsed.data.user) };
}

/**
 * The highest id the order list shows now (0 for an empty list: every order is news), or null
 * when it cannot be read: taken at sign-in, where news begins. The server answers its own
 * errors with an empty list too; taking that as "no orders yet" may announce an older pending
 * order (within the catch-up age), never miss a new one.
 */
export async function highestListedOrderId(
  fetchImpl: typeof fetch,
  apiBaseUrl: string,
  token: string,
): Promise<number | null> {
  try {
    const response = await callShopApi(fetchImpl, recentOrdersUrl(apiBaseUrl, 10), { token, timeoutMs: 10_000 });
    const body = recentOrdersResponseSchema.safeParse(
      response.ok ? await readBoundedJson(response, MAX_ORDER_LIST_BYTES) : null,
    );
    if (!body.success) return null;
    // Only ids a catch-up would take (positive safe integers) count; anything else is no order.
    return body.data.orders.reduce<number>((highest, row) => {
      const id = (row as { id?: unknown } | null)?.id;
      return typeof id === 'number' && Number.isSafeInteger(id) && id > highest ? id : highest;
    }, 0);
  } catch {
    return null;
  }
}

/**
 * Asks the server whether it accepts a token (`GET {api}/auth/me`). Right after login a
 * refusal is the server's integer-`sub` defect, not the user's mistake.
 */
export async function verifyToken(
  fetchImpl: typeof fetch,
  apiBaseUrl: string,
  token: string,
): Promise<'accepted' | 'refused' | 'unknown'> {
  const answer = await askAccount(fetchImpl, apiBaseUrl, token);
  return answer.kind === 'user' ? 'accepted' : answer.kind === 'refused' ? 'refused' : 'unknown';
}
