import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startShopBackend, type ShopBackend, type ShopBackendOptions } from '../../../server/shopBackend';

const backends: ShopBackend[] = [];

async function backend(options: ShopBackendOptions = {}) {
  const started = await startShopBackend(options);
  backends.push(started);
  return started;
}

afterEach(async () => {
  await Promise.all(backends.splice(0).map((started) => started.close()));
});

const streamUrl = (server: ShopBackend, token: string) =>
  `${server.apiBaseUrl.replace(/^http/, 'ws')}/ws/orders?token=${encodeURIComponent(token)}`;

/** What a client with a bounded handshake learns: opened, refused with a status, or nothing in time. */
function handshake(url: string, timeoutMs = 500): Promise<'opened' | 'timedOut' | number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, { handshakeTimeout: timeoutMs });
    socket.once('open', () => {
      socket.close();
      resolve('opened');
    });
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.once('error', (error) => resolve(/timed out/i.test(error.message) ? 'timedOut' : -1));
  });
}

async function login(server: ShopBackend, username: string, password: string): Promise<string> {
  const response = await fetch(`${server.apiBaseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

describe('the upgrade-hang switch: a proxy that swallows the order stream’s upgrade', () => {
  it('gives an upgrade no answer at all while HTTP still answers, and counts it', async () => {
    const server = await backend();
    server.setUpgradeHang(true);
    const started = Date.now();
    const pending = handshake(streamUrl(server, 'admin_token_1'), 500);
    const status = await fetch(`${server.apiBaseUrl}/ws/status`);
    expect(status.status).toBe(200);
    expect(await pending).toBe('timedOut');
    expect(Date.now() - started).toBeGreaterThanOrEqual(450);
    expect(server.handshakes()).toEqual({ accepted: 0, rejected: 0, hung: 1 });
    expect((await fetch(`${server.apiBaseUrl}/admin/dashboard/recent-orders`)).status).toBe(200);

    server.setUpgradeHang(false);
    expect(await handshake(streamUrl(server, 'admin_token_1'))).toBe('opened');
    expect(server.handshakes()).toEqual({ accepted: 1, rejected: 0, hung: 1 });
  });

  it('holds the connection, writing nothing, until the backend closes it', async () => {
    const server = await backend({ upgradeHang: true });
    const socket = connect(server.port, '127.0.0.1');
    const received: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.write(
      'GET /api/ws/orders?token=admin_token_1 HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
    );
    await expect.poll(() => server.handshakes().hung).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(received).toEqual([]);
    expect(socket.destroyed).toBe(false);
    await server.close();
    await closed;
    expect(Buffer.concat(received).length).toBe(0);
  });

  it('is offered over HTTP, and swallows only the order stream', async () => {
    const server = await backend();
    const post = (body: unknown) =>
      fetch(`${server.origin}/__control/upgrade-hang`, { method: 'POST', body: JSON.stringify(body) }).then(
        (response) => response.json(),
      );
    expect(await post({ on: true })).toEqual({ upgradeHang: true });
    expect(await handshake(`${server.origin.replace('http', 'ws')}/elsewhere`)).toBe(403);
    expect(await handshake(streamUrl(server, 'admin_token_1'), 300)).toBe('timedOut');
    const sockets = (await (await fetch(`${server.origin}/__control/sockets`)).json()) as { handshakes: object };
    expect(sockets.handshakes).toEqual({ accepted: 0, rejected: 1, hung: 1 });
    expect(await post({ on: false })).toEqual({ upgradeHang: false });
    expect(await handshake(streamUrl(server, 'admin_token_1'))).toBe('opened');
  });
});

describe('the integer-sub defect switch', () => {
  it('refuses the employee’s JWT at /auth/me and at the order stream, while recent-orders still answers', async () => {
    const server = await backend();
    server.createOrder({}, { broadcast: false });
    const jwt = await login(server, '0922222222', 'staff123');
    const me = () => fetch(`${server.apiBaseUrl}/auth/me`, { headers: { Authorization: `Bearer ${jwt}` } });
    expect((await me()).status).toBe(200);
    expect(await handshake(streamUrl(server, jwt))).toBe('opened');

    const switched = await fetch(`${server.origin}/__control/integer-sub-defect`, {
      method: 'POST',
      body: JSON.stringify({ on: true }),
    });
    expect(await switched.json()).toEqual({ integerSubDefect: true });
    expect((await me()).status).toBe(401);
    expect(await handshake(streamUrl(server, jwt))).toBe(403);
    // The dashboard list needs no token: it answers whatever the tokens.
    const recent = await fetch(`${server.apiBaseUrl}/admin/dashboard/recent-orders?limit=5`, {
      headers: { Authorization: `Bearer ${jwt}` },
    });
    expect(recent.status).toBe(200);
    expect(((await recent.json()) as { orders: unknown[] }).orders).toHaveLength(1);
    // The admin's opaque token is no JWT: unaffected.
    expect(await handshake(streamUrl(server, 'admin_token_1'))).toBe('opened');

    server.setIntegerSubDefect(false);
    expect((await me()).status).toBe(200);
  });
});

describe('the live-route switch: the published main.py without its notifications router', () => {
  const status = async (server: ShopBackend) => {
    const response = await fetch(`${server.apiBaseUrl}/ws/status`, { headers: { Origin: 'chrome-extension://x' } });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      cors: response.headers.get('access-control-allow-origin'),
      body: await response.text(),
    };
  };

  it('refuses the upgrade with 403 and answers /ws/status with the SPA catch-all’s 404, while the rest answers', async () => {
    const server = await backend({ liveRoute: false });
    server.createOrder({}, { broadcast: false });
    expect(await handshake(streamUrl(server, 'admin_token_1'))).toBe(403);
    expect(server.handshakes()).toEqual({ accepted: 0, rejected: 1 });
    expect(await status(server)).toEqual({
      status: 404,
      type: 'application/json',
      cors: '*',
      body: '{"detail":"Not found"}',
    });

    const jwt = await login(server, '0922222222', 'staff123');
    const me = await fetch(`${server.apiBaseUrl}/auth/me`, { headers: { Authorization: `Bearer ${jwt}` } });
    expect(me.status).toBe(200);
    const recent = await fetch(`${server.apiBaseUrl}/admin/dashboard/recent-orders`);
    expect(recent.status).toBe(200);
    expect(((await recent.json()) as { orders: unknown[] }).orders).toHaveLength(1);
  });

  it('brings both routes back at once when switched on', async () => {
    const server = await backend({ liveRoute: false });
    server.setLiveRoute(true);
    expect((await status(server)).status).toBe(200);
    expect(await handshake(streamUrl(server, 'admin_token_1'))).toBe('opened');
  });

  it('closes the open order sockets with 1012 when switched off, as the restart of a redeploy does', async () => {
    const server = await backend();
    const socket = new WebSocket(streamUrl(server, 'admin_token_1'));
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    server.setLiveRoute(false);
    expect(await closed).toBe(1012);
    await expect.poll(() => server.sockets()).toEqual([]);
  });

  it('is offered over HTTP', async () => {
    const server = await backend();
    const post = (body: unknown) =>
      fetch(`${server.origin}/__control/live-route`, { method: 'POST', body: JSON.stringify(body) }).then((response) =>
        response.json(),
      );
    expect(await post({ on: false })).toEqual({ liveRoute: false });
    expect(await handshake(streamUrl(server, 'admin_token_1'))).toBe(403);
    expect((await status(server)).status).toBe(404);
    expect(await post({ on: true })).toEqual({ liveRoute: true });
    expect((await status(server)).body).toBe('{"success":true,"active_connections":0,"status":"no_connections"}');
    expect(await handshake(streamUrl(server, 'admin_token_1'))).toBe('opened');
  });
});
