import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { nextMessage } from '../../harness/nextMessage';
import { startShopBackend, type ShopBackend, type ShopBackendOptions } from '../../../server/shopBackend';
import { orderCreatedFrame } from '../../../server/shopWire';

const backends: ShopBackend[] = [];
const dirs: string[] = [];

async function backend(options: ShopBackendOptions = {}) {
  const started = await startShopBackend(options);
  backends.push(started);
  return started;
}

afterEach(async () => {
  await Promise.all(backends.splice(0).map((started) => started.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

interface LoginAnswer {
  access_token: string;
  token_type: string;
  user: { user_type: { name_ar: string } };
  detail: string;
}

async function login(api: string, username: string, password: string) {
  const response = await fetch(`${api}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return { status: response.status, body: (await response.json()) as LoginAnswer };
}

/** Resolves with what a client learns from the upgrade: opened, or the HTTP status that refused it. */
function handshake(url: string): Promise<{ opened: WebSocket } | { refusedWith: number }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.once('open', () => resolve({ opened: socket }));
    socket.once('unexpected-response', (_request, response) => resolve({ refusedWith: response.statusCode ?? 0 }));
    socket.once('error', reject);
  });
}

describe('reference backend: login and tokens', () => {
  it('logs staff in with any phone form, and names each refusal with the real status', async () => {
    const { apiBaseUrl: api } = await backend();
    for (const phone of ['0922222222', '963922222222', '+963922222222']) {
      const { status, body } = await login(api, phone, 'staff123');
      expect(status).toBe(200);
      expect(body.user.user_type.name_ar).toBe('موظف');
      expect(body.token_type).toBe('bearer');
    }
    expect((await login(api, 'not a phone', 'x')).status).toBe(400);
    expect((await login(api, '0922222222', 'wrong')).status).toBe(401);
    expect((await login(api, 'inactive@khawam.local', 'inactive123')).status).toBe(403);
    expect((await login(api, '0922222222', 'wrong')).body.detail).toMatch(/[\u0600-\u06FF]/);
  });

  it('issues the admin a fixed opaque token and the employee a JWT with an integer sub', async () => {
    const { apiBaseUrl: api } = await backend();
    expect((await login(api, 'admin@khawam.local', 'admin123')).body.access_token).toBe('admin_token_1');
    const jwt = (await login(api, 'staff@khawam.local', 'staff123')).body.access_token as string;
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString());
    expect(payload.sub).toBe(7);
    expect(payload.exp - Date.now() / 1000).toBeGreaterThan(29 * 24 * 3600);
  });

  it('with the integer-sub defect, refuses at /auth/me the JWT it just issued, but not opaque tokens', async () => {
    const { apiBaseUrl: api } = await backend({ integerSubDefect: true });
    const jwt = (await login(api, 'staff@khawam.local', 'staff123')).body.access_token;
    const me = (token: string) => fetch(`${api}/auth/me`, { headers: { Authorization: `Bearer ${token}` } });
    expect((await me(jwt)).status).toBe(401);
    expect((await me('admin_token_1')).status).toBe(200);
  });

  it('answers CORS for any origin, credentials included', async () => {
    const { apiBaseUrl: api } = await backend();
    const response = await fetch(`${api}/auth/login`, {
      method: 'OPTIONS',
      headers: { Origin: 'chrome-extension://abc', 'Access-Control-Request-Method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('chrome-extension://abc');
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
  });
});

describe('reference backend: the order stream', () => {
  const streamUrl = (api: string, token: string) =>
    `${api.replace(/^http/, 'ws')}/ws/orders?token=${encodeURIComponent(token)}`;

  it('refuses a bad token, a customer and a wrong path with an HTTP 403 at the upgrade', async () => {
    const server = await backend();
    const customerToken = (await login(server.apiBaseUrl, 'customer@khawam.local', 'customer123')).body.access_token;
    expect(await handshake(streamUrl(server.apiBaseUrl, 'garbage'))).toEqual({ refusedWith: 403 });
    expect(await handshake(streamUrl(server.apiBaseUrl, customerToken))).toEqual({ refusedWith: 403 });
    expect(await handshake(`${server.origin.replace('http', 'ws')}/ws/orders?token=admin_token_1`)).toEqual({
      refusedWith: 403,
    });
    expect(server.handshakes()).toEqual({ accepted: 0, rejected: 3 });
  });

  it('pings on its period, counts pongs only, and broadcasts orders to staff sockets', async () => {
    const server = await backend({ pingIntervalMs: 50 });
    const result = await handshake(streamUrl(server.apiBaseUrl, 'admin_token_1'));
    if (!('opened' in result)) throw new Error('handshake refused');
    const socket = result.opened;
    expect(JSON.parse(await nextMessage(socket))).toEqual({ type: 'ping' });
    socket.send('{"type":"ping"}');
    socket.send('{"type":"pong"}');
    await expect.poll(() => server.sockets()[0]).toMatchObject({ pongs: 1, framesReceived: 2 });

    // The server pings every 50 ms: the order's frame is the next message that is not a ping.
    const received = nextMessage(socket, (text) => text !== '{"type":"ping"}');
    const order = server.createOrder({ customer_name: '<b>x</b>' });
    const frame = await received;
    expect(frame).toBe(orderCreatedFrame(order));
    // The real payload: these keys in this order, amounts as floats, and no status.
    const { status: _stored, ...payload } = order;
    expect(JSON.parse(frame)).toEqual({ event: 'order_created', data: payload });
    expect(Object.keys((JSON.parse(frame) as { data: object }).data)).toEqual([
      'order_id',
      'order_number',
      'customer_name',
      'customer_phone',
      'total_amount',
      'final_amount',
      'delivery_type',
      'service_name',
      'items_count',
      'created_at',
      'image_url',
    ]);
    expect(frame).toContain('"total_amount":15000.0,"final_amount":15000.0');
    expect(order.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?$/);
    expect(order.order_number).toMatch(/^ORD\d{6}-001$/);
    socket.close();
  });

  it('refuses a revoked token from then on', async () => {
    const server = await backend();
    server.revokeToken('admin_token_1');
    expect(await handshake(streamUrl(server.apiBaseUrl, 'admin_token_1'))).toEqual({ refusedWith: 403 });
  });
});

describe('reference backend: orders', () => {
  it('keeps orders and their ids across a restart, and lists them newest first in the dashboard shape', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khawam-backend-'));
    dirs.push(dir);
    const dataFile = join(dir, 'orders.json');
    const first = await backend({ dataFile });
    first.createOrder({ customer_name: 'أ' });
    first.createOrder({ customer_name: 'ب' }, { broadcast: false });
    await first.close();

    const second = await backend({ dataFile });
    expect(second.createOrder().order_id).toBe(3);
    const response = await fetch(`${second.apiBaseUrl}/admin/dashboard/recent-orders?limit=2`);
    const body = (await response.json()) as { success: boolean; orders: Record<string, unknown>[] };
    expect(body.success).toBe(true);
    expect(body.orders.map((order) => order.id)).toEqual([3, 2]);
    expect(body.orders[1]).toMatchObject({
      customer: 'ب',
      status: 'pending',
      time: expect.stringMatching(/^\d\d:\d\d (AM|PM)$/),
    });
  });

  it('reports its sockets at /ws/status', async () => {
    const server = await backend();
    const status = await (await fetch(`${server.apiBaseUrl}/ws/status`)).json();
    expect(status).toEqual({ success: true, active_connections: 0, status: 'no_connections' });
  });

  it('changes a status for staff, and answers an unknown status with 400', async () => {
    const server = await backend();
    const order = server.createOrder();
    const put = (status: string) =>
      fetch(`${server.apiBaseUrl}/admin/orders/${order.order_id}/status`, {
        method: 'PUT',
        headers: { Authorization: 'Bearer admin_token_1', 'Content-Type': 'application/json' },
        body: JSON.stringify({ status }),
      });
    expect((await put('accepted')).status).toBe(200);
    expect((await put('eaten')).status).toBe(400);
  });

  it('offers the same controls over HTTP for the demo', async () => {
    const server = await backend();
    const control = (path: string, body: unknown) =>
      fetch(`${server.origin}/__control/${path}`, { method: 'POST', body: JSON.stringify(body) }).then((r) => r.json());
    const created = await control('orders', { broadcast: false, order: { customer_name: 'ليلى' } });
    expect(created).toMatchObject({ order_id: 1, customer_name: 'ليلى' });
    expect(await control('broadcast', { frame: '{}' })).toEqual({ delivered: 0 });
  });
});
