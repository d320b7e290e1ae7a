import * as z from 'zod/mini';
import { quietHoursSchema } from '../alerts/quietTime';
import { LANGUAGES } from '../i18n/language';
import { SOUND_NAMES } from '../alerts/alertSound';

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const wholeNumber = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));
const positive = () => z.number().check(z.positive());

/** The staff member's preferences (and, through policy.ts, the administrator's). */
export const settingsSchema = z.object({
  apiBaseUrl: z.string(),
  /** null: the API base URL's origin. */
  dashboardUrl: z.nullable(z.string()),
  /** The server's ping period; silence for 2.5 times this means a dead connection. */
  serverPingIntervalSeconds: positive(),
  /** The time zone of the server's naive `created_at` timestamps (UTC in practice). */
  serverTimeZone: z.string().check(z.refine(isTimeZone, 'unknown time zone')),
  language: z.enum([...LANGUAGES, 'auto']),
  soundEnabled: z.boolean(),
  sound: z.enum(SOUND_NAMES),
  soundVolume: wholeNumber(0, 100),
  repeatUntilAcknowledged: z.boolean(),
  repeatIntervalSeconds: wholeNumber(10, 600),
  repeatMaxMinutes: wholeNumber(1, 240),
  requireInteraction: z.boolean(),
  quietHours: quietHoursSchema,
  /** Orders recovered by catch-up older than this go into the list without an alert. */
  catchUpMaxAgeHours: positive(),
  /** Opt-in: sign in with the token the shop dashboard keeps when the staff member opens it. */
  useDashboardSession: z.boolean(),
  /** Show the customer's picture as a thumbnail on the notification and in the popup. */
  showPictures: z.boolean(),
  /** Opt-in: say new orders aloud after the sound (Chrome and Edge). */
  speakOrders: z.boolean(),
  /** The installed voice's name; null or not installed: the first voice of the interface language. */
  speechVoice: z.nullable(z.string().check(z.maxLength(200))),
});
export type Settings = z.infer<typeof settingsSchema>;
