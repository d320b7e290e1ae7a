import { describe, expect, it } from 'vitest';
import type { Order } from '../../../utils/orders/order';
import { ordersAboveWatermark } from '../../../utils/orders/orderWatermark';
import { sampleOrder } from '../sampleOrder';

const API = 'https://shop.example/api';
const ids = (orders: readonly Order[]) => orders.map((order) => order.id);
describe('ordersAboveWatermark', () => {
  const recent = [sampleOrder({ id: 12 }), sampleOrder({ id: 11 }), sampleOrder({ id: 10 })];

  it('announces no history on the first sign-in, only records where the news begins', () => {
    expect(ordersAboveWatermark(recent, null, API)).toEqual({
      missed: [],
      watermark: { apiBaseUrl: API, highestOrderId: 12 },
      gap: false,
    });
  });

  it('announces the orders above the watermark, oldest first', () => {
    const { missed, watermark } = ordersAboveWatermark(recent, { apiBaseUrl: API, highestOrderId: 10 }, API);
    expect(ids(missed)).toEqual([11, 12]);
    expect(watermark?.highestOrderId).toBe(12);
  });

  it('takes at most the rows it asked for, and says when they do not reach back to the watermark', () => {
    const many = Array.from({ length: 20_000 }, (_, index) => sampleOrder({ id: 30_000 - index }));
    const plan = ordersAboveWatermark(many, { apiBaseUrl: API, highestOrderId: 10 }, API, { limit: 50 });
    expect(plan.missed).toHaveLength(50);
    expect(plan.gap).toBe(true);
    expect(plan.watermark?.highestOrderId).toBe(30_000);
  });

  it('skips orders this computer already took in', () => {
    const plan = ordersAboveWatermark(recent, { apiBaseUrl: API, highestOrderId: 10 }, API, {
      known: (id) => id === 11,
    });
    expect(ids(plan.missed)).toEqual([12]);
  });

  it('comes back down to the server when the watermark lies above its newest order', () => {
    const plan = ordersAboveWatermark(recent, { apiBaseUrl: API, highestOrderId: 9_007_199_254_740_991 }, API);
    expect(ids(plan.missed)).toEqual([10, 11, 12]);
    expect(plan.watermark?.highestOrderId).toBe(12);
  });

  it('treats another server as a first sign-in', () => {
    expect(ordersAboveWatermark(recent, { apiBaseUrl: 'https://other/api', highestOrderId: 1 }, API).missed).toEqual(
      [],
    );
  });
});
