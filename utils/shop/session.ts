import * as z from 'zod/mini';
import { userSchema } from './schemas';

/** A signed-in staff member: the server that issued the token, the token and who it belongs to. */
export const sessionSchema = z.object({
  apiBaseUrl: z.string(),
  token: z.string(),
  user: userSchema,
  signedInAt: z.number(),
  /** When the server last accepted the token at /auth/me; null if it never has. */
  verifiedAt: z.nullable(z.number()),
});
export type Session = z.infer<typeof sessionSchema>;

/** A corrupt or foreign stored value means "signed out". */
export function parseSession(stored: unknown): Session | null {
  const parsed = sessionSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}
