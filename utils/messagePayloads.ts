import * as z from 'zod/mini';
import { settingsSchema } from './settings/settings';
import { sessionSchema } from './shop/session';
import { soundRequestSchema } from './alerts/alertSound';

/**
 * What each message may carry, checked where it is received: a message is a boundary like
 * any other. Order ids that end up in a URL are positive safe integers, nothing else.
 */
const orderIdSchema = z.int().check(z.positive());
/** A message that carries nothing. */
const nothing = z.optional(z.null());

export const MESSAGE_PAYLOADS = {
  retryNow: nothing,
  markSeen: z.optional(z.array(orderIdSchema).check(z.maxLength(1_000))),
  acceptOrder: orderIdSchema,
  refreshOrderStatuses: nothing,
  openOrder: orderIdSchema,
  testSound: soundRequestSchema,
  connectionServer: nothing,
  dashboardToken: z.string().check(z.minLength(1), z.maxLength(8_192)),
  playInOffscreen: soundRequestSchema,
  updateSettings: z.partial(settingsSchema),
  signedIn: sessionSchema,
  signOut: nothing,
  snooze: z.nullable(z.number()),
};
export type MessagePayload<K extends keyof typeof MESSAGE_PAYLOADS> = z.infer<(typeof MESSAGE_PAYLOADS)[K]>;

/** The payload if it is one this message may carry; otherwise an error the sender receives. */
export function checkedPayload<K extends keyof typeof MESSAGE_PAYLOADS>(type: K, data: unknown): MessagePayload<K> {
  const parsed = MESSAGE_PAYLOADS[type].safeParse(data);
  if (!parsed.success) throw new Error(`Refused message ${type}: unexpected payload`);
  return parsed.data as MessagePayload<K>;
}
