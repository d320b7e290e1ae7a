import * as z from 'zod/mini';
import { soundRequestSchema, type PlayResult, type SoundRequest } from './alerts/alertSound';
import { settingsSchema } from './settings/settings';
import type { StatusChangeResult } from './shop/changeOrderStatus';
import { sessionSchema } from './shop/session';

/** Order ids end up in a URL: positive safe integers, nothing else. */
const orderIdSchema = z.int().check(z.positive());
/** A message that carries nothing. */
const nothing = z.optional(z.null());

/**
 * What each message to the worker may carry, checked where it is received: a message is a
 * boundary like any other (the offscreen document checks its one with `soundRequestSchema`).
 * Only receivers import this module (schemas are built at import): senders import
 * `messaging.ts`, which knows these types only.
 */
const MESSAGE_PAYLOADS = {
  retryNow: nothing,
  markSeen: z.optional(z.array(orderIdSchema).check(z.maxLength(1_000))),
  acceptOrder: orderIdSchema,
  refreshOrderStatuses: nothing,
  openOrder: orderIdSchema,
  testSound: soundRequestSchema,
  connectionServer: nothing,
  dashboardToken: z.string().check(z.minLength(1), z.maxLength(8_192)),
  updateSettings: z.partial(settingsSchema),
  signedIn: sessionSchema,
  signOut: nothing,
  snooze: z.nullable(z.number()),
} satisfies Record<WorkerMessage, z.ZodMiniType>;
export type MessagePayload<K extends WorkerMessage> = z.infer<(typeof MESSAGE_PAYLOADS)[K]>;

/** Every message between the extension's contexts: who sends it to whom, what it carries, what it answers. */
export interface MessageProtocol {
  /** popup → worker: the staff member pressed "retry now". */
  retryNow(): void;
  /** popup → worker: mark some orders (all when omitted) as seen. */
  markSeen(orderIds?: MessagePayload<'markSeen'>): void;
  /** popup → worker: accept an order for the shop (the same as the notification's button). */
  acceptOrder(orderId: MessagePayload<'acceptOrder'>): StatusChangeResult;
  /** popup → worker, while it is open: re-read the orders' statuses now. */
  refreshOrderStatuses(): void;
  /** popup → worker: open an order in the shop dashboard. */
  openOrder(orderId: MessagePayload<'openOrder'>): void;
  /** options → worker: play a sound now, whatever the quiet hours, to try it. */
  testSound(request: MessagePayload<'testSound'>): PlayResult;
  /** troubleshooter → worker: the API base URL the order stream uses now; null when signed out. */
  connectionServer(): string | null;
  /** dashboard content script → worker: the token the shop dashboard keeps in its page storage. */
  dashboardToken(token: MessagePayload<'dashboardToken'>): void;
  /** worker → offscreen document (Chrome's worker has no audio): play this alert sound. */
  playInOffscreen(request: SoundRequest): PlayResult;
  /** popup, options → worker, the settings' one writer: change these fields, keep the others. */
  updateSettings(patch: MessagePayload<'updateSettings'>): void;
  /** options → worker: the staff member signed in; the session and its server are kept. */
  signedIn(session: MessagePayload<'signedIn'>): void;
  /** options → worker: sign out. */
  signOut(): void;
  /** popup, options → worker: alerts snoozed until then (ms since epoch), or resumed (null). */
  snooze(until: MessagePayload<'snooze'>): void;
}

/** What the worker answers, and who may ask: its own pages, or (these) a content script on a web page. */
export type WorkerMessage = Exclude<keyof MessageProtocol, 'playInOffscreen'>;
export const CONTENT_SCRIPT_MESSAGES = ['dashboardToken'] as const satisfies readonly WorkerMessage[];

/** The payload if it is one this message may carry; otherwise an error the sender receives. */
export function checkedPayload<K extends WorkerMessage>(type: K, data: unknown): MessagePayload<K> {
  const parsed = MESSAGE_PAYLOADS[type].safeParse(data);
  if (!parsed.success) throw new Error(`Refused message ${type}: unexpected payload`);
  return parsed.data as MessagePayload<K>;
}
