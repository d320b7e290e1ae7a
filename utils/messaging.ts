import { defineExtensionMessaging } from '@webext-core/messaging';
import type { SoundName } from './sound/sounds';

/** Every message exchanged between the extension's contexts. */
interface MessageProtocol {
  /** popup → background: the staff member has looked at the orders. */
  markAllSeen(): void;
  /** popup → background: the staff member pressed "retry now". */
  retryNow(): void;
  /** background → offscreen document. */
  playSound(request: { sound: SoundName; volume: number }): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<MessageProtocol>();
