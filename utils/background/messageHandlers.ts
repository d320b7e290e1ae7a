import type { PlayResult } from '../sound/sounds';
import { onMessage } from '../messaging';
import { checkedPayload, fromOwnDocument, type MessagePayload } from '../messagePayloads';
import type { StatusChangeResult } from '../shop/changeOrderStatus';

export interface MessageHandlers {
  markSeen(orderIds?: MessagePayload<'markSeen'>): Promise<void>;
  openOrder(orderId: number): Promise<void>;
  retryNow(): void;
  acceptOrder(orderId: number): Promise<StatusChangeResult>;
  refreshOrderStatuses(): Promise<void>;
  connectionServer(): Promise<string | null>;
  testSound(request: MessagePayload<'testSound'>): Promise<PlayResult>;
}

/**
 * What the popup, the options page and the troubleshooter may ask of the worker: only
 * from the extension's own pages, and only with payloads of the expected shape.
 */
export function registerMessageHandlers(extension: { id: string; origin: string }, handlers: MessageHandlers): void {
  const guarded =
    <K extends keyof MessageHandlers & Parameters<typeof checkedPayload>[0], R>(
      type: K,
      run: (data: MessagePayload<K>) => R,
    ) =>
    ({ data, sender }: { data: unknown; sender: Parameters<typeof fromOwnDocument>[0] }): R => {
      if (!fromOwnDocument(sender, extension))
        throw new Error(`Refused message ${type}: not from the extension's pages`);
      return run(checkedPayload(type, data));
    };
  onMessage(
    'markSeen',
    guarded('markSeen', (orderIds) => handlers.markSeen(orderIds)),
  );
  onMessage(
    'openOrder',
    guarded('openOrder', (orderId) => handlers.openOrder(orderId)),
  );
  onMessage(
    'retryNow',
    guarded('retryNow', () => handlers.retryNow()),
  );
  onMessage(
    'acceptOrder',
    guarded('acceptOrder', (orderId) => handlers.acceptOrder(orderId)),
  );
  onMessage(
    'refreshOrderStatuses',
    guarded('refreshOrderStatuses', () => handlers.refreshOrderStatuses()),
  );
  onMessage(
    'connectionServer',
    guarded('connectionServer', () => handlers.connectionServer()),
  );
  onMessage(
    'testSound',
    guarded('testSound', (request) => handlers.testSound(request)),
  );
}
