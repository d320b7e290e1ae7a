import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startShopBackend, type ShopBackend } from '../../../server/shopBackend';
import { fetchRecentOrders, ordersToCatchUp } from '../../../utils/orders/catchUp';
import type { Order } from '../../../utils/orders/order';
import { OrderIntake } from '../../../utils/orders/orderIntake';
import { orderWatermarkItem } from '../../../utils/storage';
import { sampleOrder } from '../sampleOrder';

const API = 'https://shop.example/api';
const ids = (orders: readonly Order[]) => orders.map((order) => order.id);

describe('ordersToCatchUp', () => {
  const recent = [sampleOrder({ id: 12 }), sampleOrder({ id: 11 }), sampleOrder({ id: 10 })];

  it('announces nothing on the first sign-in, only records where the news begins', () => {
    expect(ordersToCatchUp(recent, null, API)).toEqual({
      missed: [],
      watermark: { apiBaseUrl: API, highestOrderId: 12 },
    });
  });

  it('announces the orders above the watermark, oldest first', () => {
    const { missed, watermark } = ordersToCatchUp(recent, { apiBaseUrl: API, highestOrderId: 10 }, API);
    expect(ids(missed)).toEqual([11, 12]);
    expect(watermark.highestOrderId).toBe(12);
  });

  it('treats another server as a first sign-in', () => {
    expect(ordersToCatchUp(recent, { apiBaseUrl: 'https://other/api', highestOrderId: 1 }, API).missed).toEqual([]);
  });
});

describe('fetchRecentOrders against the reference backend', () => {
  let backend: ShopBackend;
  beforeAll(async () => {
    backend = await startShopBackend();
  });
  afterAll(() => backend.close());

  it("reads the dashboard's differently named fields into orders, newest first", async () => {
    backend.createOrder({ customer_name: 'ليلى', final_amount: 7000, total_amount: 7000, service_name: null });
    backend.createOrder({ customer_name: 'Omar' }, { broadcast: false });
    const orders = await fetchRecentOrders(fetch, backend.apiBaseUrl, 'admin_token_1');
    expect(orders.map((order) => [order.id, order.customerName])).toEqual([
      [2, 'Omar'],
      [1, 'ليلى'],
    ]);
    expect(orders[1]).toMatchObject({ amount: 7000, serviceName: null, status: 'pending' });
  });
});

describe('OrderIntake', () => {
  beforeEach(() => fakeBrowser.reset());

  function intake() {
    const announced: number[] = [];
    const orderIntake = new OrderIntake({
      announce: async (order) => void announced.push(order.id),
      loadWatermark: () => orderWatermarkItem.getValue(),
      saveWatermark: (watermark) => orderWatermarkItem.setValue(watermark),
    });
    return { orderIntake, announced };
  }

  it('after a gap announces exactly the orders missed while disconnected', async () => {
    const { orderIntake, announced } = intake();
    await orderIntake.catchUp(API, async () => [sampleOrder({ id: 5 })]);
    await orderIntake.receiveLive(sampleOrder({ id: 6 }), API);
    const missed = await orderIntake.catchUp(API, async () => [7, 6, 5].map((id) => sampleOrder({ id })));
    expect(missed).toBe(1);
    expect(announced).toEqual([6, 7]);
  });

  it('a live order during the first catch-up still counts as news, history does not', async () => {
    const { orderIntake, announced } = intake();
    await Promise.all([
      orderIntake.receiveLive(sampleOrder({ id: 9 }), API),
      orderIntake.catchUp(API, async () => [9, 8].map((id) => sampleOrder({ id }))),
    ]);
    expect(announced).toEqual([9]);
    expect(await orderWatermarkItem.getValue()).toEqual({ apiBaseUrl: API, highestOrderId: 9 });
  });
});
