import { describe, expect, it } from 'vitest';
import { suiteBackend } from '../../harness/suiteBackend';
import {
  adoptDashboardToken,
  MAX_SIGNED_OUT_TOKENS,
  rememberSignedOut,
  tokenFingerprint,
} from '../../../utils/shop/adoptDashboardToken';
import { dashboardBelongsToApi, dashboardOriginPattern, isDashboardPage } from '../../../utils/shop/dashboardAccess';
import { loginDirectly } from '../../harness/loginDirectly';

describe('adoptDashboardToken against the reference backend', () => {
  const backend = suiteBackend();

  it("adopts a staff member's dashboard token once the server confirms it", async () => {
    const { access_token: token } = await loginDirectly(backend().apiBaseUrl, {
      username: '0922222222',
      password: 'staff123',
    });
    const result = await adoptDashboardToken(fetch, backend().apiBaseUrl, token, null, 1000);
    expect(result).toMatchObject({
      adopted: { token, user: { name: 'سارة الموظفة' }, verifiedAt: 1000, fromDashboard: true },
    });
    if (!('adopted' in result)) throw new Error('not adopted');
    expect(await adoptDashboardToken(fetch, backend().apiBaseUrl, token, result.adopted, 2000)).toEqual({
      ignored: 'sameToken',
    });
  });

  it('never replaces the signed-in account of someone else, nor undoes a sign-out', async () => {
    const login = (username: string) => loginDirectly(backend().apiBaseUrl, { username, password: 'staff123' });
    const [{ access_token: first }, { access_token: second }] = await Promise.all([
      login('0922222222'),
      login('0944444444'),
    ]);
    const adopted = await adoptDashboardToken(fetch, backend().apiBaseUrl, first, null, 1000);
    if (!('adopted' in adopted)) throw new Error('not adopted');
    expect(await adoptDashboardToken(fetch, backend().apiBaseUrl, second, adopted.adopted, 2000)).toEqual({
      ignored: 'otherAccount',
    });
    const signedOut = [await tokenFingerprint(first)];
    expect(await adoptDashboardToken(fetch, backend().apiBaseUrl, first, null, 3000, signedOut)).toEqual({
      ignored: 'signedOut',
    });
  });

  it('never brings back any token signed out of, however many sign-outs came since (within 20)', async () => {
    const { access_token: older } = await loginDirectly(backend().apiBaseUrl, {
      username: '0922222222',
      password: 'staff123',
    });
    let remembered = rememberSignedOut([], await tokenFingerprint(older));
    for (let index = 0; index < MAX_SIGNED_OUT_TOKENS - 1; index++) {
      remembered = rememberSignedOut(remembered, await tokenFingerprint(`newer-${index}`));
    }
    expect(remembered).toHaveLength(MAX_SIGNED_OUT_TOKENS);
    expect(await adoptDashboardToken(fetch, backend().apiBaseUrl, older, null, 3000, remembered)).toEqual({
      ignored: 'signedOut',
    });
    // Bounded: the oldest is let go only past the bound.
    expect(rememberSignedOut(remembered, 'one more')).toHaveLength(MAX_SIGNED_OUT_TOKENS);
  });

  it("ignores a customer's token and a token the server refuses", async () => {
    const { access_token: customer } = await loginDirectly(backend().apiBaseUrl, {
      username: 'customer@khawam.local',
      password: 'customer123',
    });
    expect(await adoptDashboardToken(fetch, backend().apiBaseUrl, customer, null, 0)).toEqual({ ignored: 'notStaff' });
    expect(await adoptDashboardToken(fetch, backend().apiBaseUrl, 'forged', null, 0)).toEqual({ ignored: 'refused' });
  });
});

describe('dashboard access', () => {
  const settings = { dashboardUrl: null, apiBaseUrl: 'https://www.khawam.net/api' };

  it('asks for the dashboard origin only', () => {
    expect(dashboardOriginPattern(settings)).toBe('https://www.khawam.net/*');
    expect(dashboardOriginPattern({ dashboardUrl: 'http://127.0.0.1:8000', apiBaseUrl: '' })).toBe(
      'http://127.0.0.1/*',
    );
  });

  it('sends a dashboard token only to the API of that same site', () => {
    expect(dashboardBelongsToApi(settings)).toBe(true);
    expect(dashboardBelongsToApi({ ...settings, dashboardUrl: 'https://www.khawam.net' })).toBe(true);
    expect(
      dashboardBelongsToApi({ dashboardUrl: 'https://www.khawam.net', apiBaseUrl: 'https://other.example/api' }),
    ).toBe(false);
  });

  it('trusts tokens from the dashboard’s own pages only', () => {
    expect(isDashboardPage('https://www.khawam.net/dashboard', settings)).toBe(true);
    expect(isDashboardPage('https://evil.example/dashboard', settings)).toBe(false);
    expect(isDashboardPage('http://www.khawam.net/dashboard', settings)).toBe(false);
  });
});
