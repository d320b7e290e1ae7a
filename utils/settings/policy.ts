import { z } from 'zod';
import { normalizeBaseUrl, validateApiBaseUrl } from '../shop/shopUrls';
import { settingsSchema, type Settings } from '../storage';

const secureUrl = z
  .string()
  .refine((value) => validateApiBaseUrl(value).ok, 'https required (http only for localhost)');

/**
 * What an administrator may set through managed storage (`managed_schema.json` mirrors
 * it for Chrome): the settings' own rules, stricter where a policy reaches every
 * computer at once. Each value is checked on its own: an invalid one is ignored whole
 * and reported, the valid ones still apply.
 */
export const POLICY_FIELDS = {
  ...settingsSchema.pick({
    language: true,
    soundEnabled: true,
    sound: true,
    soundVolume: true,
    repeatUntilAcknowledged: true,
    repeatIntervalSeconds: true,
    repeatMaxMinutes: true,
    requireInteraction: true,
    quietHours: true,
    catchUpMaxAgeHours: true,
    serverTimeZone: true,
  }).shape,
  apiBaseUrl: secureUrl,
  dashboardUrl: secureUrl,
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
