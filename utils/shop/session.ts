import * as z from 'zod/mini';
import { userSchema } from './schemas';
import { storedValueParser } from '../storedValueParser';

/** A signed-in staff member: the server that issued the token, the token and who it belongs to. */
export const sessionSchema = z.object({
  apiBaseUrl: z.string(),
  token: z.string(),
  user: userSchema,
  signedInAt: z.number(),
  /** When the server last accepted the token at /auth/me; null if it never has. */
  verifiedAt: z.nullable(z.number()),
  /**
   * The server refused at /auth/me the token it had just issued (its integer-`sub` defect):
   * signed in all the same, orders come by reading the order list, and every later refusal
   * of this token is that defect, not an expired sign-in.
   */
  refusedAtSignIn: z.optional(z.boolean()),
  /**
   * The highest order id the order list showed at sign-in (0: none; null: it could not be
   * read). Orders above it are news on the first read; no clock is involved.
   */
  highestOrderIdAtSignIn: z.optional(z.nullable(z.int())),
  /** Taken from the shop dashboard's page ("use my dashboard session"): an administrator's ban ends it. */
  fromDashboard: z.optional(z.boolean()),
});
export type Session = z.infer<typeof sessionSchema>;

/** A corrupt or foreign stored value means "signed out". */
export const parseSession = storedValueParser(sessionSchema);
