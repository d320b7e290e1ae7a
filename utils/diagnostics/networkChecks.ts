import { EXPIRY_WARNING_MS } from '../connection/accountAlerts';
import { parseServerFrame } from '../connection/parseServerFrame';
import { probeAccount, probeServerHealth, type AccountVerdict } from '../connection/serverProbes';
import { normalizeBaseUrl, orderStreamUrl } from '../shop/shopUrls';
import { hasIntegerSubject, isJwt, tokenExpiresAt } from '../shop/tokenExpiry';
import {
  NETWORK_CHECKS,
  notChecked,
  result,
  type CheckId,
  type CheckResult,
  type DiagnosedTarget,
  type DiagnosticDeps,
} from './diagnosticTypes';

/** A clock further off than this misjudges an order's age in catch-up. */
const CLOCK_TOLERANCE_MS = 2 * 60_000;
const HANDSHAKE_TIMEOUT_MS = 5_000;
const CLOSE_TIMEOUT_MS = 2_000;
/** Waiting for the server's ping: its period and a margin for a slow network. */
const pingWaitMs = (intervalMs: number) => Math.round(intervalMs * 1.2) + 1_000;

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
      const frame = parseServerFrame(data, deps.now());
      if (frame.ok && frame.message.kind === 'ping') {
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

/** The server, the account and the stream, in order: each needs the one before to pass. */
export async function runNetworkChecks(deps: DiagnosticDeps, report: (result: CheckResult) => void): Promise<void> {
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
  const health = await probeServerHealth(deps.fetch, base, { now: deps.now, token: target.token });
  if (health.kind !== 'up' && health.kind !== 'noLiveRoute') {
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
  const up = health.kind === 'up';
  // Without its live route the API still answers: orders come from the order list (a warning, not a failure).
  report(
    up
      ? result('server', 'pass', { cause: 'serverUp', url: base, ms: health.ms })
      : result('server', 'warn', { cause: 'noLiveRoute', url: base }),
  );
  report(clockCheck(up ? health.clockOffsetMs : null));
  // Counted before the troubleshooter's own socket adds one.
  const activeConnections = up ? health.activeConnections : 0;

  const account = accountCheck(target, await probeAccount(deps.fetch, target, deps.now()));
  report(account);
  if (account.status === 'fail' || !up) {
    const after = up ? 'account' : 'server';
    report(notChecked('handshake', after));
    report(notChecked('serverPing', after));
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
  // Orders read from the list that the open socket never delivered: the broadcast misses this computer.
  if (deps.recoveredLastHour > 0)
    return result('liveConnection', 'warn', { cause: 'broadcastMissing', recovered: deps.recoveredLastHour });
  return result('liveConnection', 'pass', { cause: 'connected', activeConnections, lastOrderAt });
}

function clockCheck(offsetMs: number | null): CheckResult {
  if (offsetMs === null) return result('clock', 'skipped', { cause: 'clockHidden' });
  const off = Math.abs(offsetMs) > CLOCK_TOLERANCE_MS;
  return result('clock', off ? 'warn' : 'pass', { cause: off ? 'clockOff' : 'clockOk', offsetMs });
}
