import { afterEach, describe, expect, it } from 'vitest';
import { startShopBackend, type ShopBackend, type ShopBackendOptions } from '../../../server/shopBackend';
import { diagnoseHandshakeFailure } from '../../../utils/connection/diagnoseHandshakeFailure';
import { FRESH_TOKEN_WINDOW_MS } from '../../../utils/connection/serverProbes';
import { loginDirectly } from '../../harness/loginDirectly';

const started: ShopBackend[] = [];
afterEach(async () => Promise.all(started.splice(0).map((backend) => backend.close())));

async function backendWith(options: ShopBackendOptions = {}) {
  const backend = await startShopBackend(options);
  started.push(backend);
  return backend;
}

async function tokenFor(backend: ShopBackend, username: string, password: string): Promise<string> {
  return (await loginDirectly(backend.apiBaseUrl, { username, password })).access_token;
}

const now = Date.now();
const verified = { signedInAt: now - 3_600_000, verifiedAt: now - 3_600_000 };

describe('diagnoseHandshakeFailure against the reference backend', () => {
  it('names a server that does not answer as unreachable (keep retrying)', async () => {
    const backend = await backendWith();
    await backend.close();
    const diagnosis = await diagnoseHandshakeFailure(
      fetch,
      { apiBaseUrl: backend.apiBaseUrl, token: 't', ...verified },
      now,
    );
    expect(diagnosis).toEqual({ kind: 'retry', problem: 'serverUnreachable' });
  });

  it('names a base URL without /api as a wrong URL', async () => {
    const backend = await backendWith();
    const diagnosis = await diagnoseHandshakeFailure(
      fetch,
      { apiBaseUrl: backend.origin, token: 'admin_token_1', ...verified },
      now,
    );
    expect(diagnosis).toEqual({ kind: 'reject', reason: 'wrongUrl' });
  });

  it('names a revoked token that used to work as rejected: sign in again', async () => {
    const backend = await backendWith();
    const token = await tokenFor(backend, 'staff@khawam.local', 'staff123');
    backend.revokeToken(token);
    const diagnosis = await diagnoseHandshakeFailure(
      fetch,
      { apiBaseUrl: backend.apiBaseUrl, token, ...verified },
      now,
    );
    expect(diagnosis).toEqual({ kind: 'reject', reason: 'tokenRejected' });
  });

  it('names a token refused right after the server issued it as the server defect', async () => {
    const backend = await backendWith({ integerSubDefect: true });
    const token = await tokenFor(backend, 'staff@khawam.local', 'staff123');
    const fresh = { apiBaseUrl: backend.apiBaseUrl, token, signedInAt: now - 5000, verifiedAt: null };
    expect(await diagnoseHandshakeFailure(fetch, fresh, now)).toEqual({ kind: 'reject', reason: 'serverDefect' });
    const later = now + FRESH_TOKEN_WINDOW_MS;
    expect(await diagnoseHandshakeFailure(fetch, fresh, later)).toEqual({ kind: 'reject', reason: 'tokenRejected' });
  });

  it('names an expired JWT as expired', async () => {
    const backend = await backendWith({ jwtLifetimeSeconds: -60 });
    const token = await tokenFor(backend, 'staff@khawam.local', 'staff123');
    const diagnosis = await diagnoseHandshakeFailure(
      fetch,
      { apiBaseUrl: backend.apiBaseUrl, token, ...verified },
      now,
    );
    expect(diagnosis).toEqual({ kind: 'reject', reason: 'tokenExpired' });
  });

  it('names a customer account as not staff', async () => {
    const backend = await backendWith();
    const token = await tokenFor(backend, 'customer@khawam.local', 'customer123');
    const diagnosis = await diagnoseHandshakeFailure(
      fetch,
      { apiBaseUrl: backend.apiBaseUrl, token, ...verified },
      now,
    );
    expect(diagnosis).toEqual({ kind: 'reject', reason: 'notStaff' });
  });

  it('names the shop’s server as published (no notifications router) as missing its live route, for owner and employee', async () => {
    const backend = await backendWith({ liveRoute: false, integerSubDefect: true });
    const owner = { apiBaseUrl: backend.apiBaseUrl, token: 'admin_token_1', ...verified };
    expect(await diagnoseHandshakeFailure(fetch, owner, now)).toEqual({ kind: 'retry', problem: 'noLiveRoute' });
    const token = await tokenFor(backend, 'staff@khawam.local', 'staff123');
    const employee = { apiBaseUrl: backend.apiBaseUrl, token, signedInAt: now - 5000, verifiedAt: null };
    expect(await diagnoseHandshakeFailure(fetch, employee, now)).toEqual({ kind: 'retry', problem: 'noLiveRoute' });
    // Without /api neither route nor list answers: that address is wrong.
    const wrong = { ...owner, apiBaseUrl: backend.origin };
    expect(await diagnoseHandshakeFailure(fetch, wrong, now)).toEqual({ kind: 'reject', reason: 'wrongUrl' });
  });

  it('blames something in between when server, URL and account are all fine', async () => {
    const backend = await backendWith();
    const credentials = { apiBaseUrl: backend.apiBaseUrl, token: 'admin_token_1', ...verified };
    expect(await diagnoseHandshakeFailure(fetch, credentials, now)).toEqual({
      kind: 'retry',
      problem: 'upgradeRefused',
    });
  });
});
