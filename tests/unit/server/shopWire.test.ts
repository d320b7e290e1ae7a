import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { nextMessage } from '../../harness/nextMessage';
import { startShopBackend, type ShopBackend, type ShopBackendOptions } from '../../../server/shopBackend';
import { numericCents } from '../../../server/shopWire';
import { orderCreatedFrame, recentOrdersBody, sampleStoredOrder } from '../../fixtures/shopFrames';

const backends: ShopBackend[] = [];

async function backend(options: ShopBackendOptions = {}) {
  const started = await startShopBackend(options);
  backends.push(started);
  return started;
}

afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(backends.splice(0).map((started) => started.close()));
});

async function openStream(server: ShopBackend): Promise<WebSocket> {
  const socket = new WebSocket(`${server.apiBaseUrl.replace(/^http/, 'ws')}/ws/orders?token=admin_token_1`);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return socket;
}

/** A 1 × 1 PNG (made by Python's zlib, kept as hex). */
const ONE_PIXEL_PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c49444154789c63b822a70d0002e7011e12ea36f90000000049454e44ae426082',
  'hex',
);

// `json.dumps({"event": "order_created", "data": notification_payload}, separators=(",", ":"))`,
// printed by CPython for the payload the server builds for this order.
const PYTHON_FRAME =
  '{"event":"order_created","data":{"order_id":1,"order_number":"ORD251127-001","customer_name":"\\u0623\\u062d\\u0645\\u062f \\u0627\\u0644\\u062e\\u0637\\u064a\\u0628","customer_phone":"0933333333","total_amount":15000.0,"final_amount":12500.5,"delivery_type":"delivery","service_name":"\\u0637\\u0628\\u0627\\u0639\\u0629 \\u0643\\u0631\\u0648\\u062a \\u0634\\u062e\\u0635\\u064a\\u0629","items_count":2,"created_at":"2025-11-27T14:15:03.120934","image_url":"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGO4IqcNAALnAR4S6jb5AAAAAElFTkSuQmCC"}}';

// `JSONResponse({"success": True, "orders": recent_orders})`, rendered by CPython.
const PYTHON_RECENT_ORDERS =
  '{"success":true,"orders":[{"id":2,"order_number":"ORD251127-002","customer":"عميل","amount":0,"status":"accepted","time":"08:05 PM","service_name":null,"created_at":"2025-11-27T20:05:09"},{"id":1,"order_number":"ORD251127-001","customer":"أحمد الخطيب","amount":12500.5,"status":"pending","time":"02:15 PM","service_name":null,"created_at":"2025-11-27T14:15:03.120934"}]}';

describe('the order_created frame, byte for byte', () => {
  it('is what the real server sends for an order with an Arabic name, float amounts and an uploaded picture', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-11-27T14:15:03.120Z'));
    const server = await backend();
    const socket = await openStream(server);
    const received = nextMessage(socket);
    server.createOrder({
      customer_name: 'أحمد الخطيب',
      total_amount: 15000,
      final_amount: 12500.5,
      delivery_type: 'delivery',
      service_name: 'طباعة كروت شخصية',
      items_count: 2,
      created_at: '2025-11-27T14:15:03.120934',
      design_files: [{ filename: 'dot.png', mimeType: 'image/png', bytes: ONE_PIXEL_PNG, lastModified: 0 }],
    });
    expect(await received).toBe(PYTHON_FRAME);
    socket.close();
  });

  it('is the same from the fixtures, without a backend', () => {
    const frame = orderCreatedFrame({
      order_id: 1,
      order_number: 'ORD251127-001',
      total_amount: 15000,
      final_amount: 12500.5,
      delivery_type: 'delivery',
      items_count: 2,
      image_url: `data:image/png;base64,${ONE_PIXEL_PNG.toString('base64')}`,
      status: 'cancelled',
    });
    expect(frame).toBe(PYTHON_FRAME);
  });

  it('numbers orders ORD<yymmdd>-<nnn> by the day, and stamps microseconds that only grow', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-11-27T23:59:59.999Z'));
    const server = await backend();
    const first = server.createOrder();
    const second = server.createOrder();
    vi.setSystemTime(new Date('2025-11-28T00:00:00.000Z'));
    const third = server.createOrder();
    expect([first, second, third].map((order) => order.order_number)).toEqual([
      'ORD251127-001',
      'ORD251127-002',
      'ORD251128-001',
    ]);
    expect(second.created_at > first.created_at).toBe(true);
    expect(third.created_at.startsWith('2025-11-28T00:00:00')).toBe(true);
  });
});

describe('recent-orders, byte for byte', () => {
  it('answers the dashboard rows as FastAPI renders them: UTF-8, compact, float or int amount, no service name', async () => {
    const server = await backend();
    server.createOrder(
      {
        customer_name: 'أحمد الخطيب',
        total_amount: 15000,
        final_amount: 12500.5,
        service_name: 'طباعة كروت شخصية',
        created_at: '2025-11-27T14:15:03.120934',
      },
      { broadcast: false },
    );
    const free = server.createOrder(
      { customer_name: '', total_amount: 0, final_amount: 0, created_at: '2025-11-27T20:05:09' },
      { broadcast: false },
    );
    server.setOrderStatus(free.order_id, 'accepted');
    const response = await fetch(`${server.apiBaseUrl}/admin/dashboard/recent-orders`);
    expect(response.headers.get('content-type')).toBe('application/json');
    const body = Buffer.from(await response.arrayBuffer()).toString('utf8');
    expect(body.replaceAll(/ORD\d{6}/g, 'ORD251127')).toBe(PYTHON_RECENT_ORDERS);
  });

  it('is the same from the fixtures', () => {
    expect(
      recentOrdersBody([
        {
          order_id: 2,
          order_number: 'ORD251127-002',
          customer_name: '',
          final_amount: 0,
          status: 'accepted',
          created_at: '2025-11-27T20:05:09',
        },
        { order_id: 1, order_number: 'ORD251127-001', final_amount: 12500.5 },
      ]),
    ).toBe(PYTHON_RECENT_ORDERS);
  });

  it('lists by created_at, newest first, whatever the ids; limit as the real query parameter', async () => {
    const server = await backend();
    const recent = server.createOrder({}, { broadcast: false });
    const older = server.createOrder({ created_at: '2020-01-01T00:00:00' }, { broadcast: false });
    const newest = server.createOrder({}, { broadcast: false });
    const ids = async (query: string) => {
      const response = await fetch(`${server.apiBaseUrl}/admin/dashboard/recent-orders${query}`);
      return {
        status: response.status,
        body: (await response.json()) as { orders?: { id: number }[]; detail?: unknown },
      };
    };
    expect((await ids('')).body.orders?.map((order) => order.id)).toEqual([
      newest.order_id,
      recent.order_id,
      older.order_id,
    ]);
    expect((await ids('?limit=1')).body.orders?.map((order) => order.id)).toEqual([newest.order_id]);
    expect((await ids('?limit=0')).body.orders).toEqual([]);
    // PostgreSQL refuses a negative LIMIT; the route answers any error with an empty list.
    expect(await ids('?limit=-1')).toEqual({ status: 200, body: { success: true, orders: [] } });
    expect(await ids('?limit=abc')).toEqual({
      status: 422,
      body: {
        detail: [
          {
            type: 'int_parsing',
            loc: ['query', 'limit'],
            msg: 'Input should be a valid integer, unable to parse string as an integer',
            input: 'abc',
            url: 'https://errors.pydantic.dev/2.5/v/int_parsing',
          },
        ],
      },
    });
  });

  it('rounds an amount to cents as the DECIMAL(12, 2) column stores it', () => {
    expect(numericCents(12.345)).toBe(12.35);
    expect(numericCents(1.005)).toBe(1.01);
    expect(numericCents(-2.675)).toBe(-2.68);
    expect(numericCents(0.004)).toBe(0);
    expect(numericCents(15000)).toBe(15000);
    expect(recentOrdersBody([{ final_amount: 0.004 }])).toContain('"amount":0,');
    expect(recentOrdersBody([{ final_amount: 7000 }])).toContain('"amount":7000.0,');
  });
});

describe('the rest of the wire', () => {
  it('pings with {"type":"ping"}', async () => {
    const server = await backend({ pingIntervalMs: 20 });
    const socket = await openStream(server);
    expect(await nextMessage(socket)).toBe('{"type":"ping"}');
    socket.close();
  });

  it('answers CORS as Starlette does: * with credentials, the origin when a cookie came, preflights echoed', async () => {
    const server = await backend();
    const url = `${server.apiBaseUrl}/admin/dashboard/recent-orders`;
    const plain = await fetch(url, { headers: { Origin: 'chrome-extension://abc' } });
    expect(plain.headers.get('access-control-allow-origin')).toBe('*');
    expect(plain.headers.get('access-control-allow-credentials')).toBe('true');
    const withCookie = await fetch(url, { headers: { Origin: 'https://shop.example', Cookie: 'a=1' } });
    expect(withCookie.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(withCookie.headers.get('vary')).toBe('Origin');
    const preflight = await fetch(url, {
      method: 'OPTIONS',
      headers: { Origin: 'https://shop.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(200);
    expect(await preflight.text()).toBe('OK');
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT');
  });

  it('keeps a sample stored order complete for the fixtures', () => {
    expect(Object.keys(sampleStoredOrder())).toContain('status');
    expect(orderCreatedFrame()).not.toContain('status');
  });
});
