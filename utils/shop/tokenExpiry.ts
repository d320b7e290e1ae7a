import * as z from 'zod/mini';

const jwtPayloadSchema = z.object({ exp: z.optional(z.number()), sub: z.optional(z.unknown()) });

/** A JWT's payload, or null for the opaque tokens some accounts get. Never verified: the server's business. */
function jwtPayload(token: string): z.infer<typeof jwtPayloadSchema> | null {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return null;
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const parsed = jwtPayloadSchema.safeParse(JSON.parse(atob(base64)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * When a token expires (ms since epoch), read from a JWT's `exp`; null for the opaque
 * tokens some accounts get, or a JWT without `exp`. The signature is the server's
 * business: this is only an early warning, never a reason to trust a token.
 */
export function tokenExpiresAt(token: string): number | null {
  const exp = jwtPayload(token)?.exp;
  return exp === undefined ? null : exp * 1000;
}

/** Whether the token parses as a JWT at all; opaque tokens such as `admin_token_1` do not. */
export function isJwt(token: string): boolean {
  return jwtPayload(token) !== null;
}

/** The mark of the server's integer-`sub` defect: a JWT whose `sub` is a number, not a string. */
export function hasIntegerSubject(token: string): boolean {
  return typeof jwtPayload(token)?.sub === 'number';
}
