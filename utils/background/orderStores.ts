import type { browser as browserApi } from 'wxt/browser';
import { parseOrderWatermark, type OrderWatermark } from '../orders/orderWatermark';
import { KnownOrders, knownOrdersIn } from '../orders/knownOrders';
import { parseReceivedOrders } from '../orders/receivedOrderSchema';
import { ReceivedOrderList } from '../orders/receivedOrderList';
import { orderWatermarkItem, readParsed, receivedOrdersItem } from '../storageItems';
import type { CoalescedTaskDeps } from '../coalescedTask';
import type { StorageWrites } from './storageWrites';

/**
 * What the worker keeps about orders, in extension storage, each read through its parser and
 * written through `writes` (a failed write is logged, never thrown): the popup's list, the
 * dedupe store and the catch-up mark.
 */
export function orderStores(browser: typeof browserApi, writes: StorageWrites, writeBehind: CoalescedTaskDeps) {
  const received = new ReceivedOrderList({
    load: () => readParsed(receivedOrdersItem, parseReceivedOrders),
    save: (orders) => writes.save('the order list', () => receivedOrdersItem.setValue(orders)),
    now: Date.now,
    ...writeBehind,
  });
  const known = new KnownOrders(
    knownOrdersIn({
      get: (keys) => browser.storage.local.get(keys),
      set: (items) => writes.save('the duplicate protection', () => browser.storage.local.set(items)),
      remove: (keys) => writes.save('the duplicate protection', () => browser.storage.local.remove(keys)),
    }),
    Date.now,
    writeBehind,
  );
  const watermark = {
    load: () => readParsed(orderWatermarkItem, parseOrderWatermark),
    save: (mark: OrderWatermark) => writes.save('the catch-up mark', () => orderWatermarkItem.setValue(mark)),
    erase: () => orderWatermarkItem.setValue(null),
  };
  return { received, known, watermark };
}

export type OrderStores = ReturnType<typeof orderStores>;
