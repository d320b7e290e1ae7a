import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ConnectionStatusLine } from '../../components/ConnectionStatusLine';
import { OrderList } from '../../components/OrderList';
import { sendMessage } from '../../utils/messaging';
import { connectionSnapshotItem, receivedOrdersItem } from '../../utils/storage';
import type { ConnectionAction } from '../../utils/ui/describeConnection';
import { useStorageItem } from '../../utils/ui/useStorageItem';

const SHOWN_ORDERS = 50;

function perform(action: ConnectionAction): void {
  if (action === 'retryNow') void sendMessage('retryNow');
  else void browser.runtime.openOptionsPage();
}

export function PopupApp() {
  const connection = useStorageItem(connectionSnapshotItem);
  const orders = useStorageItem(receivedOrdersItem);
  // Orders unseen when the popup opened stay highlighted while it is open.
  const [unseenAtOpen, setUnseenAtOpen] = useState<ReadonlySet<number> | null>(null);

  useEffect(() => {
    if (!orders || unseenAtOpen) return;
    setUnseenAtOpen(new Set(orders.filter((order) => !order.seen).map((order) => order.id)));
    void sendMessage('markSeen', undefined);
  }, [orders, unseenAtOpen]);

  return (
    <main class="popup">
      <ConnectionStatusLine status={connection?.status} onAction={perform} />
      {orders && (
        <OrderList
          orders={orders.slice(0, SHOWN_ORDERS)}
          highlighted={unseenAtOpen ?? new Set()}
          onOpen={(orderId) => void sendMessage('openOrder', orderId)}
        />
      )}
      <p>
        <a href={browser.runtime.getURL('/options.html')} target="_blank">
          الإعدادات
        </a>
      </p>
    </main>
  );
}
