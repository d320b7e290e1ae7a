import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startShopBackend, type ShopBackend, type ShopBackendOptions } from '../../../server/shopBackend';
import type { SocketEvents, SocketHandle } from '../../../utils/connection/browserSocket';
import { runDiagnostics } from '../../../utils/diagnostics/diagnosticChecks';
import {
  DIAGNOSTIC_CHECKS,
  type CheckId,
  type CheckResult,
  type DiagnosticDeps,
} from '../../../utils/diagnostics/diagnosticTypes';
import { diagnosticReport } from '../../../utils/diagnostics/diagnosticReport';
import { loginDirectly } from '../../harness/loginDirectly';

const started: ShopBackend[] = [];
afterEach(async () => Promise.all(started.splice(0).map((backend) => backend.close())));

const PING_MS = 200;
const EMPLOYEE = { username: '0922222222', password: 'staff123' };
const CUSTOMER = { username: 'customer@khawam.local', password: 'customer123' };

async function backendWith(options: ShopBackendOptions = {}) {
  const backend = await startShopBackend({ pingIntervalMs: PING_MS, ...options });
  started.push(backend);
  return backend;
}

function nodeSocket(url: string, events: SocketEvents): SocketHandle {
  const socket = new WebSocket(url);
  socket.on('open', () => events.onOpen());
  socket.on('message', (data) => events.onMessage(data.toString()));
  socket.on('close', (code, reason) => events.onClose(code, reason.toString()));
  // A refused upgrade surfaces as an error, then close 1006, as in a browser.
  socket.on('error', () => undefined);
  return socket;
}

async function sessionOn(backend: ShopBackend, credentials = EMPLOYEE, verifiedAt: number | null = Date.now()) {
  const { access_token: token, user } = await loginDirectly(backend.apiBaseUrl, credentials);
  return { apiBaseUrl: backend.apiBaseUrl, token, user, signedInAt: Date.now(), verifiedAt };
}

function depsFor(target: DiagnosticDeps['target'], overrides: Partial<DiagnosticDeps> = {}): DiagnosticDeps {
  return {
    fetch,
    openSocket: nodeSocket,
    now: Date.now,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    target,
    serverPingIntervalMs: PING_MS,
    connection: { state: 'open', since: Date.now() - 60_000 },
    lastOrderAt: null,
    recoveredLastHour: 0,
    connectionLosses: [],
    notifications: { permissionLevel: async () => 'granted', showTest: async () => undefined, platform: 'win' },
    sound: {
      enabled: true,
      volume: 80,
      quiet: false,
      playTest: async () => ({ ok: true }),
      lastAlert: null,
      repeatsAt: null,
    },
    dedupe: { count: async () => 12, capacity: 5000, duplicates: 3 },
    storageFailing: [],
    degradedFields: {},
    backgroundMode: 'keptRunning',
    speech: { enabled: false, available: true, voice: null },
    ...overrides,
  };
}

/** Runs every check and insists each was reported exactly once. */
async function diagnose(deps: DiagnosticDeps): Promise<Record<CheckId, CheckResult>> {
  const reported: CheckResult[] = [];
  await runDiagnostics(deps, (result) => reported.push(result));
  expect(reported.map((result) => result.id).sort()).toEqual([...DIAGNOSTIC_CHECKS].sort());
  return Object.fromEntries(reported.map((result) => [result.id, result])) as Record<CheckId, CheckResult>;
}

const verdicts = (results: Record<CheckId, CheckResult>) =>
  Object.fromEntries(DIAGNOSTIC_CHECKS.map((id) => [id, `${results[id].status} ${results[id].finding.cause}`]));

describe('runDiagnostics against the reference backend', () => {
  it('passes every check for a healthy staff connection, with the ping and the clock measured', async () => {
    const backend = await backendWith();
    const session = await sessionOn(backend);
    // The background's own socket, which the server counts.
    const live = nodeSocket(`${backend.apiBaseUrl.replace('http', 'ws')}/ws/orders?token=${session.token}`, {
      onOpen: () => undefined,
      onMessage: () => undefined,
      onClose: () => undefined,
    });
    await expect.poll(() => backend.sockets().length).toBe(1);
    const results = await diagnose(depsFor(session));
    live.close();
    expect(verdicts(results)).toEqual({
      credentials: 'pass signedIn',
      tokenExpiry: 'pass expiresAt',
      server: 'pass serverUp',
      account: 'pass accountOk',
      handshake: 'pass handshakeOk',
      serverPing: 'pass pingReceived',
      liveConnection: 'pass connected',
      orderShape: 'pass shapeOk',
      backgroundMode: 'pass keptRunning',
      stability: 'pass stable',
      notifications: 'pass notificationsShown',
      sound: 'pass soundPlayed',
      spokenOrders: 'pass speechOff',
      dedupeStore: 'pass dedupeStore',
      clock: 'pass clockOk',
    });
    expect(results.liveConnection.finding).toMatchObject({ activeConnections: 1 });
    expect(results.serverPing.finding).toMatchObject({ roundTripMs: expect.any(Number) });
  });

  it('names a stopped server as unreachable and checks nothing that needs it', async () => {
    const backend = await backendWith();
    const session = await sessionOn(backend);
    await backend.close();
    const results = await diagnose(depsFor(session, { connection: { state: 'connecting', since: 0 } }));
    expect(results.server).toMatchObject({ status: 'fail', finding: { cause: 'serverUnreachable' } });
    for (const id of ['account', 'handshake', 'serverPing', 'liveConnection', 'clock'] as const) {
      expect(results[id]).toMatchObject({ status: 'skipped', finding: { cause: 'notChecked', after: 'server' } });
    }
    // This computer's checks do not depend on the server.
    expect(results.sound.status).toBe('pass');
  });

  it.each([
    [{ enabled: true, available: true, voice: 'Maged' }, 'pass', { cause: 'speechReady', voice: 'Maged' }],
    [{ enabled: true, available: true, voice: null }, 'warn', { cause: 'noVoice' }],
    [{ enabled: true, available: false, voice: null }, 'warn', { cause: 'speechUnavailable' }],
    [{ enabled: false, available: false, voice: null }, 'pass', { cause: 'speechOff' }],
  ] as const)('reports spoken orders %j as %s', async (speech, status, finding) => {
    const results = await diagnose(depsFor(null, { speech }));
    expect(results.spokenOrders).toEqual({ id: 'spokenOrders', status, finding });
  });

  it('names a server without its live route (the shop as published) as such, not as a wrong URL', async () => {
    const backend = await backendWith({ liveRoute: false, integerSubDefect: true });
    const owner = await sessionOn(backend, { username: '0911111111', password: 'admin123' });
    const connection = { state: 'waiting', problem: 'noLiveRoute', nextAttemptAt: Date.now() + 15_000 } as const;
    const results = await diagnose(depsFor(owner, { connection }));
    expect(verdicts(results)).toMatchObject({
      server: 'warn noLiveRoute',
      account: 'pass accountOk',
      handshake: 'skipped notChecked',
      serverPing: 'skipped notChecked',
      liveConnection: 'fail notConnected',
    });
    expect(results.handshake.finding).toEqual({ cause: 'notChecked', after: 'server' });
    // An employee there: refused by the server's defect, orders still come from the list.
    const employee = await sessionOn(backend, EMPLOYEE, null);
    const refused = await diagnose(depsFor(employee, { connection }));
    expect(verdicts(refused)).toMatchObject({ server: 'warn noLiveRoute', account: 'fail serverDefect' });
  });

  it('names a base URL without /api as a wrong URL', async () => {
    const backend = await backendWith();
    const session = { ...(await sessionOn(backend)), apiBaseUrl: backend.origin };
    const results = await diagnose(depsFor(session));
    expect(results.server).toMatchObject({ status: 'fail', finding: { cause: 'wrongUrl', httpStatus: 404 } });
  });

  it('names a customer account as not staff, and does not try the socket it would be refused', async () => {
    const backend = await backendWith();
    const results = await diagnose(depsFor(await sessionOn(backend, CUSTOMER)));
    expect(results.account).toMatchObject({ status: 'fail', finding: { cause: 'notStaff' } });
    expect(results.handshake).toMatchObject({ status: 'skipped', finding: { after: 'account' } });
    expect(backend.handshakes()).toEqual({ accepted: 0, rejected: 0 });
  });

  it('names a token the server no longer accepts as rejected: sign in again', async () => {
    const backend = await backendWith();
    const session = await sessionOn(backend);
    backend.revokeToken(session.token);
    const results = await diagnose(depsFor(session));
    expect(results.account).toMatchObject({ status: 'fail', finding: { cause: 'tokenRejected' } });
  });

  it('names the integer-sub defect when the server refuses the token it just issued', async () => {
    const backend = await backendWith({ integerSubDefect: true });
    const results = await diagnose(depsFor(await sessionOn(backend, EMPLOYEE, null)));
    expect(results.account).toMatchObject({
      status: 'fail',
      finding: { cause: 'serverDefect', integerSubject: true },
    });
  });

  it('names an expired JWT before asking the server', async () => {
    const backend = await backendWith({ jwtLifetimeSeconds: -60 });
    const results = await diagnose(depsFor(await sessionOn(backend)));
    expect(results.tokenExpiry).toMatchObject({ status: 'fail', finding: { cause: 'expired' } });
    expect(results.account).toMatchObject({ status: 'fail', finding: { cause: 'tokenExpired' } });
  });

  it('notes an opaque token as such', async () => {
    const backend = await backendWith();
    const results = await diagnose(depsFor(await sessionOn(backend, { username: '0911111111', password: 'admin123' })));
    expect(results.tokenExpiry).toMatchObject({ status: 'pass', finding: { cause: 'opaqueToken' } });
  });

  it('names an upgrade refused on the way when the server and the account are fine', async () => {
    const backend = await backendWith();
    // As a proxy does: the HTTP API answers, the WebSocket upgrade is refused (403 at this path).
    const refusedOnTheWay = (url: string, events: SocketEvents) =>
      nodeSocket(url.replace('/ws/orders', '/ws/proxy'), events);
    const results = await diagnose(depsFor(await sessionOn(backend), { openSocket: refusedOnTheWay }));
    expect(results.account.status).toBe('pass');
    expect(results.handshake).toMatchObject({ status: 'fail', finding: { cause: 'upgradeRefused', closeCode: 1006 } });
    expect(results.serverPing).toMatchObject({ status: 'skipped', finding: { after: 'handshake' } });
  });

  it('names a stalled server that accepts the socket but never pings', async () => {
    const backend = await backendWith();
    backend.setStalled(true);
    const results = await diagnose(depsFor(await sessionOn(backend)));
    expect(results.handshake.status).toBe('pass');
    expect(results.serverPing).toMatchObject({ status: 'fail', finding: { cause: 'serverSilent' } });
  });

  it('says when the server counts no connection although the extension thinks it is connected', async () => {
    const backend = await backendWith();
    const results = await diagnose(depsFor(await sessionOn(backend)));
    expect(results.liveConnection).toMatchObject({ status: 'fail', finding: { cause: 'notCounted' } });
  });

  it('names the fields the server’s orders lack, most frequent first', async () => {
    const results = await diagnose(depsFor(null, { degradedFields: { delivery_type: 1, customer_phone: 3 } }));
    expect(results.orderShape).toMatchObject({
      status: 'warn',
      finding: {
        cause: 'partialShape',
        fields: [
          { field: 'customer_phone', count: 3 },
          { field: 'delivery_type', count: 1 },
        ],
      },
    });
  });

  it('names full storage, with what could not be saved', async () => {
    const results = await diagnose(depsFor(null, { storageFailing: ['the order list'] }));
    expect(results.dedupeStore).toMatchObject({
      status: 'fail',
      finding: { cause: 'storageFull', failing: ['the order list'] },
    });
  });

  it('warns of a connection that keeps dropping, with the last close code', async () => {
    const losses = [1006, 1006, 1011].map((code, index) => ({ at: index, code }));
    const results = await diagnose(depsFor(null, { connectionLosses: losses }));
    expect(results.stability).toMatchObject({
      status: 'warn',
      finding: { cause: 'keepsDropping', losses: 3, lastCloseCode: 1011 },
    });
    const once = await diagnose(depsFor(null, { connectionLosses: losses.slice(0, 1) }));
    expect(once.stability).toMatchObject({ status: 'pass', finding: { cause: 'stable', losses: 1 } });
  });

  it('names sound turned off, a failing player, blocked notifications and paused alerts', async () => {
    const backend = await backendWith();
    const session = await sessionOn(backend);
    const soundOff = await diagnose(depsFor(session, { sound: { ...depsFor(null).sound, enabled: false } }));
    expect(soundOff.sound).toMatchObject({ status: 'fail', finding: { cause: 'soundOff' } });

    const failing = await diagnose(
      depsFor(null, {
        sound: { ...depsFor(null).sound, playTest: async () => ({ ok: false, problem: 'NotAllowedError' }) },
        notifications: { ...depsFor(null).notifications, permissionLevel: async () => 'denied' },
      }),
    );
    expect(failing.sound).toMatchObject({
      status: 'fail',
      finding: { cause: 'soundFailed', error: 'NotAllowedError' },
    });
    expect(failing.notifications).toMatchObject({ status: 'fail', finding: { cause: 'notificationsDenied' } });
    expect(failing.credentials).toMatchObject({ status: 'fail', finding: { cause: 'signedOut' } });

    const quiet = await diagnose(depsFor(null, { sound: { ...depsFor(null).sound, quiet: true } }));
    expect(quiet.sound).toMatchObject({ status: 'warn', finding: { cause: 'soundPlayed', quiet: true } });

    // "Repeat until seen" is ringing: the troubleshooter says when it rings next.
    const repeating = await diagnose(depsFor(null, { sound: { ...depsFor(null).sound, repeatsAt: 99 } }));
    expect(repeating.sound).toMatchObject({ status: 'pass', finding: { cause: 'soundPlayed', repeatsAt: 99 } });

    // The test plays now, but the last order's alert could not: what the staff member missed is named.
    const lastAlert = { at: 5, ok: false, error: 'NotAllowedError: play() failed' };
    const missedAlert = await diagnose(depsFor(null, { sound: { ...depsFor(null).sound, lastAlert } }));
    expect(missedAlert.sound).toMatchObject({
      status: 'warn',
      finding: { cause: 'alertSoundFailed', at: 5, error: lastAlert.error },
    });
  });
});

describe('diagnosticReport', () => {
  it('contains the checks and events but never the token, and masks phone numbers', () => {
    const token = 'opaque-secret-token-123';
    const report = diagnosticReport(
      {
        generatedAt: 0,
        extensionVersion: '1.0.0',
        userAgent: 'test',
        apiBaseUrl: 'https://www.khawam.net/api',
        checks: [{ title: 'Account', status: 'fail', summary: `token ${token} refused`, fix: 'Sign in again.' }],
        counters: { 'orders announced': 4 },
        events: [{ at: 0, kind: 'catchUp', error: `socket for 0922222222 with ${token}` }],
      },
      [token],
    );
    expect(report).not.toContain(token);
    expect(report).not.toContain('0922222222');
    expect(report).toContain('••••••••22');
    expect(report).toContain('[fail] Account');
    expect(report).toContain('orders announced: 4');
  });
});
