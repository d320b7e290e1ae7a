import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OrderAnnouncer } from '../../../utils/orders/orderAnnouncer';
import { receivedOrdersItem } from '../../../utils/storage';
import { sampleOrder } from '../sampleOrder';

function announcerWithFakeBrowser() {
  const shown: string[] = [];
  const badge: string[] = [];
  let sounds = 0;
  const announcer = new OrderAnnouncer({
    showNotification: async ({ id }) => shown.push(id),
    setBadgeText: async (text) => badge.push(text),
    playSound: async () => sounds++,
    loadOrders: () => receivedOrdersItem.getValue(),
    saveOrders: (orders) => receivedOrdersItem.setValue(orders),
    now: () => 1_700_000_000_000,
  });
  return { announcer, shown, badge, sounds: () => sounds };
}

describe('OrderAnnouncer', () => {
  beforeEach(() => fakeBrowser.reset());

  it('announces a new order with a notification, a sound and the badge', async () => {
    const { announcer, shown, badge, sounds } = announcerWithFakeBrowser();
    await announcer.announce(sampleOrder());
    expect(shown).toEqual(['order-42']);
    expect(badge.at(-1)).toBe('1');
    expect(sounds()).toBe(1);
    expect(await receivedOrdersItem.getValue()).toMatchObject([{ id: 42, seen: false, source: 'live' }]);
  });

  it('announces a repeated broadcast only once, also after a worker restart', async () => {
    const first = announcerWithFakeBrowser();
    await Promise.all([first.announcer.announce(sampleOrder()), first.announcer.announce(sampleOrder())]);
    const restarted = announcerWithFakeBrowser();
    await restarted.announcer.announce(sampleOrder());
    expect([...first.shown, ...restarted.shown]).toEqual(['order-42']);
  });

  it('counts unseen orders on the badge and clears it when they are seen', async () => {
    const { announcer, badge } = announcerWithFakeBrowser();
    await announcer.announce(sampleOrder({ id: 1 }));
    await announcer.announce(sampleOrder({ id: 2 }));
    expect(badge.at(-1)).toBe('2');
    await announcer.markSeen([1]);
    expect(badge.at(-1)).toBe('1');
    await announcer.markSeen();
    expect(badge.at(-1)).toBe('');
  });

  it('restores the badge from storage when the worker starts again', async () => {
    await announcerWithFakeBrowser().announcer.announce(sampleOrder());
    const restarted = announcerWithFakeBrowser();
    await restarted.announcer.restoreBadge();
    expect(restarted.badge).toEqual(['1']);
  });
});
