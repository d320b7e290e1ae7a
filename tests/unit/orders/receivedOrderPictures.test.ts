import { describe, expect, it } from 'vitest';
import { parseReceivedOrders } from '../../../utils/orders/receivedOrderSchema';
import { MAX_THUMBNAILS, ReceivedOrderList } from '../../../utils/orders/receivedOrderList';
import { sampleOrder } from '../sampleOrder';

const THUMBNAIL = 'data:image/jpeg;base64,/9j/AAAA';

describe('thumbnails kept with orders', () => {
  it('keeps a thumbnail only on the orders the popup shows, and lets it go with them', async () => {
    const saved: unknown[] = [];
    const list = new ReceivedOrderList({
      load: async () => [],
      save: async (orders) => void saved.push(orders),
      now: () => 0,
    });
    await list.load();
    list.add(sampleOrder({ id: 1 }), 'live', false);
    list.setThumbnail(1, THUMBNAIL);
    for (let id = 2; id <= MAX_THUMBNAILS; id++) list.add(sampleOrder({ id }), 'live', false);
    expect(list.byIds([1])[0]?.thumbnail).toBe(THUMBNAIL);
    list.add(sampleOrder({ id: MAX_THUMBNAILS + 1 }), 'live', false);
    expect(list.byIds([1])[0]?.thumbnail).toBeUndefined();
    list.setThumbnail(1, THUMBNAIL);
    expect(list.byIds([1])[0]?.thumbnail).toBeUndefined();
  });

  it('drops a stored thumbnail that is not a small JPEG data URL, never the order', () => {
    const row = (thumbnail: unknown) => ({
      ...sampleOrder({ id: 5 }),
      receivedAt: 0,
      seen: false,
      source: 'live',
      thumbnail,
    });
    for (const forged of [
      'https://evil.example/track.png',
      'data:image/svg+xml;base64,PHN2Zz4=',
      `data:image/jpeg;base64,${'A'.repeat(20_000)}`,
      42,
    ]) {
      const [order] = parseReceivedOrders([row(forged)]);
      expect(order?.id).toBe(5);
      expect(order?.thumbnail).toBeUndefined();
    }
    expect(parseReceivedOrders([row(THUMBNAIL)])[0]?.thumbnail).toBe(THUMBNAIL);
  });
});
