import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../utils/settings/defaultSettings';
import { parseSettings } from '../../../utils/settings/parseSettings';

describe('parseSettings', () => {
  it('keeps every valid choice when one field no longer parses', () => {
    const stored = {
      ...DEFAULT_SETTINGS,
      apiBaseUrl: 'https://other.example/api',
      soundVolume: 35,
      serverTimeZone: 'Mars/Olympus',
    };
    expect(parseSettings(stored)).toEqual({ ...stored, serverTimeZone: 'UTC' });
  });

  it('fills fields a previous release did not have', () => {
    const { showPictures: _new, ...previous } = DEFAULT_SETTINGS;
    expect(parseSettings({ ...previous, sound: 'bell' })).toEqual({ ...DEFAULT_SETTINGS, sound: 'bell' });
  });

  it('always yields valid settings, whatever was stored', () => {
    fc.assert(
      fc.property(fc.anything(), (stored) => {
        const settings = parseSettings(stored);
        expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
      }),
    );
  });
});
