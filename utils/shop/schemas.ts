import { z } from 'zod';

/** Boundary schemas for everything the shop backend sends (see shared PROTOCOL.md). */

export const STAFF_ROLE_NAMES = ['مدير', 'موظف'] as const;

export const userSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  email: z.string().nullable().optional(),
  phone: z.string().nullable().optional(),
  user_type: z.object({
    id: z.number().int(),
    name_ar: z.string(),
    name_en: z.string().nullable().optional(),
  }),
  is_active: z.boolean().optional(),
});
export type ShopUser = z.infer<typeof userSchema>;

export const loginResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string(),
  user: userSchema,
});

export const errorDetailSchema = z.object({ detail: z.unknown() });

export const orderCreatedDataSchema = z.object({
  order_id: z.number().int().positive(),
  order_number: z.string(),
  customer_name: z.string(),
  customer_phone: z.string(),
  total_amount: z.number(),
  final_amount: z.number(),
  delivery_type: z.string(),
  service_name: z.string().nullable(),
  items_count: z.number().int(),
  created_at: z.string(),
  image_url: z.string().nullable(),
  status: z.string().optional(),
});
export type OrderCreatedData = z.infer<typeof orderCreatedDataSchema>;

export const serverMessageSchema = z.union([
  z.object({ type: z.literal('ping') }),
  z.object({ event: z.literal('order_created'), data: orderCreatedDataSchema }),
]);
export type ServerMessage = z.infer<typeof serverMessageSchema>;

export const wsStatusSchema = z.object({
  success: z.boolean(),
  active_connections: z.number().int(),
  status: z.string(),
});

export const recentOrderSchema = z.object({
  id: z.number().int().positive(),
  order_number: z.string(),
  customer: z.string(),
  amount: z.number(),
  status: z.string(),
  time: z.string().optional(),
  service_name: z.string().nullable(),
  created_at: z.string(),
});
export type RecentOrder = z.infer<typeof recentOrderSchema>;

/** Rows are validated one by one, so one malformed order cannot hide the others. */
export const recentOrdersResponseSchema = z.object({
  success: z.boolean(),
  orders: z.array(z.unknown()),
});

export const meResponseSchema = userSchema;
