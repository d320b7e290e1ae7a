import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  KEEPALIVE_INTERVAL_MS,
  OrderConnection,
  SILENCE_LIMIT_MS,
  type SocketEvents,
  type SocketHandle,
} from '../../../utils/connection/orderConnection';
import type { OrderCreatedData } from '../../../utils/shop/schemas';
import type { ConnectionStatus } from '../../../utils/storage';
import { orderCreatedFrame, sampleOrder } from '../sampleOrder';

class FakeSocket implements SocketHandle {
  readonly sent: string[] = [];
  closedWith: { code?: number; reason?: string } | null = null;

  constructor(
    readonly url: string,
    private readonly events: SocketEvents,
  ) {}

  send(data: string) {
    this.sent.push(data);
  }
  close(code?: number, reason?: string) {
    this.closedWith = { code, reason };
  }
  serverAccepts() {
    this.events.onOpen();
  }
  serverSends(data: string) {
    this.events.onMessage(data);
  }
  /** What a browser reports for a refused handshake or a dropped connection. */
  drops(code = 1006) {
    this.events.onClose(code, '');
  }
}

const TARGET = { apiBaseUrl: 'https://shop.example/api', token: 'tok en/1' };

describe('OrderConnection', () => {
  let sockets: FakeSocket[];
  let statuses: ConnectionStatus[];
  let orders: OrderCreatedData[];
  let connection: OrderConnection;

  const latest = () => sockets.at(-1)!;
  const lastStatus = () => statuses.at(-1)!;

  beforeEach(() => {
    vi.useFakeTimers();
    sockets = [];
    statuses = [];
    orders = [];
    connection = new OrderConnection({
      openSocket: (url, events) => {
        const socket = new FakeSocket(url, events);
        sockets.push(socket);
        return socket;
      },
      now: () => Date.now(),
      random: () => 0.5,
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as number),
      onStatus: (status) => statuses.push(status),
      onOrder: (order) => orders.push(order),
    });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens the order stream with the url-encoded token and reports the states', () => {
    connection.setTarget(TARGET);
    expect(latest().url).toBe('wss://shop.example/api/ws/orders?token=tok%20en%2F1');
    expect(lastStatus().state).toBe('connecting');
    latest().serverAccepts();
    expect(lastStatus().state).toBe('open');
  });

  it('answers every server ping with a pong and hands orders on', () => {
    connection.setTarget(TARGET);
    latest().serverAccepts();
    latest().serverSends('{"type":"ping"}');
    latest().serverSends(orderCreatedFrame(sampleOrder()));
    latest().serverSends('not json');
    expect(latest().sent).toEqual(['{"type":"pong"}']);
    expect(orders).toEqual([sampleOrder()]);
  });

  it('sends its own keepalive ping every 20 s while open', () => {
    connection.setTarget(TARGET);
    latest().serverAccepts();
    vi.advanceTimersByTime(KEEPALIVE_INTERVAL_MS * 2);
    expect(latest().sent).toEqual(['{"type":"ping"}', '{"type":"ping"}']);
  });

  it('reconnects after a drop, first within a second', () => {
    connection.setTarget(TARGET);
    latest().serverAccepts();
    latest().drops(1011);
    const status = lastStatus();
    expect(status).toMatchObject({ state: 'waiting', lastClose: { code: 1011 } });
    vi.advanceTimersByTime(999);
    expect(sockets).toHaveLength(2);
  });

  it('treats a socket silent for 75 s as dead and replaces it', () => {
    connection.setTarget(TARGET);
    const stalled = latest();
    stalled.serverAccepts();
    vi.advanceTimersByTime(SILENCE_LIMIT_MS - 1);
    stalled.serverSends('{"type":"ping"}');
    vi.advanceTimersByTime(SILENCE_LIMIT_MS - 1);
    expect(stalled.closedWith).toBeNull();
    vi.advanceTimersByTime(1);
    expect(stalled.closedWith).not.toBeNull();
    vi.advanceTimersByTime(1000);
    expect(sockets).toHaveLength(2);
  });

  it('never holds two sockets, whatever asks it to connect', () => {
    connection.setTarget(TARGET);
    connection.ensureConnected();
    connection.ensureConnected();
    connection.setTarget({ ...TARGET });
    expect(sockets).toHaveLength(1);
    latest().drops();
    connection.ensureConnected();
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(2);
  });

  it('closes the socket and stops retrying on sign-out', () => {
    connection.setTarget(TARGET);
    const socket = latest();
    socket.serverAccepts();
    connection.setTarget(null);
    expect(socket.closedWith).not.toBeNull();
    expect(lastStatus()).toEqual({ state: 'signedOut' });
    socket.drops(1000);
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
  });

  it('switches to new credentials at once', () => {
    connection.setTarget(TARGET);
    latest().serverAccepts();
    connection.setTarget({ apiBaseUrl: 'http://127.0.0.1:8000/api', token: 'other' });
    expect(sockets[0]!.closedWith).not.toBeNull();
    expect(latest().url).toBe('ws://127.0.0.1:8000/api/ws/orders?token=other');
  });
});
