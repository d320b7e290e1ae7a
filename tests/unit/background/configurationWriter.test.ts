import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { configurationWriter } from '../../../utils/background/configurationWriter';
import { sessionItem, settingsItem, snoozedUntilItem } from '../../../utils/storageItems';

const STAFF = { id: 7, name: 'موظف', user_type: { id: 2, name_ar: 'موظف' }, is_active: true };
const SESSION = { apiBaseUrl: 'https://shop.example/api', token: 't', user: STAFF, signedInAt: 1, verifiedAt: 1 };

describe('the one writer of settings, session and snooze', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps both of two quick edits from two pages', async () => {
    const writer = configurationWriter();
    // Sent together, as a popup toggle and an options-page change can be.
    await Promise.all([writer.updateSettings({ soundEnabled: false }), writer.updateSettings({ soundVolume: 30 })]);
    expect(await settingsItem.getValue()).toMatchObject({ soundEnabled: false, soundVolume: 30 });
  });

  it('makes a sign-in’s server the settings’ server, keeping the other settings', async () => {
    const writer = configurationWriter();
    await Promise.all([writer.updateSettings({ soundVolume: 30 }), writer.signedIn(SESSION)]);
    expect(await settingsItem.getValue()).toMatchObject({ apiBaseUrl: SESSION.apiBaseUrl, soundVolume: 30 });
    expect(await sessionItem.getValue()).toEqual(SESSION);
  });

  it('goes on writing after a write failed', async () => {
    const writer = configurationWriter();
    const setValue = snoozedUntilItem.setValue;
    snoozedUntilItem.setValue = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    await expect(writer.snooze(5)).rejects.toThrow(/quota/);
    snoozedUntilItem.setValue = setValue;
    await writer.snooze(9);
    expect(await snoozedUntilItem.getValue()).toBe(9);
  });
});
