import { describe, expect, it } from 'vitest';
import { accountAlertFor, EXPIRY_WARNING_MS } from '../../../utils/connection/accountAlerts';
import { tokenExpiresAt } from '../../../utils/shop/tokenExpiry';
import type { ConnectionStatus } from '../../../utils/connection/connectionStatus';

const NOW = 1_800_000_000_000;
const snapshot = (status: ConnectionStatus) => ({ status, attempt: 0, outageStartedAt: null, credentialsId: 5 });

describe('accountAlertFor', () => {
  it('asks to sign in again, once per sign-in, when the token is refused or expired', () => {
    for (const reason of ['tokenRejected', 'tokenExpired'] as const) {
      expect(accountAlertFor(snapshot({ state: 'rejected', reason, nextAttemptAt: NOW }), null, NOW)).toEqual({
        kind: 'signInRequired',
        key: '5:signInRequired',
      });
    }
  });

  it('names the server defect as its own alert, not as a sign-in problem', () => {
    const status: ConnectionStatus = { state: 'rejected', reason: 'serverDefect', nextAttemptAt: NOW };
    expect(accountAlertFor(snapshot(status), null, NOW)?.kind).toBe('serverDefect');
  });

  it('warns while connected when the JWT expires within three days, not earlier', () => {
    const open: ConnectionStatus = { state: 'open', since: NOW };
    expect(accountAlertFor(snapshot(open), NOW + EXPIRY_WARNING_MS - 1, NOW)).toMatchObject({ kind: 'expiringSoon' });
    expect(accountAlertFor(snapshot(open), NOW + EXPIRY_WARNING_MS + 1, NOW)).toBeNull();
    expect(accountAlertFor(snapshot(open), null, NOW)).toBeNull();
  });

  it('stays quiet for passing network trouble', () => {
    const waiting: ConnectionStatus = { state: 'waiting', nextAttemptAt: NOW, problem: 'serverUnreachable' };
    expect(accountAlertFor(snapshot(waiting), null, NOW)).toBeNull();
  });
});

describe('tokenExpiresAt', () => {
  it("reads a JWT's exp, and gives up quietly on opaque or malformed tokens", () => {
    const payload = Buffer.from(JSON.stringify({ sub: 7, exp: 1_800_000_000 })).toString('base64url');
    expect(tokenExpiresAt(`h.${payload}.s`)).toBe(1_800_000_000_000);
    expect(tokenExpiresAt('admin_token_1')).toBeNull();
    expect(tokenExpiresAt('a.!!!.c')).toBeNull();
    expect(tokenExpiresAt(`h.${Buffer.from('{"exp":"soon"}').toString('base64url')}.s`)).toBeNull();
  });
});
