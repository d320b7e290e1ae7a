import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { orderNotifications } from '../../../utils/background/orderNotifications';
import { orderNotificationText } from '../../../utils/i18n/notificationText';
import type { Language } from '../../../utils/i18n/language';
import { MISSED_ORDERS_NOTIFICATION_ID, SUMMARY_NOTIFICATION_ID } from '../../../utils/platform/notificationIds';
import { sampleOrder } from '../sampleOrder';
import { browserTimers } from '../../../utils/timers';

const shown = async () => Object.keys(await fakeBrowser.notifications.getAll()).sort();

describe('orderNotifications', () => {
  let language: Language;
  let errors: unknown[];
  let notifications: ReturnType<typeof orderNotifications>;

  beforeEach(() => {
    fakeBrowser.reset();
    language = 'ar';
    errors = [];
    notifications = orderNotifications(
      fakeBrowser as never,
      () => ({ language, requireInteraction: false, showPictures: true }),
      () => (error) => void errors.push(error),
      browserTimers,
    );
  });

  it('shows one notification per order, order-<id>, in the staff member’s language', async () => {
    const order = sampleOrder({ id: 610 });
    notifications.showOrder(order, null);
    language = 'en';
    notifications.showOrder(sampleOrder({ id: 611 }), null);
    await expect.poll(shown).toEqual(['order-610', 'order-611']);
    const all = (await fakeBrowser.notifications.getAll()) as Record<string, { title?: string }>;
    expect(all['order-610']?.title).toBe(orderNotificationText('ar', order).title);
    expect(all['order-611']?.title).toBe(orderNotificationText('en', order).title);
    expect(errors).toEqual([]);
  });

  it('a burst: one summary takes over the single notifications it replaces', async () => {
    const orders = [610, 611, 612].map((id) => sampleOrder({ id }));
    notifications.showOrder(orders[0]!, null);
    notifications.showSummary({ kind: 'burst', count: 3, listed: orders, replacing: [610] });
    await expect.poll(shown).toEqual([SUMMARY_NOTIFICATION_ID]);
    expect((await notifications.showingOrderIds())(612)).toBe(true);
  });

  it('takes down what stood for settled orders: theirs, and the summary once nothing is unseen', async () => {
    notifications.showOrder(sampleOrder({ id: 610 }), null);
    notifications.showOrder(sampleOrder({ id: 611 }), null);
    await expect.poll(shown).toEqual(['order-610', 'order-611']);
    notifications.clearOrders([610], false);
    await expect.poll(shown).toEqual(['order-611']);
    const showing = await notifications.showingOrderIds();
    expect([showing(610), showing(611)]).toEqual([false, true]);
    await notifications.clearAll();
    expect(await shown()).toEqual([]);
  });

  it('warns once that orders may have been missed', async () => {
    notifications.showMissedWarning();
    await expect.poll(shown).toEqual([MISSED_ORDERS_NOTIFICATION_ID]);
  });
});
