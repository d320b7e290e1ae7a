import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { orderCreatedDataSchema, userSchema } from './shop/schemas';
import { PRODUCTION_API_BASE_URL } from './shop/shopUrls';

/** Every storage key the extension uses, with its schema, default and version. */

export const settingsSchema = z.object({
  apiBaseUrl: z.string(),
  /** null: the API base URL's origin. */
  dashboardUrl: z.string().nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const sessionSchema = z.object({
  apiBaseUrl: z.string(),
  token: z.string(),
  user: userSchema,
  signedInAt: z.number(),
});
export type Session = z.infer<typeof sessionSchema>;

export const receivedOrderSchema = orderCreatedDataSchema.extend({
  receivedAt: z.number(),
  seen: z.boolean(),
});
export type ReceivedOrder = z.infer<typeof receivedOrderSchema>;

export const connectionStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('signedOut') }),
  z.object({ state: z.literal('connecting'), since: z.number() }),
  z.object({ state: z.literal('open'), since: z.number() }),
  z.object({
    state: z.literal('waiting'),
    nextAttemptAt: z.number(),
    lastClose: z.object({ code: z.number(), reason: z.string() }).optional(),
  }),
]);
export type ConnectionStatus = z.infer<typeof connectionStatusSchema>;

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: { apiBaseUrl: PRODUCTION_API_BASE_URL, dashboardUrl: null },
  version: 1,
});

export const sessionItem = storage.defineItem<Session | null>('local:session', {
  fallback: null,
  version: 1,
});

export const receivedOrdersItem = storage.defineItem<ReceivedOrder[]>('local:receivedOrders', {
  fallback: [],
  version: 1,
});

/** Session storage: a browser restart starts from "connecting", never from a stale "open". */
export const connectionStatusItem = storage.defineItem<ConnectionStatus>('session:connectionStatus', {
  fallback: { state: 'signedOut' },
  version: 1,
});

/** Reads the session defensively: a corrupt or foreign value means "signed out". */
export async function readSession(): Promise<Session | null> {
  const parsed = sessionSchema.nullable().safeParse(await sessionItem.getValue());
  return parsed.success ? parsed.data : null;
}
