import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseSession } from '../../../utils/shop/session';
import { settingsItem, sessionItem } from '../../../utils/storageItems';
import { STORED } from '../../../utils/storedValues';
import { readStoredValue, watchStoredValue } from '../../../utils/ui/storedValueReader';
import { parseSettings } from '../../../utils/settings/parseSettings';

const STAFF = { id: 7, name: 'موظف', user_type: { id: 2, name_ar: 'موظف' }, is_active: true };
const SESSION = { apiBaseUrl: 'https://shop.example/api', token: 't', user: STAFF, signedInAt: 1, verifiedAt: 1 };

describe('how pages read what the worker stores', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the value the worker’s storage item wrote, through its parser', async () => {
    await settingsItem.setValue({ ...STORED.settings.fallback, soundVolume: 30 });
    expect((await readStoredValue(STORED.settings, parseSettings)).soundVolume).toBe(30);
  });

  it('reads a missing or malformed value as its default', async () => {
    expect(await readStoredValue(STORED.session, parseSession)).toBeNull();
    await fakeBrowser.storage.local.set({ session: { token: 42 } });
    expect(await readStoredValue(STORED.session, parseSession)).toBeNull();
  });

  it('hears each change to its own key, parsed, and nothing after it stops', async () => {
    const heard: unknown[] = [];
    const stop = watchStoredValue(STORED.session, parseSession, (session) => heard.push(session));
    await settingsItem.setValue(STORED.settings.fallback);
    await sessionItem.setValue(SESSION);
    await sessionItem.setValue(null);
    stop();
    await sessionItem.setValue(SESSION);
    expect(heard).toEqual([SESSION, null]);
  });
});
