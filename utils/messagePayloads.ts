import * as z from 'zod/mini';
import { settingsSchema } from './settings/settings';
import { sessionSchema } from './shop/session';
import { SOUND_NAMES } from './sound/sounds';

/**
 * What each message may carry, checked where it is received: a message is a boundary like
 * any other. Order ids that end up in a URL are positive safe integers, nothing else.
 */
export const orderIdSchema = z.int().check(z.positive());
/** A message that carries nothing. */
const nothing = z.optional(z.null());
const soundRequest = z.object({ sound: z.enum(SOUND_NAMES), volume: z.int().check(z.minimum(0), z.maximum(100)) });

export const MESSAGE_PAYLOADS = {
  retryNow: nothing,
  markSeen: z.optional(z.array(orderIdSchema).check(z.maxLength(1_000))),
  acceptOrder: orderIdSchema,
  refreshOrderStatuses: nothing,
  openOrder: orderIdSchema,
  testSound: soundRequest,
  connectionServer: nothing,
  dashboardToken: z.string().check(z.minLength(1), z.maxLength(8_192)),
  playSound: soundRequest,
  updateSettings: z.partial(settingsSchema),
  signedIn: sessionSchema,
  signOut: nothing,
  snooze: z.nullable(z.number()),
};
export type MessagePayload<K extends keyof typeof MESSAGE_PAYLOADS> = z.infer<(typeof MESSAGE_PAYLOADS)[K]>;

/** Where a message may come from: the extension's own pages (and worker), or a content script on a tab. */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { url?: string };
}

/**
 * A message from one of the extension's own documents (a page, even open in a tab, or the
 * worker), not a content script (its URL is the web page's) or another extension.
 */
export function fromOwnDocument(sender: MessageSender, extension: { id: string; origin: string }): boolean {
  return sender.id === extension.id && (sender.url ?? '').startsWith(extension.origin);
}

/** The payload if it is one this message may carry; otherwise an error the sender receives. */
export function checkedPayload<K extends keyof typeof MESSAGE_PAYLOADS>(type: K, data: unknown): MessagePayload<K> {
  const parsed = MESSAGE_PAYLOADS[type].safeParse(data);
  if (!parsed.success) throw new Error(`Refused message ${type}: unexpected payload`);
  return parsed.data as MessagePayload<K>;
}
