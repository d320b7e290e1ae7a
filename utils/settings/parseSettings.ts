import { DEFAULT_SETTINGS } from './defaultSettings';
import { settingsSchema, type Settings } from './settings';

/** Settings from older versions lack newer fields: fill them from the defaults; anything broken is the defaults. */
export function parseSettings(stored: unknown): Settings {
  const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...(stored as object | null) });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}
