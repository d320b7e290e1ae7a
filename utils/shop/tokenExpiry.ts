import { z } from 'zod';

const jwtPayloadSchema = z.object({ exp: z.number().optional() });

/**
 * When a token expires (ms since epoch), read from a JWT's `exp`; null for the opaque
 * tokens some accounts get, or a JWT without `exp`. The signature is the server's
 * business: this is only an early warning, never a reason to trust a token.
 */
export function tokenExpiresAt(token: string): number | null {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return null;
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const parsed = jwtPayloadSchema.safeParse(JSON.parse(atob(base64)));
    return parsed.success && parsed.data.exp !== undefined ? parsed.data.exp * 1000 : null;
  } catch {
    return null;
  }
}
