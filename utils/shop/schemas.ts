import * as z from 'zod/mini';

/** Boundary schemas for everything the shop backend sends (docs/PROTOCOL.md). */

export const STAFF_ROLE_NAMES = ['مدير', 'موظف'] as const;

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

export const loginResponseSchema = z.object({
  access_token: z.string().check(z.minLength(1)),
  token_type: z.string(),
  user: userSchema,
});

export const errorDetailSchema = z.object({ detail: z.unknown() });

const positiveInt = z.int().check(z.positive());

export const orderCreatedDataSchema = z.object({
  order_id: positiveInt,
  order_number: z.string(),
  customer_name: z.string(),
  customer_phone: z.string(),
  total_amount: z.number(),
  final_amount: z.number(),
  delivery_type: z.string(),
  service_name: z.nullable(z.string()),
  items_count: z.int(),
  created_at: z.string(),
  image_url: z.nullable(z.string()),
  status: z.optional(z.string()),
});
export type OrderCreatedData = z.infer<typeof orderCreatedDataSchema>;

export const serverMessageSchema = z.union([
  z.object({ type: z.literal('ping') }),
  z.object({ event: z.literal('order_created'), data: orderCreatedDataSchema }),
]);
export type ServerMessage = z.infer<typeof serverMessageSchema>;

export const wsStatusSchema = z.object({
  success: z.boolean(),
  active_connections: z.int(),
  status: z.string(),
});

export const recentOrderSchema = z.object({
  id: positiveInt,
  order_number: z.string(),
  customer: z.string(),
  amount: z.number(),
  status: z.string(),
  time: z.optional(z.string()),
  service_name: z.nullable(z.string()),
  created_at: z.string(),
});
export type RecentOrder = z.infer<typeof recentOrderSchema>;

/** Rows are validated one by one, so one malformed order cannot hide the others. */
export const recentOrdersResponseSchema = z.object({
  success: z.boolean(),
  orders: z.array(z.unknown()),
});

export const meResponseSchema = userSchema;
