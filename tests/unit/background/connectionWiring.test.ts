import { describe, expect, it, vi } from 'vitest';
import { wireConnection } from '../../../utils/background/connectionWiring';
import type { SocketEvents } from '../../../utils/connection/browserSocket';
import type { ConnectionTarget } from '../../../utils/connection/connectionTarget';
import type { ConnectionSnapshot } from '../../../utils/connection/connectionStatus';
import type { NewEvent } from '../../../utils/diagnostics/eventLog';
import type { ParsedOrder } from '../../../utils/orders/order';
import type { OrderIntake } from '../../../utils/orders/orderIntake';
import { orderCreatedFrame, sampleBroadcast } from '../sampleOrder';

const TARGET: ConnectionTarget = {
  apiBaseUrl: 'https://shop.example/api',
  token: 'admin_token_1',
  signedInAt: 1,
  verifiedAt: 1,
  credentialsId: 1,
};

/** The connection wiring with a fake socket, server and intake; what reaches the intake and the log is recorded. */
function connectionFor({ signedIn = true } = {}) {
  const sockets: { url: string; events: SocketEvents; sent: string[] }[] = [];
  const live: ParsedOrder[] = [];
  const caughtUpFrom: string[] = [];
  const events: NewEvent[] = [];
  const states: ConnectionSnapshot['status']['state'][] = [];
  const intake = {
    receiveLive: async (order: ParsedOrder) => void live.push(order),
    catchUp: async (apiBaseUrl: string) => void caughtUpFrom.push(apiBaseUrl),
  } as unknown as OrderIntake;
  const connection = wireConnection({
    openSocket: (url, socketEvents) => {
      const socket = { url, events: socketEvents, sent: [] as string[] };
      sockets.push(socket);
      return { send: (data) => void socket.sent.push(data), close: () => undefined };
    },
    fetch: vi.fn(async () => Response.json({ success: true, orders: [] })) as typeof fetch,
    intake,
    target: () => (signedIn ? TARGET : null),
    serverPingIntervalMs: () => 30_000,
    onChange: (snapshot) => void states.push(snapshot.status.state),
    onIgnoredFrame: () => undefined,
    log: (event) => void events.push(event),
    failed: (what) => (error) => void events.push({ kind: 'failure', what, error: String(error) }),
  });
  connection.setTarget(TARGET);
  return { connection, sockets, live, caughtUpFrom, events, states };
}

describe('wireConnection: from the socket to the intake', () => {
  it('opens the stream with the token, catches up once open, and hands each order frame to the intake', () => {
    const { sockets, live, caughtUpFrom, states } = connectionFor();
    expect(sockets.map((socket) => socket.url)).toEqual(['wss://shop.example/api/ws/orders?token=admin_token_1']);
    sockets[0]!.events.onOpen();
    expect(caughtUpFrom).toEqual(['https://shop.example/api']);
    sockets[0]!.events.onMessage(orderCreatedFrame(sampleBroadcast({ order_id: 610 })));
    expect(live.map((parsed) => parsed.order.id)).toEqual([610]);
    expect(states).toEqual(['connecting', 'open']);
  });

  it('answers a ping, and logs a frame it cannot read instead of handing it on', () => {
    const { sockets, live, events } = connectionFor();
    sockets[0]!.events.onOpen();
    sockets[0]!.events.onMessage('{"type":"ping"}');
    sockets[0]!.events.onMessage('not json');
    expect(sockets[0]!.sent).toContain('{"type":"pong"}');
    expect(live).toEqual([]);
    expect(events).toContainEqual({ kind: 'frameIgnored', reason: 'notJson' });
  });

  it('logs every state and a lost connection with its close code', () => {
    const { sockets, events } = connectionFor();
    sockets[0]!.events.onOpen();
    sockets[0]!.events.onClose(1006, '');
    expect(events).toContainEqual({ kind: 'connection', state: 'open' });
    expect(events).toContainEqual({ kind: 'connectionLost', code: 1006, reason: '' });
    expect(events).toContainEqual(expect.objectContaining({ kind: 'connection', state: 'waiting', cause: 'dropped' }));
  });

  it('signed out meanwhile: an order frame reaches no intake', () => {
    const { sockets, live, caughtUpFrom } = connectionFor({ signedIn: false });
    sockets[0]!.events.onOpen();
    sockets[0]!.events.onMessage(orderCreatedFrame(sampleBroadcast({ order_id: 611 })));
    expect(caughtUpFrom).toEqual([]);
    expect(live).toEqual([]);
  });
});
