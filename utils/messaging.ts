import { defineExtensionMessaging } from '@webext-core/messaging';
import type { MessagePayload } from './messagePayloads';
import type { StatusChangeResult } from './shop/changeOrderStatus';
import type { PlayResult } from './alerts/alertSound';

/** Every message exchanged between the extension's contexts; receivers check payloads with `messagePayloads.ts`. */
interface MessageProtocol {
  /** popup → background: the staff member pressed "retry now". */
  retryNow(): void;
  /** popup → background: mark some orders (all when omitted) as seen. */
  markSeen(orderIds?: MessagePayload<'markSeen'>): void;
  /** popup → background: accept an order for the shop (the same as the notification's button). */
  acceptOrder(orderId: MessagePayload<'acceptOrder'>): StatusChangeResult;
  /** popup → background, while it is open: re-read the orders' statuses now. */
  refreshOrderStatuses(): void;
  /** popup → background: open an order in the shop dashboard. */
  openOrder(orderId: MessagePayload<'openOrder'>): void;
  /** options → background: play a sound now, whatever the quiet hours, to try it. */
  testSound(request: MessagePayload<'testSound'>): PlayResult;
  /** troubleshooter → background: the API base URL the order stream uses now; null when signed out. */
  connectionServer(): string | null;
  /** dashboard content script → background: the token the shop dashboard keeps in its page storage. */
  dashboardToken(token: MessagePayload<'dashboardToken'>): void;
  /** background → offscreen document (Chrome's worker has no audio): play this alert sound. */
  playInOffscreen(request: MessagePayload<'playInOffscreen'>): PlayResult;
  /** popup, options → background, the settings' one writer: change these fields, keep the others. */
  updateSettings(patch: MessagePayload<'updateSettings'>): void;
  /** options → background: the staff member signed in; the session and its server are kept. */
  signedIn(session: MessagePayload<'signedIn'>): void;
  /** options → background: sign out. */
  signOut(): void;
  /** popup, options → background: alerts snoozed until then (ms since epoch), or resumed (null). */
  snooze(until: MessagePayload<'snooze'>): void;
}

/** What the worker answers, and who may ask: its own pages, or (these) a content script on a web page. */
export type WorkerMessage = Exclude<keyof MessageProtocol, 'playInOffscreen'>;
export const CONTENT_SCRIPT_MESSAGES = ['dashboardToken'] as const satisfies readonly WorkerMessage[];

export type { MessageProtocol };
export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<MessageProtocol>();
