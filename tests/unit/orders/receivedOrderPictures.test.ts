import { describe, expect, it } from 'vitest';
import { parseReceivedOrders } from '../../../utils/orders/receivedOrderSchema';
import { MAX_THUMBNAILS, ReceivedOrderList } from '../../../utils/orders/receivedOrderList';
import { storageWrites } from '../../../utils/background/storageWrites';
import type { NewEvent } from '../../../utils/diagnostics/eventLog';
import type { StorageProblem } from '../../../utils/diagnostics/storageProblem';
import { sampleOrder } from '../sampleOrder';
import { writeBehind } from '../writeBehind';

const THUMBNAIL = 'data:image/jpeg;base64,/9j/AAAA';

describe('thumbnails kept with orders', () => {
  it('keeps a thumbnail only on the orders the popup shows, and lets it go with them', async () => {
    const saved: unknown[] = [];
    const list = new ReceivedOrderList({
      load: async () => [],
      save: async (orders) => void saved.push(orders),
      now: () => 0,
      ...writeBehind,
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

describe('a thumbnail when storage is full', () => {
  it('stays with its order in memory, the failure is published once, and the next write that fits clears it', async () => {
    let full = true;
    const stored: unknown[] = [];
    const problems: (StorageProblem | null)[] = [];
    const logged: NewEvent[] = [];
    const writes = storageWrites({
      failed: (what) => (error) => void logged.push({ kind: 'failure', what, error: String(error) }),
      publish: async (problem) => void problems.push(problem),
      now: () => 7,
    });
    const list = new ReceivedOrderList({
      load: async () => [],
      save: (orders) =>
        writes.save('the order list', async () => {
          if (full) throw new Error('QUOTA_BYTES quota exceeded');
          stored.push(orders);
        }),
      now: () => 0,
      ...writeBehind,
    });
    await list.load();
    list.add(sampleOrder({ id: 1 }), 'live', false);
    list.setThumbnail(1, THUMBNAIL);
    await list.flush();
    list.add(sampleOrder({ id: 2 }), 'live', false);
    await list.flush();
    // The popup's list, as this worker holds it, still has the order and its picture.
    expect(list.byIds([1])[0]?.thumbnail).toBe(THUMBNAIL);
    expect(problems.at(-1)).toEqual({ at: 7, failing: ['the order list'] });
    expect(logged.filter((event) => event.kind === 'failure')).toHaveLength(1);

    full = false;
    list.markSeen([2]);
    await list.flush();
    expect(parseReceivedOrders(stored.at(-1)).find((order) => order.id === 1)?.thumbnail).toBe(THUMBNAIL);
    expect(problems.at(-1)).toBeNull();
  });
});
