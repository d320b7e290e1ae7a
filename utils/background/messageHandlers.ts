import { onMessage, type PlayResult } from '../messaging';
import type { StatusChangeResult } from '../shop/orderStatus';
import type { SoundName } from '../sound/sounds';

export interface MessageHandlers {
  markSeen(orderIds?: number[]): Promise<void>;
  openOrder(orderId: number): Promise<void>;
  retryNow(): void;
  acceptOrder(orderId: number): Promise<StatusChangeResult>;
  refreshOrderStatuses(): Promise<void>;
  connectionServer(): Promise<string | null>;
  testSound(sound: SoundName, volume: number): Promise<PlayResult>;
}

/** What the popup, the options page and the troubleshooter may ask of the worker. */
export function registerMessageHandlers(handlers: MessageHandlers): void {
  onMessage('markSeen', ({ data }) => handlers.markSeen(data));
  onMessage('openOrder', ({ data }) => handlers.openOrder(data));
  onMessage('retryNow', () => handlers.retryNow());
  onMessage('acceptOrder', ({ data }) => handlers.acceptOrder(data));
  onMessage('refreshOrderStatuses', () => handlers.refreshOrderStatuses());
  onMessage('connectionServer', () => handlers.connectionServer());
  onMessage('testSound', ({ data }) => handlers.testSound(data.sound, data.volume));
}
