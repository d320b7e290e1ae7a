import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { effectiveSettings, POLICY_KEYS } from '../../../utils/settings/policy';
import { DEFAULT_SETTINGS } from '../../../utils/settings/defaultSettings';

const defaults = DEFAULT_SETTINGS;

describe('effectiveSettings', () => {
  it('lets managed values win over the staff member’s choices, and locks them', () => {
    const result = effectiveSettings(
      defaults,
      { sound: 'chime', soundVolume: 40 },
      { sound: 'bell', apiBaseUrl: 'https://shop.example/api/' },
    );
    expect(result.settings).toMatchObject({ sound: 'bell', soundVolume: 40, apiBaseUrl: 'https://shop.example/api' });
    expect(result.locked.sort()).toEqual(['apiBaseUrl', 'sound']);
    expect(result.invalid).toEqual([]);
  });

  it('spells a policy server the way a typed one is spelled: one server, one catch-up mark', () => {
    for (const spelling of [
      'HTTPS://Shop.Example:443/api/',
      'https://shop.example/api',
      'https://SHOP.example/api//',
    ]) {
      expect(effectiveSettings(defaults, {}, { apiBaseUrl: spelling }).settings.apiBaseUrl).toBe(
        'https://shop.example/api',
      );
    }
  });

  it('falls back to the defaults where neither says anything', () => {
    expect(effectiveSettings(defaults, {}, {}).settings).toEqual(defaults);
  });

  it('ignores invalid values whole, reports them, and still applies the valid ones', () => {
    const result = effectiveSettings(
      defaults,
      { soundVolume: 40 },
      {
        soundVolume: 150,
        apiBaseUrl: 'http://shop.example/api',
        quietHours: { enabled: true, periods: [{ day: 1, start: '22:00', end: '25:00' }] },
        language: 'en',
        colour: 'red',
      },
    );
    expect(result.settings).toMatchObject({
      soundVolume: 40,
      apiBaseUrl: defaults.apiBaseUrl,
      quietHours: defaults.quietHours,
      language: 'en',
    });
    expect(result.locked).toEqual(['language']);
    expect(result.invalid.map(({ key }) => key).sort()).toEqual(['apiBaseUrl', 'colour', 'quietHours', 'soundVolume']);
  });

  it('can forbid the dashboard session, but never force it on', () => {
    expect(effectiveSettings(defaults, { useDashboardSession: true }, { allowDashboardSession: false })).toMatchObject({
      settings: { useDashboardSession: false },
      locked: ['useDashboardSession'],
    });
    expect(effectiveSettings(defaults, {}, { allowDashboardSession: true }).settings.useDashboardSession).toBe(false);
  });
});

describe('managed_schema.json', () => {
  const schema = JSON.parse(readFileSync(new URL('../../../public/managed_schema.json', import.meta.url), 'utf8')) as {
    type: string;
    properties: Record<
      string,
      { type: string; items?: unknown; properties?: Record<string, { type: string; items?: unknown }> }
    >;
  };

  it('is a top-level object schema describing exactly the policies the extension reads', () => {
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
  });

  it('gives every array its items: Chrome refuses to load an extension whose schema lacks them', () => {
    const arrays: unknown[] = [];
    const visit = (node: { type: string; items?: unknown; properties?: Record<string, never> }) => {
      if (node.type === 'array') arrays.push(node.items);
      for (const child of Object.values(node.properties ?? {})) visit(child);
      if (node.items && typeof node.items === 'object') visit(node.items as never);
    };
    visit(schema as never);
    expect(arrays.length).toBeGreaterThan(0);
    for (const items of arrays) expect(items).toEqual(expect.objectContaining({ type: expect.any(String) }));
  });
});
