import { describe, expect, it } from 'vitest';
import { suiteBackend } from '../../harness/suiteBackend';
import { signIn } from '../../../utils/shop/signIn';

describe('signIn against the reference backend', () => {
  const server = suiteBackend();

  it('returns the token and the staff user', async () => {
    const result = await signIn(fetch, `${server().apiBaseUrl}/`, ' 0922222222 ', 'staff123');
    expect(result).toMatchObject({ ok: true, user: { name: 'سارة الموظفة' } });
  });

  it.each([
    ['customer@khawam.local', 'customer123', 'notStaff'],
    ['0922222222', 'nope', 'badCredentials'],
    ['hello', 'x', 'badUsername'],
    ['inactive@khawam.local', 'inactive123', 'inactive'],
  ])('refuses %s with problem %s', async (username, password, problem) => {
    expect(await signIn(fetch, server().apiBaseUrl, username, password)).toMatchObject({ ok: false, problem });
  });

  it('names a base URL without /api as a wrong URL, and a dead server as unreachable', async () => {
    expect(await signIn(fetch, server().origin, '0922222222', 'staff123')).toMatchObject({ problem: 'wrongUrl' });
    expect(await signIn(fetch, 'http://127.0.0.1:9/api', '0922222222', 'staff123')).toMatchObject({
      problem: 'unreachable',
    });
  });
});
