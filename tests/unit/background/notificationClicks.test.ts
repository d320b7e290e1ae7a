import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenToNotificationClicks } from '../../../utils/background/notificationClicks';
import { SUMMARY_NOTIFICATION_ID } from '../../../utils/platform/notificationIds';

describe('notification clicks', () => {
  let calls: string[];

  beforeEach(() => {
    fakeBrowser.reset();
    calls = [];
    listenToNotificationClicks(fakeBrowser as never, {
      openOrder: async (orderId) => void calls.push(`open ${orderId}`),
      acceptOrder: async (orderId) => void calls.push(`accept ${orderId}`),
      openOrderList: async () => void calls.push('open list'),
      markSeen: async (orderIds) => void calls.push(`seen ${orderIds?.join(',') ?? 'all'}`),
      openOptions: async () => void calls.push('options'),
      failed: () => (error) => void calls.push(`error ${String(error)}`),
    });
  });

  it('opens the order and marks it seen when its body or "Open order" is clicked', async () => {
    await fakeBrowser.notifications.onClicked.trigger('order-42');
    await fakeBrowser.notifications.onButtonClicked.trigger('order-43', 1);
    await vi.waitFor(() => expect(calls.sort()).toEqual(['open 42', 'open 43', 'seen 42', 'seen 43']));
  });

  it('accepts the order from "Accept order", leaving the notification to the outcome', async () => {
    await fakeBrowser.notifications.create('order-42', { type: 'basic', iconUrl: '', title: '', message: '' });
    await fakeBrowser.notifications.onButtonClicked.trigger('order-42', 0);
    await vi.waitFor(() => expect(calls).toEqual(['accept 42']));
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['order-42']);
  });

  it('only marks the order seen when it is closed by hand', async () => {
    await fakeBrowser.notifications.onClosed.trigger('order-43', true);
    await fakeBrowser.notifications.onClosed.trigger('order-44', false);
    await vi.waitFor(() => expect(calls.sort()).toEqual(['seen 43']));
  });

  it('opens the dashboard order list from a burst summary, and sign-in from an account alert', async () => {
    await fakeBrowser.notifications.onClicked.trigger(SUMMARY_NOTIFICATION_ID);
    await fakeBrowser.notifications.onClicked.trigger('account-signInRequired');
    await vi.waitFor(() => expect(calls.sort()).toEqual(['open list', 'options', 'seen all']));
  });
});
