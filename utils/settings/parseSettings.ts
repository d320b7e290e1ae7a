import { DEFAULT_SETTINGS } from './defaultSettings';
import { settingsSchema, type Settings } from './settings';

/**
 * Stored settings, field by field: older versions lack newer fields (the defaults fill them),
 * and a field that no longer parses (a time zone the browser dropped) falls back alone, never
 * taking the server address or any other valid choice with it.
 */
export function parseSettings(stored: unknown): Settings {
  const candidate = { ...DEFAULT_SETTINGS, ...(typeof stored === 'object' && stored !== null ? stored : {}) };
  const whole = settingsSchema.safeParse(candidate);
  if (whole.success) return whole.data;
  const fields = settingsSchema.shape;
  const kept = Object.fromEntries(
    (Object.keys(fields) as (keyof Settings)[]).map((key) => {
      const field = fields[key].safeParse(candidate[key]);
      return [key, field.success ? field.data : DEFAULT_SETTINGS[key]];
    }),
  );
  return kept as Settings;
}
