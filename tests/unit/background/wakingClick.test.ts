import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { removeAllListeners } from '../../../utils/messaging';
import { orderScopeItem, receivedOrdersItem, sessionItem, settingsItem } from '../../../utils/storageItems';
import { sampleOrder } from '../sampleOrder';
import { startFakeWorker } from './fakeWorker';

const API = 'https://shop.example/api';
const DASHBOARD = 'https://dashboard.shop.example';
const STAFF = { id: 7, name: 'موظف', user_type: { id: 2, name_ar: 'موظف' }, is_active: true };

/**
 * Chrome wakes a stopped worker with the event that needs it: the notification click reaches
 * the worker's listeners before its stored configuration is read.
 */
describe('a click that wakes the worker', () => {
  let requests: { url: string; init?: RequestInit }[];
  afterEach(() => removeAllListeners());

  beforeEach(async () => {
    fakeBrowser.reset();
    requests = [];
    await settingsItem.setValue({ ...settingsItem.fallback, apiBaseUrl: API, dashboardUrl: DASHBOARD });
    await sessionItem.setValue({ apiBaseUrl: API, token: 'admin_token_1', user: STAFF, signedInAt: 1, verifiedAt: 1 });
    await orderScopeItem.setValue('https://shop.example');
    await receivedOrdersItem.setValue([{ ...sampleOrder({ id: 5 }), receivedAt: 1, seen: false, source: 'live' }]);
    startFakeWorker({
      fetch: (async (url: RequestInfo | URL, init?: RequestInit) => {
        requests.push({ url: String(url), init });
        return Response.json({ success: true });
      }) as typeof fetch,
    });
  });

  it('accepts the order on the configured server with the stored sign-in', async () => {
    // At once, as Chrome delivers it: nothing has been read yet.
    await fakeBrowser.notifications.onButtonClicked.trigger('order-5', 0);
    await vi.waitFor(() =>
      expect(requests.find(({ url }) => url.endsWith('/admin/orders/5/status'))).toMatchObject({
        url: `${API}/admin/orders/5/status`,
        init: { method: 'PUT', headers: { Authorization: 'Bearer admin_token_1' } },
      }),
    );
  });

  it('opens the order in the configured dashboard, not the production one', async () => {
    await fakeBrowser.notifications.onClicked.trigger('order-5');
    await vi.waitFor(async () =>
      expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).toContain(`${DASHBOARD}/dashboard/orders/5`),
    );
  });
});
