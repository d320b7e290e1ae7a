import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { KnownOrders, knownOrdersIn } from '../../../utils/orders/knownOrders';
import type { Order } from '../../../utils/orders/order';
import { OrderPipeline } from '../../../utils/orders/orderPipeline';
import { ReceivedOrderList } from '../../../utils/orders/receivedOrderList';
import { receivedOrdersItem } from '../../../utils/storageItems';
import type { PipelineOutcome } from '../../../utils/orders/orderPipeline';
import { sampleOrder } from '../sampleOrder';
import { writeBehind } from '../writeBehind';

const NOW = Date.UTC(2025, 10, 27, 14, 20);

function pipelineOverFakeStorage({ quiet = false, now = () => NOW, failedReads = 0 } = {}) {
  const shown: string[] = [];
  const loadFailures: string[] = [];
  let readsToFail = failedReads;
  const badge: string[] = [];
  const outcomes: PipelineOutcome[] = [];
  let rings = 0;
  const local = fakeBrowser.storage.local;
  const received = new ReceivedOrderList({
    load: () => (readsToFail-- > 0 ? Promise.reject(new Error('storage read failed')) : receivedOrdersItem.getValue()),
    save: (orders) => receivedOrdersItem.setValue(orders),
    now,
    ...writeBehind,
  });
  const known = new KnownOrders(knownOrdersIn(local), now, writeBehind);
  const pipeline = new OrderPipeline({
    known,
    received,
    alerts: {
      showOrder: (order: Order) => shown.push(`order-${order.id}`),
      showSummary: ({ count, listed, replacing }) =>
        shown.push(
          `summary of ${count}: ${listed.map((order) => order.id).join(',')} replacing ${replacing.join(',')}`,
        ),
      ring: () => rings++,
      picture: () => null,
      setBadgeText: (text) => badge.push(text),
    },
    filterSettings: () => ({ catchUpMaxAgeMs: 24 * 3_600_000, serverTimeZone: 'UTC' }),
    isQuiet: () => quiet,
    failed: () => (error) => void loadFailures.push(String(error)),
    now,
    count: (outcome) => outcomes.push(outcome),
  });
  const flush = () => Promise.all([known.flush(), received.flush()]);
  return { pipeline, shown, badge, outcomes, rings: () => rings, flush, loadFailures };
}

describe('OrderPipeline', () => {
  beforeEach(() => fakeBrowser.reset());

  it('announces a new order with its notification, the sound and the badge', async () => {
    const { pipeline, shown, badge, rings } = pipelineOverFakeStorage();
    expect(await pipeline.receive(sampleOrder(), 'live')).toBe('announced');
    expect(shown).toEqual(['order-42']);
    expect(badge.at(-1)).toBe('1');
    expect(rings()).toBe(1);
  });

  it('announces an order although the stored list could not be read, says so, and reads it again', async () => {
    const before = pipelineOverFakeStorage();
    await before.pipeline.receive(sampleOrder({ id: 1 }), 'live');
    await before.flush();

    const { pipeline, shown, loadFailures, flush } = pipelineOverFakeStorage({ failedReads: 1 });
    expect(await pipeline.receive(sampleOrder({ id: 2 }), 'live')).toBe('announced');
    expect(shown).toEqual(['order-2']);
    expect(loadFailures).toEqual(['Error: storage read failed']);
    // The next order reads the stores again: the earlier order is known, the list kept whole.
    expect(await pipeline.receive(sampleOrder({ id: 1 }), 'live')).toBe('duplicate');
    await flush();
    expect((await receivedOrdersItem.getValue()).map((order) => order.id)).toEqual([2, 1]);
  });

  it('announces a repeated broadcast once, also when both copies arrive together', async () => {
    const { pipeline, shown } = pipelineOverFakeStorage();
    const outcomes = await Promise.all([
      pipeline.receive(sampleOrder(), 'live'),
      pipeline.receive(sampleOrder(), 'live'),
    ]);
    expect(outcomes.sort()).toEqual(['announced', 'duplicate']);
    expect(shown).toEqual(['order-42']);
  });

  it('does not announce again after a restart what it announced before', async () => {
    const first = pipelineOverFakeStorage();
    await first.pipeline.receive(sampleOrder(), 'live');
    await first.flush();
    const restarted = pipelineOverFakeStorage();
    expect(await restarted.pipeline.receive(sampleOrder(), 'catchUp')).toBe('duplicate');
    expect(restarted.shown).toEqual([]);
  });

  it('records cancelled and stale orders for the list without a sound or a popup', async () => {
    const { pipeline, shown, rings, flush } = pipelineOverFakeStorage();
    expect(await pipeline.receive(sampleOrder({ id: 1, status: 'cancelled' }), 'live')).toBe('terminal');
    expect(await pipeline.receive(sampleOrder({ id: 2, createdAt: '2025-11-20T10:00:00' }), 'catchUp')).toBe('stale');
    await flush();
    expect(shown).toEqual([]);
    expect(rings()).toBe(0);
    expect((await receivedOrdersItem.getValue()).map((order) => [order.id, order.seen])).toEqual([
      [2, true],
      [1, true],
    ]);
  });

  it('in quiet time records and counts the badge, but shows and rings nothing', async () => {
    const { pipeline, shown, badge, rings } = pipelineOverFakeStorage({ quiet: true });
    expect(await pipeline.receive(sampleOrder(), 'live')).toBe('quiet');
    expect(shown).toEqual([]);
    expect(rings()).toBe(0);
    expect(badge.at(-1)).toBe('1');
  });

  it('turns a burst into one summary that replaces the single notifications', async () => {
    const { pipeline, shown } = pipelineOverFakeStorage();
    for (let id = 1; id <= 5; id++) await pipeline.receive(sampleOrder({ id }), 'live');
    expect(shown).toEqual([
      'order-1',
      'order-2',
      'order-3',
      'summary of 4: 1,2,3,4 replacing 1,2,3',
      'summary of 5: 1,2,3,4,5 replacing ',
    ]);
  });
});
