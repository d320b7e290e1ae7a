import {
  CONTENT_SCRIPT_MESSAGES,
  checkedPayload,
  type MessagePayload,
  type MessageProtocol,
  type WorkerMessage,
} from '../messageProtocol';
import { fromOwnDocument, onMessage, type MessageSender } from '../messaging';

type Answer<K extends WorkerMessage> = ReturnType<MessageProtocol[K]>;

/** One handler for every message the worker answers: a message without one is a type error. */
export type MessageHandlers = {
  [K in WorkerMessage]: (data: MessagePayload<K>, sender: MessageSender) => Answer<K> | Promise<Answer<K>>;
};

const fromContentScript = new Set<WorkerMessage>(CONTENT_SCRIPT_MESSAGES);

/**
 * Registers the table: only the extension's own pages may ask (a content script only what it
 * exists to send, its handler checking which page it runs on), and only with payloads of the
 * expected shape.
 */
export function registerMessageHandlers(extension: { id: string; origin: string }, handlers: MessageHandlers): void {
  for (const type of Object.keys(handlers) as WorkerMessage[]) {
    onMessage(type, ({ data, sender }) => {
      if (!fromContentScript.has(type) && !fromOwnDocument(sender, extension))
        throw new Error(`Refused message ${type}: not from the extension's pages`);
      const handle = handlers[type] as (data: unknown, sender: MessageSender) => unknown;
      return handle(checkedPayload(type, data), sender) as never;
    });
  }
}
