import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { removeAllListeners } from '../../../utils/messaging';
import { sessionItem, settingsItem, signedOutTokenItem, signedOutTokensItem } from '../../../utils/storageItems';
import { startFakeWorker } from './fakeWorker';

const API = 'https://shop.example/api';
const STAFF = { id: 7, name: 'موظف', user_type: { id: 2, name_ar: 'موظف' }, is_active: true };

describe("the administrator's allowDashboardSession: false", () => {
  afterEach(() => removeAllListeners());
  /** Each time the dashboard session's registration is brought in line: after start-up and after the policy read. */
  let syncs = 0;

  async function start(fromDashboard: boolean) {
    fakeBrowser.reset();
    syncs = 0;
    await fakeBrowser.storage.managed.set({ allowDashboardSession: false });
    await settingsItem.setValue({ ...settingsItem.fallback, apiBaseUrl: API, useDashboardSession: true });
    await sessionItem.setValue({
      apiBaseUrl: API,
      token: 'admin_token_1',
      user: STAFF,
      signedInAt: 1,
      verifiedAt: 1,
      ...(fromDashboard && { fromDashboard }),
    });
    startFakeWorker(
      { fetch: (async () => Response.json({ success: true, orders: [] })) as unknown as typeof fetch },
      { onScriptSync: () => void syncs++ },
    );
  }

  it('ends a session taken from the dashboard before the policy arrived', async () => {
    await start(true);
    await vi.waitFor(async () => expect(await sessionItem.getValue()).toBeNull());
  });

  it('leaves a session the staff member signed in to with a password', async () => {
    await start(false);
    // Start-up's and the policy's: the ban has been applied by then.
    await vi.waitFor(() => expect(syncs).toBeGreaterThanOrEqual(2));
    expect(await sessionItem.getValue()).toMatchObject({ token: 'admin_token_1' });
  });
});

describe('a sign-out remembered by 0.2.0', () => {
  afterEach(() => removeAllListeners());

  it('joins the list of signed-out tokens once, and its old key goes', async () => {
    fakeBrowser.reset();
    await signedOutTokensItem.setValue(['newer']);
    await signedOutTokenItem.setValue('older');
    startFakeWorker({ fetch: (async () => Response.json({ success: true, orders: [] })) as unknown as typeof fetch });
    await vi.waitFor(async () => expect(await signedOutTokensItem.getValue()).toEqual(['older', 'newer']));
    expect(await fakeBrowser.storage.local.get('signedOutToken')).toEqual({});
  });
});
