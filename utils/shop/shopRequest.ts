import { shownText, TEXT_LIMITS } from '../text/shownText';
import { readBoundedJson } from './boundedBody';
import { errorDetailSchema } from './schemas';

/**
 * The most of a short answer (a user, a sign-in, a status change, a refusal, the health
 * answer) that is read: each is well under 2 KB; the order list has its own bound.
 */
const MAX_SHORT_ANSWER_BYTES = 64 * 1024;

/** The server answered with a redirect, which was not followed: nothing was sent again. */
export class RedirectRefusedError extends Error {
  constructor() {
    super('the server answered with a redirect: not followed, nothing sent again');
  }
}

export interface ShopApiRequest {
  /** The bearer token; the sign-in sends the password in its body instead. */
  token?: string;
  method?: 'GET' | 'POST' | 'PUT';
  /** Sent as JSON. */
  json?: unknown;
  timeoutMs: number;
}

/**
 * Every call to the shop's API goes through here, so the rule for a request that may carry
 * the password or the token lives in one place: no redirect followed (a proxy's 307 would
 * re-send the password or the token to another origin, even over plain http; the shop's API
 * never redirects these routes), no cookies, and an end in time.
 */
export async function callShopApi(fetchImpl: typeof fetch, url: string, request: ShopApiRequest): Promise<Response> {
  const headers: Record<string, string> = {};
  if (request.json !== undefined) headers['Content-Type'] = 'application/json';
  if (request.token !== undefined) headers.Authorization = `Bearer ${request.token}`;
  const response = await fetchImpl(url, {
    method: request.method ?? 'GET',
    headers,
    body: request.json === undefined ? undefined : JSON.stringify(request.json),
    // 'manual', not 'error': the browser stops at the redirect all the same, and the answer
    // says it was one, so staff are told why instead of "unreachable".
    redirect: 'manual',
    credentials: 'omit',
    signal: AbortSignal.timeout(request.timeoutMs),
  });
  // A browser shows a redirect as an opaque answer; Node (the tests) as the 3xx itself.
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    await response.body?.cancel().catch(() => undefined);
    throw new RedirectRefusedError();
  }
  return response;
}

/** A short answer's JSON, or undefined when it is not JSON or longer than any honest one. */
export function shortAnswer(response: Response): Promise<unknown> {
  return readBoundedJson(response, MAX_SHORT_ANSWER_BYTES).catch(() => undefined);
}

/**
 * The server's explanation of a refusal (`{"detail": "…"}`), as one plain line of at most
 * 200 characters: it is shown to staff and stored, so it is treated like customer text.
 */
export function serverDetail(body: unknown): string | undefined {
  const parsed = errorDetailSchema.safeParse(body);
  if (!parsed.success || typeof parsed.data.detail !== 'string') return undefined;
  return shownText(parsed.data.detail, TEXT_LIMITS.serverDetail) || undefined;
}
