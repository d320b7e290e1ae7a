import { describe, expect, it, vi } from 'vitest';
import { acceptOnServer, acceptOrder } from '../../../utils/orders/acceptOrder';
import { ReceivedOrderList } from '../../../utils/orders/receivedOrderList';
import type { StatusChangeResult } from '../../../utils/shop/changeOrderStatus';
import { sampleOrder } from '../sampleOrder';
import { writeBehind } from '../writeBehind';

function acceptWith(answer: StatusChangeResult, { stillCurrent = true } = {}) {
  const received = new ReceivedOrderList({
    load: async () => [],
    save: async () => undefined,
    now: () => 0,
    ...writeBehind,
  });
  received.add(sampleOrder({ id: 42, status: 'pending' }), 'live', false);
  const effects: string[] = [];
  const run = () =>
    acceptOrder(
      {
        received,
        accept: async (orderId) => {
          effects.push(`PUT ${orderId}`);
          return answer;
        },
        settle: async (orderIds, why) => void effects.push(`settle ${orderIds.join(',')} ${why}`),
        showFailure: (order, failure) => effects.push(`failure ${order.id} ${failure.problem}`),
        log: () => undefined,
        now: () => 0,
        isCurrent: () => stillCurrent,
      },
      42,
    );
  return { received, effects, run };
}

describe('acceptOrder', () => {
  it('turns an accept a stopped worker left in progress into a failure to retry', async () => {
    const stored = { ...sampleOrder({ id: 42 }), receivedAt: 0, seen: false, source: 'live' as const };
    const received = new ReceivedOrderList({
      load: async () => [{ ...stored, acceptance: { state: 'accepting', at: 5 } }],
      save: async () => undefined,
      now: () => 10,
      ...writeBehind,
    });
    await received.load();
    expect(received.byIds([42])[0]?.acceptance).toEqual({ state: 'failed', at: 5, problem: 'interrupted' });
  });

  it('silences the order only after the server said yes', async () => {
    const { received, effects, run } = acceptWith({ ok: true });
    await run();
    expect(effects).toEqual(['PUT 42', 'settle 42 accepted']);
    expect(received.byIds([42])[0]).toMatchObject({ status: 'accepted', acceptance: { state: 'accepted' } });
  });

  it('keeps a refused accept on the order, in words on its notification, and the order unseen (ringing)', async () => {
    const { received, effects, run } = acceptWith({ ok: false, problem: 'signInRequired' });
    await run();
    expect(effects).toEqual(['PUT 42', 'failure 42 signInRequired']);
    expect(received.byIds([42])[0]).toMatchObject({
      status: 'pending',
      seen: false,
      acceptance: { state: 'failed', problem: 'signInRequired' },
    });
    expect(received.unseenCount()).toBe(1);
  });

  it('records nothing when the list it began in is gone (signed out, or another server)', async () => {
    const { received, effects, run } = acceptWith({ ok: true }, { stillCurrent: false });
    await run();
    expect(effects).toEqual(['PUT 42']);
    expect(received.byIds([42])[0]).toMatchObject({ status: 'pending', acceptance: { state: 'accepting' } });
  });
});

describe('the accept sent to the server', () => {
  const signedIn = { apiBaseUrl: 'https://shop.example/api', token: 't' };
  const listed = (orderId: number) => orderId === 5;
  const refusedToken = async () => ({ ok: false, problem: 'signInRequired' }) as const;

  it('asks to sign in when signed out, and sends nothing', async () => {
    const changeStatus = vi.fn(refusedToken);
    expect(await acceptOnServer(null, listed, changeStatus, 5)).toEqual({ ok: false, problem: 'signInRequired' });
    expect(changeStatus).not.toHaveBeenCalled();
  });

  it('never sends an id that is not in this server’s list', async () => {
    const changeStatus = vi.fn(refusedToken);
    expect(await acceptOnServer(signedIn, listed, changeStatus, 6)).toEqual({ ok: false, problem: 'notFound' });
    expect(changeStatus).not.toHaveBeenCalled();
  });

  it('names a refused token the server’s defect when it refused it since sign-in, else asks to sign in', async () => {
    expect(await acceptOnServer({ ...signedIn, refusedAtSignIn: true }, listed, refusedToken, 5)).toMatchObject({
      problem: 'serverDefect',
    });
    expect(await acceptOnServer(signedIn, listed, refusedToken, 5)).toMatchObject({ problem: 'signInRequired' });
  });
});
