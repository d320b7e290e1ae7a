import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SocketEvents, SocketHandle } from '../../../utils/connection/browserSocket';
import { removeAllListeners } from '../../../utils/messaging';
import { eventLogItem, receivedOrdersItem, sessionItem, settingsItem } from '../../../utils/storageItems';
import { orderCreatedFrame, sampleBroadcast } from '../sampleOrder';
import { startFakeWorker } from './fakeWorker';

const API = 'https://shop.example/api';
const STAFF = { id: 7, name: 'موظف', user_type: { id: 2, name_ar: 'موظف' }, is_active: true };

/** A server the worker can talk to: every socket it opens, and `recent-orders` with these rows. */
function fakeServer() {
  const sockets: { url: string; events: SocketEvents; sent: string[]; closed: boolean }[] = [];
  const openSocket = (url: string, events: SocketEvents): SocketHandle => {
    const socket = { url, events, sent: [] as string[], closed: false };
    sockets.push(socket);
    return { send: (data) => void socket.sent.push(data), close: () => void (socket.closed = true) };
  };
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    if (url.endsWith('/ws/status')) return Response.json({ success: true, active_connections: 1, status: 'active' });
    if (url.includes('/auth/me')) return Response.json(STAFF);
    if (url.includes('/recent-orders')) return Response.json({ success: true, orders: [] });
    return new Response('{}', { status: 404 });
  });
  return { sockets, openSocket, fetch };
}

describe('the worker, wired on a fake browser', () => {
  let server: ReturnType<typeof fakeServer>;
  const played: string[] = [];

  afterEach(() => removeAllListeners());

  beforeEach(async () => {
    fakeBrowser.reset();
    played.length = 0;
    server = fakeServer();
    await settingsItem.setValue({ ...settingsItem.fallback, apiBaseUrl: API });
    await sessionItem.setValue({ apiBaseUrl: API, token: 'admin_token_1', user: STAFF, signedInAt: 1, verifiedAt: 1 });
    startFakeWorker({
      openSocket: server.openSocket,
      fetch: server.fetch as typeof fetch,
      playSound: async (sound) => {
        played.push(sound);
        return { ok: true };
      },
    });
    await vi.waitFor(() => expect(server.sockets).toHaveLength(1));
  });

  it('connects to the signed-in server with the token in the stream URL', () => {
    expect(server.sockets[0]!.url).toBe('wss://shop.example/api/ws/orders?token=admin_token_1');
  });

  it('announces a broadcast order: its notification, the sound, the badge and the list', async () => {
    const socket = server.sockets[0]!;
    socket.events.onOpen();
    socket.events.onMessage(orderCreatedFrame(sampleBroadcast({ order_id: 610 })));
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toContain('order-610'));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(played).toEqual(['beep']);
    await vi.waitFor(async () => expect((await receivedOrdersItem.getValue()).map((order) => order.id)).toEqual([610]));
  });

  it('answers the server’s ping and ignores a frame it cannot read', async () => {
    const socket = server.sockets[0]!;
    socket.events.onOpen();
    socket.events.onMessage('{"type":"ping"}');
    socket.events.onMessage('not json');
    expect(socket.sent).toContain('{"type":"pong"}');
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
  });

  it('clears the badge when the staff member closes the order’s notification', async () => {
    const socket = server.sockets[0]!;
    socket.events.onOpen();
    socket.events.onMessage(orderCreatedFrame(sampleBroadcast({ order_id: 611 })));
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
    await fakeBrowser.notifications.onClosed.trigger('order-611', true);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(''));
  });

  it('closes the socket on sign-out and opens none until the next sign-in', async () => {
    server.sockets[0]!.events.onOpen();
    await sessionItem.setValue(null);
    await vi.waitFor(() => expect(server.sockets[0]!.closed).toBe(true));
    expect(server.sockets).toHaveLength(1);
  });

  it('starts an empty scope on another server: its order 7 is news, the first server’s customers are gone', async () => {
    server.sockets[0]!.events.onOpen();
    server.sockets[0]!.events.onMessage(
      orderCreatedFrame(sampleBroadcast({ order_id: 7, customer_name: 'Test customer' })),
    );
    await vi.waitFor(async () => expect((await receivedOrdersItem.getValue()).map((order) => order.id)).toEqual([7]));

    const OTHER = 'https://other-shop.example/api';
    await sessionItem.setValue({ apiBaseUrl: OTHER, token: 'other_token', user: STAFF, signedInAt: 2, verifiedAt: 2 });
    await vi.waitFor(() => expect(server.sockets).toHaveLength(2));
    expect(server.sockets[1]!.url).toBe('wss://other-shop.example/api/ws/orders?token=other_token');
    await vi.waitFor(async () => expect(await receivedOrdersItem.getValue()).toEqual([]));
    server.sockets[1]!.events.onOpen();
    server.sockets[1]!.events.onMessage(orderCreatedFrame(sampleBroadcast({ order_id: 7, customer_name: 'ليلى' })));
    await vi.waitFor(async () =>
      expect((await receivedOrdersItem.getValue()).map((order) => order.customerName)).toEqual(['ليلى']),
    );
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toContain('order-7');
  });

  it('erases the customers’ orders on sign-out', async () => {
    server.sockets[0]!.events.onOpen();
    server.sockets[0]!.events.onMessage(orderCreatedFrame(sampleBroadcast({ order_id: 8 })));
    await vi.waitFor(async () => expect(await receivedOrdersItem.getValue()).toHaveLength(1));
    await sessionItem.setValue(null);
    await vi.waitFor(async () => expect(await receivedOrdersItem.getValue()).toEqual([]));
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
  });

  it('never fetches a picture the customer linked off the shop server, and the event log says why', async () => {
    const socket = server.sockets[0]!;
    socket.events.onOpen();
    const pixel = 'https://tracker.example/pixel.jpg?order=612';
    socket.events.onMessage(orderCreatedFrame(sampleBroadcast({ order_id: 612, image_url: pixel })));
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toContain('order-612'));
    await vi.waitFor(
      async () =>
        expect(await eventLogItem.getValue()).toContainEqual(
          expect.objectContaining({ kind: 'picture', orderId: 612, problem: 'notShopOrigin' }),
        ),
      // The log is written behind, half a second after.
      { timeout: 3_000 },
    );
    expect(server.fetch.mock.calls.map(([input]) => String(input))).not.toContain(pixel);
  });

  it('reads what a broken profile or another version stored through its parser: a malformed value is its default', async () => {
    // Written while the worker runs, as another context or a broken profile could.
    await fakeBrowser.storage.local.set({ notifiedAccountProblems: { not: 'a list' } });
    server.fetch.mockImplementation(async (input: RequestInfo | URL) =>
      String(input).endsWith('/ws/status')
        ? Response.json({ success: true, active_connections: 0, status: 'no_connections' })
        : new Response('{"detail":"bad token"}', { status: 401 }),
    );
    // The handshake refused, the token refused at /auth/me: "sign in again", once, whatever was stored.
    server.sockets[0]!.events.onClose(1006, '');
    await vi.waitFor(async () =>
      expect(Object.keys(await fakeBrowser.notifications.getAll())).toContain('account-signInRequired'),
    );
    expect(await fakeBrowser.storage.local.get('notifiedAccountProblems')).toEqual({
      notifiedAccountProblems: ['1:signInRequired'],
    });
  });
});
