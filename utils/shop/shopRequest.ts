import { shownText, TEXT_LIMITS } from '../text/shownText';
import { errorDetailSchema } from './schemas';

/**
 * The options of a request that carries the sign-in token: the bearer header, and no
 * redirect followed (a redirect could carry the token, or the answer, to another origin; the
 * shop's API never redirects these routes).
 */
export function withToken(token: string, init: RequestInit = {}): RequestInit {
  return { ...init, redirect: 'error', headers: { ...init.headers, Authorization: `Bearer ${token}` } };
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
