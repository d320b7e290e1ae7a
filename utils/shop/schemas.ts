import * as z from 'zod/mini';
import { shownText, TEXT_LIMITS } from '../text/shownText';

/** Boundary schemas for everything the shop backend sends (docs/PROTOCOL.md). */

export const userSchema = z.object({
  id: z.int(),
  name: z.string(),
  email: z.optional(z.nullable(z.string())),
  phone: z.optional(z.nullable(z.string())),
  user_type: z.object({
    id: z.int(),
    name_ar: z.string(),
    name_en: z.optional(z.nullable(z.string())),
  }),
  is_active: z.optional(z.boolean()),
});
export type ShopUser = z.infer<typeof userSchema>;

const STAFF_ROLE_NAMES = ['مدير', 'موظف'] as const;

/** Only administrators and employees receive orders; the server refuses every other role at the stream. */
export function isStaffUser(user: ShopUser): boolean {
  return (STAFF_ROLE_NAMES as readonly string[]).includes(user.user_type.name_ar);
}

/**
 * The user as the server sent it, its texts as one bounded plain line each: the name and
 * role are shown on the pages and written into the troubleshooter's report. Every user read
 * from the server (sign-in, `/auth/me`) comes through here.
 */
export function shownUser(user: ShopUser): ShopUser {
  const shown = <T extends string | null | undefined>(text: T) =>
    (typeof text === 'string' ? shownText(text, TEXT_LIMITS.userField) : text) as T;
  const { name_ar, name_en } = user.user_type;
  return {
    ...user,
    name: shown(user.name),
    email: shown(user.email),
    phone: shown(user.phone),
    user_type: { ...user.user_type, name_ar: shown(name_ar), name_en: shown(name_en) },
  };
}

export const loginResponseSchema = z.object({
  access_token: z.string().check(z.minLength(1)),
  token_type: z.string(),
  user: userSchema,
});

export const errorDetailSchema = z.object({ detail: z.unknown() });

/** A frame of the order stream. An order's `data` is read field by field (`orderFromBroadcast`). */
export const serverMessageSchema = z.union([
  z.object({ type: z.literal('ping') }),
  z.object({ event: z.literal('order_created'), data: z.unknown() }),
]);

export const wsStatusSchema = z.object({
  success: z.boolean(),
  active_connections: z.int(),
  status: z.string(),
});

/**
 * The most of an order list that is read. Its rows carry no picture (the server's
 * `get_recent_orders` leaves `image_url` out): 50 rows of the reference backend, every kind of
 * picture and 200-letter Arabic names (6 bytes each as `\uXXXX`), measured 26 KB (docs/SECURITY.md).
 */
export const MAX_ORDER_LIST_BYTES = 1024 * 1024;

/** Rows are read one by one (`orderFromRecent`), so one malformed order cannot hide the others. */
export const recentOrdersResponseSchema = z.object({
  success: z.boolean(),
  orders: z.array(z.unknown()),
});
