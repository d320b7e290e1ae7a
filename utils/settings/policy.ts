import type { browser as browserApi } from 'wxt/browser';
import * as z from 'zod/mini';
import { normalizeBaseUrl, validateApiBaseUrl } from '../shop/shopUrls';
import { settingsSchema, type Settings } from './settings';

const secureUrl = z
  .string()
  .check(
    z.refine(
      (value) => validateApiBaseUrl(value).ok,
      'https required (http only for localhost), without query, fragment or credentials',
    ),
  );

/**
 * What an administrator may set through managed storage (`managed_schema.json` mirrors
 * it for Chrome): the settings' own rules, stricter where a policy reaches every
 * computer at once. Each value is checked on its own: an invalid one is ignored whole
 * and reported, the valid ones still apply.
 */
const POLICY_FIELDS = {
  ...z.pick(settingsSchema, {
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
    speakOrders: true,
    showPictures: true,
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

/** Why a policy value was refused, in words an administrator can act on (zod/mini ships no messages). */
function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'invalid';
  switch (issue.code) {
    case 'custom':
      return issue.message;
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_small':
      return `below the minimum of ${String(issue.minimum)}`;
    case 'too_big':
      return `above the maximum of ${String(issue.maximum)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    default: {
      const where = issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
      return `${issue.code.replace(/_/g, ' ')}${where}`;
    }
  }
}

function canonicalUrl(raw: string): string {
  const checked = validateApiBaseUrl(raw);
  return checked.ok ? checked.url : normalizeBaseUrl(raw);
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
      invalid.push({ key, reason: describeIssue(parsed.error.issues[0]) });
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
    // Canonical like a typed address (case, default port, trailing slash): one server, one spelling, one mark.
    (settings as Record<string, unknown>)[field] = isUrl ? canonicalUrl(parsed.data as string) : parsed.data;
    locked.push(field);
  }
  return { settings, locked, invalid };
}

/**
 * The server a policy locks, or null. A sign-in on another origin is not used there (the
 * token stays home: `connectionTargetFor`); the worker and the options page both ask this.
 */
export function policyApiBaseUrl(effective: EffectiveSettings): string | null {
  return effective.locked.includes('apiBaseUrl') ? effective.settings.apiBaseUrl : null;
}

/** The administrator's policy for this extension; empty where there is none or the browser has no managed storage. */
export async function readManaged(browser: typeof browserApi): Promise<Record<string, unknown>> {
  try {
    return ((await browser.storage.managed.get(null)) as Record<string, unknown> | undefined) ?? {};
  } catch {
    return {};
  }
}
