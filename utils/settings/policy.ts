import { z } from 'zod';
import { quietHoursSchema } from '../alerts/quietTime';
import { LANGUAGES } from '../i18n/language';
import { normalizeBaseUrl, validateApiBaseUrl } from '../shop/shopUrls';
import { SOUND_NAMES } from '../sound/sounds';
import type { Settings } from '../storage';

const secureUrl = z
  .string()
  .refine((value) => validateApiBaseUrl(value).ok, 'https required (http only for localhost)');

/**
 * What an administrator may set through managed storage (`managed_schema.json` mirrors
 * it for Chrome). Each value is checked on its own: an invalid one is ignored whole and
 * reported, the valid ones still apply.
 */
export const POLICY_FIELDS = {
  apiBaseUrl: secureUrl,
  dashboardUrl: secureUrl,
  language: z.enum([...LANGUAGES, 'auto']),
  soundEnabled: z.boolean(),
  sound: z.enum(SOUND_NAMES),
  soundVolume: z.number().int().min(0).max(100),
  repeatUntilAcknowledged: z.boolean(),
  repeatIntervalSeconds: z.number().int().min(10).max(600),
  repeatMaxMinutes: z.number().int().min(1).max(240),
  requireInteraction: z.boolean(),
  quietHours: quietHoursSchema,
  catchUpMaxAgeHours: z
    .number()
    .positive()
    .max(24 * 30),
  serverTimeZone: z.string().refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'unknown time zone'),
  /** false: the "use my dashboard session" option is off and locked; true: staff may choose. */
  allowDashboardSession: z.boolean(),
} as const;
export type PolicyKey = keyof typeof POLICY_FIELDS;
export const POLICY_KEYS = Object.keys(POLICY_FIELDS) as PolicyKey[];

export interface EffectiveSettings {
  settings: Settings;
  /** Settings fields an administrator has set: the UI shows them locked. */
  locked: (keyof Settings)[];
  /** Policy values present but invalid: ignored, and shown as a warning. */
  invalid: { key: string; reason: string }[];
}

/** Precedence: managed policy > the staff member's choices > defaults. */
export function effectiveSettings(
  defaults: Settings,
  user: Partial<Settings>,
  managed: Record<string, unknown>,
): EffectiveSettings {
  const settings: Settings = { ...defaults, ...user };
  const locked: (keyof Settings)[] = [];
  const invalid: EffectiveSettings['invalid'] = [];
  for (const [key, value] of Object.entries(managed)) {
    if (!(key in POLICY_FIELDS)) {
      invalid.push({ key, reason: 'unknown policy' });
      continue;
    }
    const parsed = POLICY_FIELDS[key as PolicyKey].safeParse(value);
    if (!parsed.success) {
      invalid.push({ key, reason: parsed.error.issues[0]?.message ?? 'invalid' });
      continue;
    }
    if (key === 'allowDashboardSession') {
      if (parsed.data === false) {
        settings.useDashboardSession = false;
        locked.push('useDashboardSession');
      }
      continue;
    }
    const field = key as Exclude<PolicyKey, 'allowDashboardSession'>;
    const isUrl = field === 'apiBaseUrl' || field === 'dashboardUrl';
    (settings as Record<string, unknown>)[field] = isUrl ? normalizeBaseUrl(parsed.data as string) : parsed.data;
    locked.push(field);
  }
  return { settings, locked, invalid };
}
