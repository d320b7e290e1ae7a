import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Diagnosis } from '../../../utils/connection/diagnoseHandshakeFailure';
import { KEEPALIVE_INTERVAL_MS, STABLE_AFTER_MS } from '../../../utils/connection/socketLiveness';
import {
  HANDSHAKE_TIMEOUT_CODE,
  HANDSHAKE_TIMEOUT_MS,
  OrderConnection,
  REJECTED_RETRY_MS,
  LIVE_ROUTE_ATTEMPT_MS,
  type LiveRouteLook,
  type OrderConnectionDeps,
} from '../../../utils/connection/orderConnection';
import type { ConnectionTarget } from '../../../utils/connection/connectionTarget';
import type { SocketEvents, SocketHandle } from '../../../utils/connection/browserSocket';
import type { ParsedOrder } from '../../../utils/orders/order';
import type { ConnectionSnapshot } from '../../../utils/connection/connectionStatus';
import { orderCreatedFrame, sampleBroadcast } from '../sampleOrder';

class FakeSocket implements SocketHandle {
  readonly sent: string[] = [];
  closedWith: { code?: number; reason?: string } | null = null;

  constructor(
    readonly url: string,
    readonly openedAt: number,
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

const SERVER_PING_MS = 30_000;

function jwtExpiringAt(ms: number): string {
  const payload = Buffer.from(JSON.stringify({ sub: 7, exp: Math.floor(ms / 1000) })).toString('base64url');
  return `eyJhbGciOiJIUzI1NiJ9.${payload}.signature`;
}

describe('OrderConnection', () => {
  let sockets: FakeSocket[];
  let snapshots: ConnectionSnapshot[];
  let orders: ParsedOrder[];
  let ignored: string[];
  let openedCount: number;
  let diagnosis: Diagnosis;
  let diagnoses: number;
  let random: number;
  let refuseToCreate = false;
  /** What `GET /ws/status` says of the live route, and how often it was asked. */
  let liveRoute: boolean;
  let routeChecks: number;
  let lookAtRoute: () => Promise<LiveRouteLook>;
  let deps: OrderConnectionDeps;
  let connection: OrderConnection;
  const target: ConnectionTarget = {
    apiBaseUrl: 'https://shop.example/api',
    token: 'tok en/1',
    signedInAt: 1,
    verifiedAt: 1,
    credentialsId: 1,
  };

  const latest = () => sockets.at(-1)!;
  const status = () => snapshots.at(-1)!.status;
  /** Every handshake fails and is diagnosed as `diagnosis`; flushes the diagnosis. */
  const failHandshake = async () => {
    latest().drops(1006);
    await vi.advanceTimersByTimeAsync(0);
  };

  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
    sockets = [];
    snapshots = [];
    orders = [];
    ignored = [];
    openedCount = 0;
    diagnoses = 0;
    random = 0.5;
    refuseToCreate = false;
    liveRoute = false;
    routeChecks = 0;
    lookAtRoute = async () => (liveRoute ? 'answers' : 'missing');
    diagnosis = { kind: 'retry', problem: 'serverUnreachable' };
    deps = {
      openSocket: (url, events) => {
        if (refuseToCreate) throw new SyntaxError('The URL is invalid.');
        const socket = new FakeSocket(url, Date.now(), events);
        sockets.push(socket);
        return socket;
      },
      diagnose: async () => {
        diagnoses += 1;
        return diagnosis;
      },
      lookAtLiveRoute: () => {
        routeChecks += 1;
        return lookAtRoute();
      },
      now: () => Date.now(),
      random: () => random,
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as number),
      serverPingIntervalMs: () => SERVER_PING_MS,
      onChange: (snapshot) => snapshots.push(snapshot),
      onOrder: (order) => orders.push(order),
      onIgnoredFrame: (reason) => ignored.push(reason),
      onOpened: () => (openedCount += 1),
    };
    connection = new OrderConnection(deps);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  describe('a healthy stream', () => {
    it('opens the order stream with the url-encoded token and says so', () => {
      connection.setTarget(target);
      expect(latest().url).toBe('wss://shop.example/api/ws/orders?token=tok%20en%2F1');
      expect(status().state).toBe('connecting');
      latest().serverAccepts();
      expect(status().state).toBe('open');
      expect(openedCount).toBe(1);
    });

    it('answers every server ping with a pong and hands orders on, ignoring junk', () => {
      connection.setTarget(target);
      latest().serverAccepts();
      latest().serverSends('{"type":"ping"}');
      latest().serverSends(orderCreatedFrame(sampleBroadcast()));
      latest().serverSends('not json');
      expect(latest().sent).toEqual(['{"type":"pong"}']);
      expect(orders.map(({ order }) => order.id)).toEqual([sampleBroadcast().order_id]);
      expect(ignored).toEqual(['notJson']);
    });

    it('sends its own keepalive ping every 20 s while open', () => {
      connection.setTarget(target);
      latest().serverAccepts();
      vi.advanceTimersByTime(KEEPALIVE_INTERVAL_MS * 2);
      expect(latest().sent).toEqual(['{"type":"ping"}', '{"type":"ping"}']);
    });

    it('treats a socket silent for 2.5 server ping periods as dead and replaces it', () => {
      connection.setTarget(target);
      const stalled = latest();
      stalled.serverAccepts();
      vi.advanceTimersByTime(2.5 * SERVER_PING_MS - 1);
      stalled.serverSends('{"type":"ping"}');
      vi.advanceTimersByTime(2.5 * SERVER_PING_MS - 1);
      expect(stalled.closedWith).toBeNull();
      vi.advanceTimersByTime(1);
      expect(stalled.closedWith).not.toBeNull();
      expect(status()).toMatchObject({ state: 'waiting', problem: 'silent' });
      vi.advanceTimersByTime(1000);
      expect(sockets).toHaveLength(2);
    });
  });

  describe('reconnecting', () => {
    it('counts a socket the browser refuses to create as a failed attempt, and retries', () => {
      refuseToCreate = true;
      connection.setTarget(target);
      expect(status()).toMatchObject({ state: 'waiting', problem: 'serverUnreachable' });
      refuseToCreate = false;
      vi.advanceTimersByTime(1000);
      expect(sockets).toHaveLength(1);
      expect(status()).toMatchObject({ state: 'connecting' });
    });

    it('retries a dropped connection within a second, naming a server error (1011) as such', () => {
      connection.setTarget(target);
      latest().serverAccepts();
      latest().drops(1011);
      expect(status()).toMatchObject({ state: 'waiting', problem: 'serverError', closeCode: 1011 });
      vi.advanceTimersByTime(999);
      expect(sockets).toHaveLength(2);
    });

    it('retries at most 2 s apart while a restarting server is down, then backs off up to 30 s', async () => {
      random = 0.999;
      connection.setTarget(target);
      latest().serverAccepts();
      latest().drops();
      for (let handshakes = 0; handshakes < 40 && Date.now() - sockets[0]!.openedAt < 5 * 60_000; handshakes++) {
        // While waiting, the retry is the only timer: run to it, then fail that handshake too.
        await vi.advanceTimersToNextTimerAsync();
        await failHandshake();
      }
      const gaps = sockets.slice(1).map((socket, index) => ({
        at: socket.openedAt - sockets[1]!.openedAt,
        gap: socket.openedAt - sockets[index]!.openedAt,
      }));
      expect(gaps[0]!.gap).toBeLessThan(1000);
      for (const { at, gap } of gaps) expect(gap).toBeLessThanOrEqual(at < 30_000 ? 2000 : 30_000);
      expect(Math.max(...gaps.map(({ gap }) => gap))).toBeGreaterThan(15_000);
    });

    it('starts the backoff over only after a connection stayed up 60 s', () => {
      random = 0.999;
      connection.setTarget(target);
      latest().serverAccepts();
      latest().drops();
      vi.advanceTimersByTime(1000);
      latest().serverAccepts();
      vi.advanceTimersByTime(10_000);
      latest().drops();
      expect(snapshots.at(-1)!.attempt).toBe(2);
      vi.advanceTimersByTime(2000);
      latest().serverAccepts();
      vi.advanceTimersByTime(STABLE_AFTER_MS);
      latest().drops();
      expect(snapshots.at(-1)!.attempt).toBe(1);
      const lastSocket = latest();
      vi.advanceTimersByTime(999);
      expect(latest()).not.toBe(lastSocket);
    });

    it('never holds two sockets, whatever asks it to connect', async () => {
      connection.setTarget(target);
      connection.ensureConnected();
      connection.ensureConnected({ urgent: true });
      connection.setTarget({ ...target });
      connection.retryNow();
      expect(sockets).toHaveLength(1);
      latest().drops();
      connection.ensureConnected({ urgent: true }); // while diagnosing
      expect(sockets).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(0);
      connection.ensureConnected(); // waiting: the watchdog leaves the backoff alone
      expect(sockets).toHaveLength(1);
      connection.ensureConnected({ urgent: true });
      expect(sockets).toHaveLength(2);
    });

    it('goes quiet while the machine is offline and connects the moment it is back', async () => {
      connection.setTarget(target);
      latest().serverAccepts();
      connection.setOnline(false);
      latest().drops();
      expect(status().state).toBe('offline');
      await vi.advanceTimersByTimeAsync(60_000);
      expect(sockets).toHaveLength(1);
      connection.setOnline(true);
      expect(sockets).toHaveLength(2);
    });
  });

  describe('refused handshakes', () => {
    it('keeps retrying when the diagnosis says the server is unreachable', async () => {
      connection.setTarget(target);
      await failHandshake();
      expect(diagnoses).toBe(1);
      expect(status()).toMatchObject({ state: 'waiting', problem: 'serverUnreachable' });
    });

    it('does not diagnose a connection that was open before it dropped', () => {
      connection.setTarget(target);
      latest().serverAccepts();
      latest().drops();
      expect(diagnoses).toBe(0);
    });

    it('stops the retry storm for refused credentials: two handshakes in 5 minutes, not hundreds', async () => {
      connection.setTarget(target);
      latest().serverAccepts();
      diagnosis = { kind: 'reject', reason: 'tokenRejected' };
      const start = Date.now();
      latest().drops(1006);
      while (Date.now() - start < REJECTED_RETRY_MS) {
        await vi.advanceTimersByTimeAsync(1000);
        if (latest().closedWith === null && sockets.length > 1 && status().state === 'connecting')
          await failHandshake();
      }
      const handshakesAfterRevocation = sockets.length - 1;
      expect(handshakesAfterRevocation).toBeLessThanOrEqual(2);
      expect(status()).toMatchObject({ state: 'rejected', reason: 'tokenRejected' });
      expect(diagnoses).toBe(handshakesAfterRevocation);
    });

    it('holds refused credentials against the watchdog, but not against new credentials or "retry now"', async () => {
      diagnosis = { kind: 'reject', reason: 'notStaff' };
      connection.setTarget(target);
      await failHandshake();
      connection.ensureConnected({ urgent: true });
      expect(sockets).toHaveLength(1);
      connection.retryNow();
      expect(sockets).toHaveLength(2);
      await failHandshake();
      connection.setTarget({ ...target, token: 'new', credentialsId: 2 });
      expect(sockets).toHaveLength(3);
    });

    it('refuses an expired JWT without a handshake', () => {
      connection.setTarget({ ...target, token: jwtExpiringAt(Date.now() - 1000) });
      expect(sockets).toHaveLength(0);
      expect(status()).toMatchObject({ state: 'rejected', reason: 'tokenExpired' });
    });
  });

  describe('a restarted worker', () => {
    it('resumes a rejection hold for the same credentials instead of knocking again', () => {
      const heldUntil = Date.now() + 120_000;
      connection.setTarget(target, {
        status: { state: 'rejected', reason: 'tokenRejected', nextAttemptAt: heldUntil },
        attempt: 3,
        outageStartedAt: Date.now() - 60_000,
        credentialsId: target.credentialsId,
      });
      expect(sockets).toHaveLength(0);
      expect(status()).toMatchObject({ state: 'rejected', nextAttemptAt: heldUntil });
      vi.advanceTimersByTime(120_000);
      expect(sockets).toHaveLength(1);
    });

    it('connects at once when the persisted state belongs to other credentials', () => {
      connection.setTarget(target, {
        status: { state: 'rejected', reason: 'tokenRejected', nextAttemptAt: Date.now() + 120_000 },
        attempt: 3,
        outageStartedAt: null,
        credentialsId: 99,
      });
      expect(sockets).toHaveLength(1);
    });
  });

  describe('a server without its live route (the shop as published)', () => {
    beforeEach(() => {
      diagnosis = { kind: 'retry', problem: 'noLiveRoute' };
    });

    it('says so, then only looks at the route every ~15 s, with a whole attempt every 5 minutes', async () => {
      connection.setTarget(target);
      await failHandshake();
      expect(status()).toMatchObject({ state: 'waiting', problem: 'noLiveRoute' });
      const published = snapshots.length;
      await vi.advanceTimersByTimeAsync(LIVE_ROUTE_ATTEMPT_MS - 1_000);
      expect(sockets).toHaveLength(1);
      expect(diagnoses).toBe(1);
      // 15 s ± 20 %: random 0.5 gives exactly 15 s, so 19 looks before the 5 minutes are up.
      expect(routeChecks).toBe(19);
      // A look that finds nothing new changes nothing the pages show.
      expect(snapshots).toHaveLength(published);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(sockets).toHaveLength(2);
      await failHandshake();
      expect(diagnoses).toBe(2);
      expect(status()).toMatchObject({ state: 'waiting', problem: 'noLiveRoute' });
    });

    it('a server that goes down meanwhile is named as such at the next look, not left as "reading the list"', async () => {
      connection.setTarget(target);
      await failHandshake();
      lookAtRoute = async () => 'unknown';
      diagnosis = { kind: 'retry', problem: 'serverUnreachable' };
      await vi.advanceTimersByTimeAsync(15_000);
      await failHandshake();
      expect(status()).toMatchObject({ state: 'waiting', problem: 'serverUnreachable' });
    });

    it('a sign-in that expires or an account deactivated meanwhile is noticed within 5 minutes', async () => {
      connection.setTarget({ ...target, token: jwtExpiringAt(Date.now() + 8 * 60_000), credentialsId: 2 });
      await failHandshake();
      diagnosis = { kind: 'reject', reason: 'accountInactive' };
      await vi.advanceTimersByTimeAsync(LIVE_ROUTE_ATTEMPT_MS);
      await failHandshake();
      expect(status()).toMatchObject({ state: 'rejected', reason: 'accountInactive' });

      connection.setTarget({ ...target, token: jwtExpiringAt(Date.now() + 8 * 60_000), credentialsId: 3 });
      diagnosis = { kind: 'retry', problem: 'noLiveRoute' };
      await failHandshake();
      // The attempt at 5 minutes finds the token good (its handshake times out after 10 s); the next, expired.
      await vi.advanceTimersByTimeAsync(2 * LIVE_ROUTE_ATTEMPT_MS + 30_000);
      expect(status()).toMatchObject({ state: 'rejected', reason: 'tokenExpired' });
    });

    it('opens the stream by itself at the first look that finds the route', async () => {
      connection.setTarget(target);
      await failHandshake();
      await vi.advanceTimersByTimeAsync(30_000);
      let answer: (look: LiveRouteLook) => void = () => undefined;
      lookAtRoute = () => new Promise<LiveRouteLook>((resolve) => (answer = resolve));
      await vi.advanceTimersByTimeAsync(15_000);
      // While the look is under way the worker re-reads the session (any setting changed): same credentials, new object.
      connection.setTarget({ ...target });
      answer('answers');
      await vi.advanceTimersByTimeAsync(0);
      expect(sockets).toHaveLength(2);
      latest().serverAccepts();
      expect(status().state).toBe('open');
      expect(openedCount).toBe(1);
    });

    it('drops a look that comes back after sign-out or a new sign-in', async () => {
      let answer: (look: LiveRouteLook) => void = () => undefined;
      connection.setTarget(target);
      await failHandshake();
      lookAtRoute = () => new Promise<LiveRouteLook>((resolve) => (answer = resolve));
      await vi.advanceTimersByTimeAsync(15_000);
      expect(routeChecks).toBe(1);
      connection.setTarget(null);
      answer('answers');
      await vi.advanceTimersByTimeAsync(60_000);
      expect(routeChecks).toBe(1);
      expect(sockets).toHaveLength(1);
      expect(status().state).toBe('signedOut');
    });

    it('a restarted worker goes on reading the list and looks at the route at once, without a handshake', async () => {
      connection.setTarget(target);
      await failHandshake();
      const persisted = snapshots.at(-1)!;
      const restarted = new OrderConnection(deps);
      liveRoute = true;
      restarted.setTarget(target, persisted);
      expect(status()).toMatchObject({ state: 'waiting', problem: 'noLiveRoute' });
      expect(sockets).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(0);
      expect(sockets).toHaveLength(2);
    });

    it('"retry now" and the machine waking try the stream at once', async () => {
      connection.setTarget(target);
      await failHandshake();
      connection.ensureConnected();
      expect(sockets).toHaveLength(1);
      connection.ensureConnected({ urgent: true });
      expect(sockets).toHaveLength(2);
    });
  });

  it('closes the socket and stops retrying on sign-out', () => {
    connection.setTarget(target);
    const socket = latest();
    socket.serverAccepts();
    connection.setTarget(null);
    expect(socket.closedWith).not.toBeNull();
    expect(status()).toEqual({ state: 'signedOut' });
    socket.drops(1000);
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
  });

  it('switches to new credentials at once', () => {
    connection.setTarget(target);
    latest().serverAccepts();
    connection.setTarget({ ...target, apiBaseUrl: 'http://127.0.0.1:8000/api', token: 'other', credentialsId: 2 });
    expect(sockets[0]!.closedWith).not.toBeNull();
    expect(latest().url).toBe('ws://127.0.0.1:8000/api/ws/orders?token=other');
  });

  it('gives up an upgrade that is never answered after 10 s, diagnoses it and says it went unanswered', async () => {
    diagnosis = { kind: 'retry', problem: 'upgradeRefused' };
    connection.setTarget(target);
    await vi.advanceTimersByTimeAsync(HANDSHAKE_TIMEOUT_MS - 1);
    expect(status().state).toBe('connecting');
    await vi.advanceTimersByTimeAsync(1);
    expect(sockets[0]!.closedWith).toEqual({ code: HANDSHAKE_TIMEOUT_CODE, reason: 'handshake timeout' });
    expect(status()).toMatchObject({ state: 'waiting', problem: 'upgradeUnanswered' });
    // A late answer from the abandoned socket changes nothing.
    sockets[0]!.serverAccepts();
    expect(status()).toMatchObject({ state: 'waiting' });
  });

  it('never times out a handshake that was answered', async () => {
    connection.setTarget(target);
    latest().serverAccepts();
    await vi.advanceTimersByTimeAsync(HANDSHAKE_TIMEOUT_MS * 2);
    expect(sockets).toHaveLength(1);
    expect(latest().closedWith).toBeNull();
  });
});
