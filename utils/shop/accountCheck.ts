import { shownUser, userSchema, type ShopUser } from './schemas';
import { callShopApi, shortAnswer } from './shopRequest';
import { normalizeBaseUrl } from './shopUrls';

/** How long the server may take to say whose a token is. */
const ACCOUNT_TIMEOUT_MS = 5_000;

/** What `GET {api}/auth/me` says of a token (docs/PROTOCOL.md §1). */
export type AccountAnswer =
  | { kind: 'unreachable' }
  /** 401: invalid, expired, revoked, or the server's integer-`sub` defect. */
  | { kind: 'refused' }
  /** Neither a 401 nor a user: a server error or an answer of another shape. */
  | { kind: 'unexpected'; httpStatus: number }
  | { kind: 'user'; user: ShopUser };

/**
 * Asks the server whose a token is. The one place `/auth/me` is called: the sign-in's check,
 * the connection's diagnosis, the troubleshooter and the dashboard session read its answer.
 */
export async function askAccount(fetchImpl: typeof fetch, apiBaseUrl: string, token: string): Promise<AccountAnswer> {
  let response: Response;
  try {
    response = await callShopApi(fetchImpl, `${normalizeBaseUrl(apiBaseUrl)}/auth/me`, {
      token,
      timeoutMs: ACCOUNT_TIMEOUT_MS,
    });
  } catch {
    return { kind: 'unreachable' };
  }
  if (response.status === 401) return { kind: 'refused' };
  const user = userSchema.safeParse(await shortAnswer(response));
  if (!response.ok || !user.success) return { kind: 'unexpected', httpStatus: response.status };
  return { kind: 'user', user: shownUser(user.data) };
}
