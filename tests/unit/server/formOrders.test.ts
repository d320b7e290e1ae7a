import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { startShopBackend, type ShopBackend } from '../../../server/shopBackend';
import { formOrderFrame, formRecentOrdersBody } from '../../fixtures/shopFrames';

const backends: ShopBackend[] = [];

afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(backends.splice(0).map((started) => started.close()));
});

// Printed by CPython for the shop's code and a form order (`total_amount = final_amount = 0`):
// `json.dumps({"event": "order_created", "data": notification_payload}, separators=(",", ":"))`,
// where the amounts are `float(Decimal(0))`…
const PYTHON_FORM_FRAME =
  '{"event":"order_created","data":{"order_id":1,"order_number":"ORD261203-001","customer_name":"\\u0623\\u062d\\u0645\\u062f \\u0627\\u0644\\u062e\\u0637\\u064a\\u0628","customer_phone":"0933333333","total_amount":0.0,"final_amount":0.0,"delivery_type":"self","service_name":"\\u0637\\u0628\\u0627\\u0639\\u0629 \\u0643\\u0631\\u0648\\u062a \\u0634\\u062e\\u0635\\u064a\\u0629","items_count":1,"created_at":"2026-12-03T05:12:41.503118","image_url":null}}';

// …and `recent-orders`, whose `float(order.final_amount) if order.final_amount else 0` makes the
// stored `Decimal("0.00")` the int 0, with `service_name` from the items' specifications: none.
const PYTHON_FORM_RECENT_ORDERS =
  '{"success":true,"orders":[{"id":1,"order_number":"ORD261203-001","customer":"أحمد الخطيب","amount":0,"status":"pending","time":"05:12 AM","service_name":null,"created_at":"2026-12-03T05:12:41.503118"}]}';

describe('an order made by the shop’s form: no price', () => {
  it('is the real frame and list row in the fixtures', () => {
    expect(formOrderFrame()).toBe(PYTHON_FORM_FRAME);
    expect(formRecentOrdersBody([{}])).toBe(PYTHON_FORM_RECENT_ORDERS);
  });

  it('is sent so by the reference backend, numbered as the day’s first order', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-03T05:12:41.503Z'));
    const server = await startShopBackend();
    backends.push(server);
    const socket = new WebSocket(`${server.apiBaseUrl.replace(/^http/, 'ws')}/ws/orders?token=admin_token_1`);
    await new Promise((resolve) => socket.once('open', resolve));
    const frame = new Promise<string>((resolve) => socket.once('message', (data) => resolve(data.toString())));
    const created = await fetch(`${server.origin}/__control/orders`, {
      method: 'POST',
      body: JSON.stringify({
        form: true,
        order: {
          customer_name: 'أحمد الخطيب',
          service_name: 'طباعة كروت شخصية',
          created_at: '2026-12-03T05:12:41.503118',
        },
      }),
    });
    expect(created.status).toBe(201);
    expect(await frame).toBe(PYTHON_FORM_FRAME);
    socket.close();
    const list = await fetch(`${server.apiBaseUrl}/admin/dashboard/recent-orders`);
    expect(Buffer.from(await list.arrayBuffer()).toString('utf8')).toBe(PYTHON_FORM_RECENT_ORDERS);
  });

  it('only when asked: the default order stays priced', async () => {
    const server = await startShopBackend();
    backends.push(server);
    expect(server.createOrder({}, { broadcast: false }).final_amount).toBe(15000);
    expect(server.createOrder({}, { broadcast: false, form: true }).final_amount).toBe(0);
  });
});
