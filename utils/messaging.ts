import { defineExtensionMessaging } from '@webext-core/messaging';
import type { MessageProtocol } from './messageProtocol';

/** Sends and receives the messages of `messageProtocol.ts`, whose schemas only receivers import. */
export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<MessageProtocol>();

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
