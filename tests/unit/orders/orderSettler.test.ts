import { describe, expect, it } from 'vitest';
import { orderSettler } from '../../../utils/orders/orderSettler';
import { ReceivedOrderList } from '../../../utils/orders/receivedOrderList';
import { sampleOrder } from '../sampleOrder';
import { writeBehind } from '../writeBehind';

async function settlerOver(unseenIds: number[]) {
  const received = new ReceivedOrderList({
    load: async () => [],
    save: async () => undefined,
    now: () => 0,
    ...writeBehind,
  });
  await received.load();
  for (const id of unseenIds) received.add(sampleOrder({ id }), 'live', false);
  const effects = { badge: [] as string[], rescheduled: 0, cleared: [] as string[] };
  const settle = orderSettler({
    received,
    setBadgeText: (text) => effects.badge.push(text),
    rescheduleRinging: () => (effects.rescheduled += 1),
    clearNotifications: (orderIds, nothingUnseen) =>
      effects.cleared.push(`${orderIds.join(',')}${nothingUnseen ? ' + summary' : ''}`),
  });
  return { received, effects, settle };
}

describe('orderSettler', () => {
  it('counts down the badge and re-times the repeating sound as orders are seen', async () => {
    const { effects, settle } = await settlerOver([1, 2]);
    await settle([1], 'seen');
    expect(effects.badge).toEqual(['1']);
    await settle('all', 'seen');
    expect(effects.badge).toEqual(['1', '']);
    expect(effects.rescheduled).toBe(2);
  });

  it('leaves the notifications of orders only looked at in the tray', async () => {
    const { effects, settle } = await settlerOver([1]);
    await settle([1], 'seen');
    expect(effects.cleared).toEqual([]);
  });

  it('takes down an accepted or colleague-handled order’s notification, and the summary once nothing is unseen', async () => {
    const { received, effects, settle } = await settlerOver([1, 2]);
    await settle([1], 'accepted');
    await settle([2], 'handledElsewhere');
    expect(effects.cleared).toEqual(['1', '2 + summary']);
    expect(received.unseenCount()).toBe(0);
    expect(effects.badge.at(-1)).toBe('');
  });
});
