import type { ShopUser } from '../../utils/shop/schemas';

/**
 * `POST /auth/login` straight to the backend, bypassing the extension: for tests that need
 * a token the sign-in form would refuse (a customer's, a defective server's).
 */
export async function loginDirectly(apiBaseUrl: string, credentials: { username: string; password: string }) {
  const response = await fetch(`${apiBaseUrl}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (!response.ok) throw new Error(`login as ${credentials.username} answered HTTP ${response.status}`);
  return (await response.json()) as { access_token: string; user: ShopUser };
}
