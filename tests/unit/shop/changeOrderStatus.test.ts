import { afterEach, describe, expect, it } from 'vitest';
import { startShopBackend, type ShopBackend } from '../../../server/shopBackend';
import { changeOrderStatus } from '../../../utils/shop/changeOrderStatus';
import { loginDirectly } from '../../harness/loginDirectly';

const started: ShopBackend[] = [];
afterEach(async () => Promise.all(started.splice(0).map((backend) => backend.close())));

async function staffOn() {
  const backend = await startShopBackend();
  started.push(backend);
  const { access_token: token } = await loginDirectly(backend.apiBaseUrl, {
    username: '0922222222',
    password: 'staff123',
  });
  return { backend, target: { apiBaseUrl: backend.apiBaseUrl, token } };
}

describe('changeOrderStatus against the reference backend', () => {
  it('accepts an order for the whole shop', async () => {
    const { backend, target } = await staffOn();
    const order = backend.createOrder();
    expect(await changeOrderStatus(fetch, target, order.order_id, 'accepted')).toEqual({ ok: true });
    const recent = (await (await fetch(`${backend.apiBaseUrl}/admin/dashboard/recent-orders?limit=1`)).json()) as {
      orders: { status: string }[];
    };
    expect(recent.orders[0]?.status).toBe('accepted');
  });

  it('names a revoked token, an unknown status, a missing order and a stopped server', async () => {
    const { backend, target } = await staffOn();
    const order = backend.createOrder();
    expect(await changeOrderStatus(fetch, target, order.order_id, 'bogus' as never)).toMatchObject({
      ok: false,
      problem: 'refused',
      detail: expect.any(String),
    });
    expect(await changeOrderStatus(fetch, target, 999, 'accepted')).toMatchObject({ ok: false, problem: 'notFound' });
    backend.revokeToken(target.token);
    expect(await changeOrderStatus(fetch, target, order.order_id, 'accepted')).toMatchObject({
      ok: false,
      problem: 'signInRequired',
    });
    await backend.close();
    expect(await changeOrderStatus(fetch, target, order.order_id, 'accepted')).toEqual({
      ok: false,
      problem: 'unreachable',
    });
  });

  it('never puts anything but an order id into the path', async () => {
    let requested = false;
    const fetchSpy = (async () => {
      requested = true;
      return new Response('{}');
    }) as unknown as typeof fetch;
    const target = { apiBaseUrl: 'https://shop.example/api', token: 't' };
    expect(await changeOrderStatus(fetchSpy, target, 1.5, 'accepted')).toEqual({ ok: false, problem: 'notFound' });
    expect(await changeOrderStatus(fetchSpy, target, '1/../../users/7' as never, 'accepted')).toMatchObject({
      ok: false,
    });
    expect(requested).toBe(false);
  });
});
