import type { SocketEvents, SocketHandle } from '../connection/orderConnection';
import { parseServerFrame } from '../connection/parseServerFrame';
import { probeAccount, probeServerHealth, type AccountVerdict } from '../connection/serverProbes';
import type { PlayResult } from '../messaging';
import type { ShopUser } from '../shop/schemas';
import { normalizeBaseUrl, orderStreamUrl } from '../shop/shopUrls';
import { hasIntegerSubject, isJwt, tokenExpiresAt } from '../shop/tokenExpiry';
import { EXPIRY_WARNING_MS } from '../connection/accountAlerts';
import type { ConnectionStatus } from '../connection/connectionStatus';

/** The checks, in the order the page shows them: each names a cause from PROTOCOL.md §5. */
export const DIAGNOSTIC_CHECKS = [
  'credentials',
  'tokenExpiry',
  'server',
  'account',
  'handshake',
  'serverPing',
  'liveConnection',
  'stability',
  'notifications',
  'sound',
  'dedupeStore',
  'clock',
] as const;
export type CheckId = (typeof DIAGNOSTIC_CHECKS)[number];
/** Checks of this computer alone: they run alongside the network checks, which need each other in turn. */
const LOCAL_CHECKS: readonly CheckId[] = ['stability', 'notifications', 'sound', 'dedupeStore'];
const NETWORK_CHECKS = DIAGNOSTIC_CHECKS.filter((id) => !LOCAL_CHECKS.includes(id));
export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skipped';

/** What a check found: a cause with the facts its sentence needs. Words live in the UI text. */
export type Finding =
  | { cause: 'signedIn'; name: string; role: string }
  | { cause: 'signedOut' }
  | { cause: 'expiresAt'; at: number }
  | { cause: 'expiresSoon'; at: number }
  | { cause: 'expired'; at: number }
  | { cause: 'opaqueToken' }
  | { cause: 'noExpiry' }
  | { cause: 'serverUp'; url: string; ms: number }
  | { cause: 'wrongUrl'; url: string; httpStatus: number }
  | { cause: 'serverUnreachable'; url: string }
  | { cause: 'serverError'; url: string; httpStatus: number }
  | { cause: 'accountOk'; name: string; role: string }
  | { cause: 'tokenRejected' }
  | { cause: 'tokenExpired' }
  | { cause: 'serverDefect'; integerSubject: boolean }
  | { cause: 'notStaff'; role: string }
  | { cause: 'accountInactive' }
  | { cause: 'accountUnknown'; httpStatus: number }
  | { cause: 'handshakeOk'; ms: number }
  | { cause: 'upgradeRefused'; closeCode: number }
  | { cause: 'handshakeTimeout'; waitedMs: number }
  | { cause: 'pingReceived'; afterMs: number; intervalMs: number; roundTripMs: number | null }
  | { cause: 'serverSilent'; waitedMs: number }
  | { cause: 'connected'; activeConnections: number; lastOrderAt: number | null }
  | { cause: 'notCounted'; lastOrderAt: number | null }
  | { cause: 'notConnected'; status: ConnectionStatus }
  | { cause: 'stable'; losses: number }
  | { cause: 'keepsDropping'; losses: number; lastCloseCode: number | null }
  | { cause: 'notificationsShown'; platform: Platform }
  | { cause: 'notificationsDenied' }
  | { cause: 'notificationFailed'; error: string }
  | { cause: 'soundPlayed'; volume: number; quiet: boolean }
  | { cause: 'soundOff' }
  | { cause: 'volumeZero' }
  | { cause: 'soundFailed'; error: string }
  | { cause: 'dedupeStore'; count: number; capacity: number; duplicates: number }
  | { cause: 'dedupeUnreadable' }
  | { cause: 'clockOk'; offsetMs: number }
  | { cause: 'clockOff'; offsetMs: number }
  | { cause: 'clockHidden' }
  | { cause: 'notChecked'; after: CheckId };
export type FindingCause = Finding['cause'];

export interface CheckResult {
  id: CheckId;
  status: CheckStatus;
  finding: Finding;
}

export type Platform = 'win' | 'mac' | 'other';

/** The connection and account the troubleshooter examines: the same the background uses. */
export interface DiagnosedTarget {
  apiBaseUrl: string;
  token: string;
  signedInAt: number;
  verifiedAt: number | null;
  user: ShopUser;
}

export interface DiagnosticDeps {
  fetch: typeof fetch;
  openSocket(url: string, events: SocketEvents): SocketHandle;
  now(): number;
  sleep(ms: number): Promise<void>;
  target: DiagnosedTarget | null;
  /** The server's ping period (30 s in production). */
  serverPingIntervalMs: number;
  /** The background's own connection, as it last published it. */
  connection: ConnectionStatus;
  lastOrderAt: number | null;
  /** Open connections lost in the last hour (from the event log), oldest first. */
  connectionLosses: { at: number; code: number }[];
  notifications: {
    permissionLevel(): Promise<string>;
    /** Shows a test notification; rejects when the browser refuses. */
    showTest(): Promise<void>;
    platform: Platform;
  };
  sound: { enabled: boolean; volume: number; quiet: boolean; playTest(): Promise<PlayResult> };
  dedupe: { count(): Promise<number>; capacity: number; duplicates: number };
}

/** More lost connections than this in an hour is a connection that keeps dropping. */
export const UNSTABLE_LOSSES_PER_HOUR = 3;
/** A clock further off than this misjudges an order's age in catch-up. */
export const CLOCK_TOLERANCE_MS = 2 * 60_000;
const HANDSHAKE_TIMEOUT_MS = 5_000;
const CLOSE_TIMEOUT_MS = 2_000;
/** Waiting for the server's ping: its period and a margin for a slow network. */
const pingWaitMs = (intervalMs: number) => Math.round(intervalMs * 1.2) + 1_000;

const result = (id: CheckId, status: CheckStatus, finding: Finding): CheckResult => ({ id, status, finding });
const notChecked = (id: CheckId, after: CheckId) => result(id, 'skipped', { cause: 'notChecked', after });

/** Opens a socket of its own and waits for the handshake and the server's first ping. */
function testSocket(deps: DiagnosticDeps, url: string) {
  const startedAt = deps.now();
  let settleOpen: (outcome: { opened: true; at: number } | { opened: false; closeCode: number }) => void;
  let settlePing: (at: number) => void;
  let settleClosed: (at: number) => void;
  const opened = new Promise<{ opened: true; at: number } | { opened: false; closeCode: number }>((resolve) => {
    settleOpen = resolve;
  });
  const pinged = new Promise<number>((resolve) => {
    settlePing = resolve;
  });
  const closed = new Promise<number>((resolve) => {
    settleClosed = resolve;
  });
  const socket = deps.openSocket(url, {
    onOpen: () => settleOpen({ opened: true, at: deps.now() }),
    onMessage: (data) => {
      const frame = parseServerFrame(data);
      if (frame.ok && 'type' in frame.message) {
        socket.send(JSON.stringify({ type: 'pong' }));
        settlePing(deps.now());
      }
    },
    onClose: (closeCode) => {
      settleOpen({ opened: false, closeCode });
      settleClosed(deps.now());
    },
  });
  const close = () => socket.close(1000, 'diagnostics done');
  /**
   * The server answers no frame of ours but the close frame: closing is the one round trip
   * over the open socket a browser can time.
   */
  const closeTimed = async (): Promise<number | null> => {
    const sentAt = deps.now();
    close();
    const closedAt = await Promise.race([closed, timeout(deps, CLOSE_TIMEOUT_MS, null)]);
    return closedAt === null ? null : closedAt - sentAt;
  };
  return { startedAt, opened, pinged, close, closeTimed };
}

const timeout = <T>(deps: DiagnosticDeps, ms: number, value: T) => deps.sleep(ms).then(() => value);

/**
 * Runs the network checks in order (each needs the one before to pass), with the checks
 * of this computer (notifications, sound, dedupe store) alongside, and reports every
 * result as soon as it is known. Ends with every check reported exactly once.
 */
export async function runDiagnostics(deps: DiagnosticDeps, report: (result: CheckResult) => void): Promise<void> {
  await Promise.all([runNetworkChecks(deps, report), runLocalChecks(deps, report)]);
}

async function runNetworkChecks(deps: DiagnosticDeps, report: (result: CheckResult) => void): Promise<void> {
  /** The failed check, and every network check after it, which depends on it. */
  const skipRest = (after: CheckId) => {
    for (const id of NETWORK_CHECKS.slice(NETWORK_CHECKS.indexOf(after) + 1)) report(notChecked(id, after));
  };

  const target = deps.target;
  if (!target) {
    report(result('credentials', 'fail', { cause: 'signedOut' }));
    return skipRest('credentials');
  }
  report(
    result('credentials', 'pass', { cause: 'signedIn', name: target.user.name, role: target.user.user_type.name_ar }),
  );

  const now = deps.now();
  const expiresAt = tokenExpiresAt(target.token);
  if (expiresAt === null) {
    report(result('tokenExpiry', 'pass', { cause: isJwt(target.token) ? 'noExpiry' : 'opaqueToken' }));
  } else if (expiresAt <= now) {
    report(result('tokenExpiry', 'fail', { cause: 'expired', at: expiresAt }));
  } else {
    const soon = expiresAt - now < EXPIRY_WARNING_MS;
    report(result('tokenExpiry', soon ? 'warn' : 'pass', { cause: soon ? 'expiresSoon' : 'expiresAt', at: expiresAt }));
  }

  const base = normalizeBaseUrl(target.apiBaseUrl);
  const health = await probeServerHealth(deps.fetch, base, deps.now);
  if (health.kind !== 'up') {
    report(
      result(
        'server',
        'fail',
        health.kind === 'unreachable'
          ? { cause: 'serverUnreachable', url: base }
          : { cause: health.kind, url: base, httpStatus: health.httpStatus },
      ),
    );
    return skipRest('server');
  }
  report(result('server', 'pass', { cause: 'serverUp', url: base, ms: health.ms }));
  report(clockCheck(health.clockOffsetMs));
  // Counted before the troubleshooter's own socket adds one.
  const { activeConnections } = health;

  const account = accountCheck(target, await probeAccount(deps.fetch, target, deps.now()));
  report(account);
  if (account.status === 'fail') {
    report(notChecked('handshake', 'account'));
    report(notChecked('serverPing', 'account'));
    return report(liveConnectionCheck(deps, activeConnections));
  }

  const socket = testSocket(deps, orderStreamUrl(base, target.token));
  const handshake = await Promise.race([socket.opened, timeout(deps, HANDSHAKE_TIMEOUT_MS, null)]);
  if (!handshake?.opened) {
    socket.close();
    report(
      handshake
        ? result('handshake', 'fail', { cause: 'upgradeRefused', closeCode: handshake.closeCode })
        : result('handshake', 'fail', { cause: 'handshakeTimeout', waitedMs: HANDSHAKE_TIMEOUT_MS }),
    );
    report(notChecked('serverPing', 'handshake'));
    return report(liveConnectionCheck(deps, activeConnections));
  }
  report(result('handshake', 'pass', { cause: 'handshakeOk', ms: handshake.at - socket.startedAt }));
  report(liveConnectionCheck(deps, activeConnections));

  const waitMs = pingWaitMs(deps.serverPingIntervalMs);
  const pingedAt = await Promise.race([socket.pinged, timeout(deps, waitMs, null)]);
  if (pingedAt === null) {
    socket.close();
    return report(result('serverPing', 'fail', { cause: 'serverSilent', waitedMs: waitMs }));
  }
  report(
    result('serverPing', 'pass', {
      cause: 'pingReceived',
      afterMs: pingedAt - handshake.at,
      intervalMs: deps.serverPingIntervalMs,
      roundTripMs: await socket.closeTimed(),
    }),
  );
}

function accountCheck(target: DiagnosedTarget, verdict: AccountVerdict): CheckResult {
  switch (verdict.kind) {
    case 'unreachable':
      return result('account', 'fail', { cause: 'accountUnknown', httpStatus: 0 });
    case 'unexpected':
      return result('account', 'fail', { cause: 'accountUnknown', httpStatus: verdict.httpStatus });
    case 'refused':
      return result(
        'account',
        'fail',
        verdict.reason === 'serverDefect'
          ? { cause: verdict.reason, integerSubject: hasIntegerSubject(target.token) }
          : { cause: verdict.reason },
      );
    case 'notStaff':
      return result('account', 'fail', { cause: 'notStaff', role: verdict.user.user_type.name_ar });
    case 'inactive':
      return result('account', 'fail', { cause: 'accountInactive' });
    case 'staff':
      return result('account', 'pass', {
        cause: 'accountOk',
        name: verdict.user.name,
        role: verdict.user.user_type.name_ar,
      });
  }
}

/** Whether the background's socket is up and the server counts it: a broadcast reaches only counted sockets. */
function liveConnectionCheck(deps: DiagnosticDeps, activeConnections: number): CheckResult {
  const { connection, lastOrderAt } = deps;
  if (connection.state !== 'open')
    return result('liveConnection', 'fail', { cause: 'notConnected', status: connection });
  if (activeConnections === 0) return result('liveConnection', 'fail', { cause: 'notCounted', lastOrderAt });
  return result('liveConnection', 'pass', { cause: 'connected', activeConnections, lastOrderAt });
}

function clockCheck(offsetMs: number | null): CheckResult {
  if (offsetMs === null) return result('clock', 'skipped', { cause: 'clockHidden' });
  const off = Math.abs(offsetMs) > CLOCK_TOLERANCE_MS;
  return result('clock', off ? 'warn' : 'pass', { cause: off ? 'clockOff' : 'clockOk', offsetMs });
}

/** PROTOCOL.md §5, class 5: a connection that keeps dropping (network trouble, restarts, timeouts). */
function stabilityCheck(losses: DiagnosticDeps['connectionLosses']): CheckResult {
  if (losses.length < UNSTABLE_LOSSES_PER_HOUR)
    return result('stability', 'pass', { cause: 'stable', losses: losses.length });
  const lastCloseCode = losses.at(-1)?.code ?? null;
  return result('stability', 'warn', { cause: 'keepsDropping', losses: losses.length, lastCloseCode });
}

async function runLocalChecks(deps: DiagnosticDeps, report: (result: CheckResult) => void): Promise<void> {
  const { notifications, sound, dedupe } = deps;
  report(stabilityCheck(deps.connectionLosses));
  const level = await notifications.permissionLevel().catch(() => 'denied');
  if (level !== 'granted') {
    report(result('notifications', 'fail', { cause: 'notificationsDenied' }));
  } else {
    const shown = await notifications.showTest().then(
      () => null,
      (error: unknown) => String(error),
    );
    report(
      shown === null
        ? result('notifications', 'pass', { cause: 'notificationsShown', platform: notifications.platform })
        : result('notifications', 'fail', { cause: 'notificationFailed', error: shown }),
    );
  }

  if (!sound.enabled) report(result('sound', 'fail', { cause: 'soundOff' }));
  else if (sound.volume === 0) report(result('sound', 'fail', { cause: 'volumeZero' }));
  else {
    const played = await sound.playTest().catch((error: unknown): PlayResult => ({ ok: false, error: String(error) }));
    report(
      played.ok
        ? result('sound', sound.quiet ? 'warn' : 'pass', {
            cause: 'soundPlayed',
            volume: sound.volume,
            quiet: sound.quiet,
          })
        : result('sound', 'fail', { cause: 'soundFailed', error: played.error }),
    );
  }

  // A full store is normal: the oldest ids make room, and catch-up never reaches that far back.
  const count = await dedupe.count().catch(() => null);
  report(
    count === null
      ? result('dedupeStore', 'fail', { cause: 'dedupeUnreadable' })
      : result('dedupeStore', 'pass', {
          cause: 'dedupeStore',
          count,
          capacity: dedupe.capacity,
          duplicates: dedupe.duplicates,
        }),
  );
}
