import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseServerFrame } from '../../../utils/connection/parseServerFrame';
import { ordersAboveWatermark } from '../../../utils/orders/orderWatermark';
import { LONG_READ_LIMIT } from '../../../utils/orders/recentOrders';
import { KnownOrders } from '../../../utils/orders/knownOrders';
import { TERMINAL_STATUSES } from '../../../utils/shop/orderStatuses';
import { OrderPipeline } from '../../../utils/orders/orderPipeline';
import type { ReceivedOrder } from '../../../utils/orders/receivedOrderSchema';
import { ReceivedOrderList } from '../../../utils/orders/receivedOrderList';
import { sampleBroadcast, sampleOrder } from '../sampleOrder';
import { writeBehind } from '../writeBehind';

const NOW = Date.UTC(2026, 10, 26, 12);
/** The order list's share of the browser's 10 MB: far under it, whatever customers type. */
const ORDER_LIST_BUDGET_BYTES = 1.5 * 1024 * 1024;

/** Frames a faulty server or a hostile customer could produce: mutated orders, absurd ids, junk. */
const hostileFrame = fc.oneof(
  fc
    .record({
      order_id: fc.oneof(
        fc.integer({ min: 1, max: 40 }),
        fc.constant(Number.MAX_SAFE_INTEGER),
        fc.integer({ min: 1, max: 40 }).map(String),
        fc.constant(-1),
        fc.constant(0),
        fc.double(),
        fc.constant(null),
      ),
      customer_name: fc.oneof(fc.string({ unit: 'binary', maxLength: 3_000 }), fc.constant(null), fc.integer()),
      service_name: fc.oneof(fc.string({ maxLength: 200 }), fc.constant(null), fc.object()),
      final_amount: fc.oneof(fc.double(), fc.constant('1500.00'), fc.string(), fc.constant(null)),
      status: fc.oneof(
        fc.constantFrom('pending', 'accepted', ...TERMINAL_STATUSES, 'PAID'),
        fc.string(),
        fc.constant(undefined),
      ),
      created_at: fc.oneof(
        fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
        fc.string(),
        fc.integer(),
      ),
    })
    .map((mutation) => JSON.stringify({ event: 'order_created', data: { ...sampleBroadcast(), ...mutation } })),
  fc.anything().map((value) => JSON.stringify(value) ?? 'undefined'),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constant('{"type":"ping"}'),
);

function pipelineInMemory() {
  let stored: ReceivedOrder[] = [];
  const received = new ReceivedOrderList({
    load: async () => [],
    save: async (orders) => void (stored = orders),
    now: () => NOW,
    ...writeBehind,
  });
  const announced: { id: number; status: string | null }[] = [];
  const pipeline = new OrderPipeline({
    known: new KnownOrders(
      { readAll: async () => ({}), write: async () => undefined, remove: async () => undefined },
      () => NOW,
      writeBehind,
    ),
    received,
    alerts: {
      showOrder: (order) => void announced.push({ id: order.id, status: order.status }),
      showSummary: ({ listed }) => void announced.push(...listed.map(({ id, status }) => ({ id, status }))),
      ring: () => undefined,
      picture: () => null,
      setBadgeText: () => undefined,
    },
    filterSettings: () => ({ catchUpMaxAgeMs: 24 * 3_600_000, serverTimeZone: 'UTC' }),
    isQuiet: () => false,
    failed: () => (error) => {
      throw error;
    },
    now: () => NOW,
    count: () => undefined,
  });
  return { pipeline, received, announced, stored: async () => (await received.flush(), stored) };
}

describe('the pipeline, under hostile frames', () => {
  it('never throws, never announces an order twice or an order that is over, and stays within its storage budget', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileFrame, { minLength: 100, maxLength: 500 }), async (frames) => {
        const { pipeline, announced, stored } = pipelineInMemory();
        const outcomes = new Map<number, string[]>();
        for (const frame of frames) {
          const parsed = parseServerFrame(frame, NOW);
          if (!parsed.ok || parsed.message.kind !== 'order') continue;
          const { order } = parsed.message.parsed;
          const outcome = await pipeline.receive(order, 'live');
          outcomes.set(order.id, [...(outcomes.get(order.id) ?? []), outcome]);
        }
        for (const [, results] of outcomes)
          expect(results.filter((outcome) => outcome !== 'duplicate')).toHaveLength(1);
        for (const { status } of announced)
          expect(TERMINAL_STATUSES as readonly (string | null)[]).not.toContain(status);
        expect(JSON.stringify(await stored()).length).toBeLessThan(ORDER_LIST_BUDGET_BYTES);
      }),
      { numRuns: 20 },
    );
  });

  it('keeps 1,000 orders of the longest texts customers can type under the list’s budget', async () => {
    const { pipeline, stored } = pipelineInMemory();
    for (let id = 1; id <= 1_000; id++) {
      const parsed = parseServerFrame(
        JSON.stringify({
          event: 'order_created',
          data: {
            ...sampleBroadcast({ order_id: id }),
            customer_name: '😀'.repeat(5_000),
            service_name: 'x'.repeat(9_000),
            image_url: 'y'.repeat(9_000),
          },
        }),
        NOW,
      );
      if (parsed.ok && parsed.message.kind === 'order') await pipeline.receive(parsed.message.parsed.order, 'live');
    }
    expect(JSON.stringify(await stored()).length).toBeLessThan(ORDER_LIST_BUDGET_BYTES);
  });
});

describe('the catch-up mark, under any server answer', () => {
  it('never lies above the newest id the server lists', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), { maxLength: 300 }),
        fc.option(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), { nil: null }),
        (ids, mark) => {
          const recent = ids.map((id) => sampleOrder({ id }));
          const watermark = mark === null ? null : { apiBaseUrl: 'https://a/api', highestOrderId: mark };
          const plan = ordersAboveWatermark(recent, watermark, 'https://a/api');
          const listed = recent.slice(0, LONG_READ_LIMIT).map((order) => order.id);
          if (listed.length > 0) expect(plan.watermark?.highestOrderId).toBeLessThanOrEqual(Math.max(...listed));
          expect(plan.missed.length).toBeLessThanOrEqual(LONG_READ_LIMIT);
          // A server listing an order twice does not make it news twice.
          expect(new Set(plan.missed.map((order) => order.id)).size).toBe(plan.missed.length);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
