import { describe, expect, it } from 'vitest';
import type { Order } from '../../../utils/orders/order';
import { ordersAboveWatermark } from '../../../utils/orders/orderWatermark';
import { sampleOrder } from '../sampleOrder';

const API = 'https://shop.example/api';
const ids = (orders: readonly Order[]) => orders.map((order) => order.id);
describe('the first minute: on a first read after sign-in', () => {
  const SIGNED_IN = Date.UTC(2026, 11, 1, 9, 0, 0);
  // The server's naive UTC timestamps, as `datetime.isoformat()` writes them.
  const at = (ms: number) => new Date(ms).toISOString().slice(0, 23).replace('Z', '') + '000';
  // The order list could not be read at sign-in: the orders' own times tell news from history.
  const firstRead = { highestOrderIdAtSignIn: null, signedInAt: SIGNED_IN, serverTimeZone: 'UTC' };
  const listed = [
    sampleOrder({ id: 31, createdAt: at(SIGNED_IN + 20_000) }),
    sampleOrder({ id: 30, createdAt: at(SIGNED_IN - 60_000) }),
    sampleOrder({ id: 29, createdAt: at(SIGNED_IN - 3_600_000) }),
  ];

  it('announces the orders above what the list showed at sign-in, whatever the clocks say', () => {
    const plan = ordersAboveWatermark(listed, null, API, { firstRead: { ...firstRead, highestOrderIdAtSignIn: 29 } });
    expect(ids(plan.missed)).toEqual([30, 31]);
    const none = ordersAboveWatermark(listed, null, API, { firstRead: { ...firstRead, highestOrderIdAtSignIn: 31 } });
    expect(none.missed).toEqual([]);
  });

  it('announces orders created after the sign-in (their broadcast lost) and takes older ones as history', () => {
    const plan = ordersAboveWatermark(listed, null, API, { firstRead });
    // Order 30 lies within the allowed clock skew of the sign-in: news rather than a risk of missing it.
    expect(ids(plan.missed)).toEqual([30, 31]);
    expect(plan.watermark).toEqual({ apiBaseUrl: API, highestOrderId: 31 });
  });

  it('allows for a server clock behind the computer by up to two minutes, not more', () => {
    const plan = ordersAboveWatermark(listed, null, API, {
      firstRead: { ...firstRead, signedInAt: SIGNED_IN + 130_000 },
    });
    expect(ids(plan.missed)).toEqual([31]);
  });

  it('reads a server time zone other than UTC', () => {
    // 12:00:20 Damascus wall time is 09:00:20 UTC.
    const damascus = [sampleOrder({ id: 40, createdAt: '2026-12-01T12:00:20' })];
    const plan = ordersAboveWatermark(damascus, null, API, {
      firstRead: { ...firstRead, serverTimeZone: 'Asia/Damascus' },
    });
    expect(ids(plan.missed)).toEqual([40]);
  });

  it('sets no mark from an empty answer (the server answers its own errors with one)', () => {
    expect(ordersAboveWatermark([], null, API, { firstRead })).toEqual({ missed: [], watermark: null, gap: false });
  });
});
