import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { quietHoursSchema } from './alerts/quietTime';
import { REJECTION_REASONS, RETRY_PROBLEMS } from './connection/diagnoseHandshakeFailure';
import { IGNORED_FRAME_REASONS } from './connection/parseServerFrame';
import { LANGUAGES } from './i18n/language';
import { SOUND_NAMES } from './sound/sounds';
import { orderSchema } from './orders/order';
import { STATUS_CHANGE_PROBLEMS } from './shop/orderStatus';
import { userSchema } from './shop/schemas';
import { PRODUCTION_API_BASE_URL } from './shop/shopUrls';

/** Every storage key the extension uses, with its schema, default and version. */

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const settingsSchema = z.object({
  apiBaseUrl: z.string(),
  /** null: the API base URL's origin. */
  dashboardUrl: z.string().nullable(),
  /** The server's ping period; silence for 2.5 times this means a dead connection. */
  serverPingIntervalSeconds: z.number().positive(),
  /** The time zone of the server's naive `created_at` timestamps (UTC in practice). */
  serverTimeZone: z.string().refine(isTimeZone, 'unknown time zone'),
  language: z.enum([...LANGUAGES, 'auto']),
  soundEnabled: z.boolean(),
  sound: z.enum(SOUND_NAMES),
  soundVolume: z.number().int().min(0).max(100),
  repeatUntilAcknowledged: z.boolean(),
  repeatIntervalSeconds: z.number().int().min(10).max(600),
  repeatMaxMinutes: z.number().int().min(1).max(240),
  requireInteraction: z.boolean(),
  quietHours: quietHoursSchema,
  /** Orders recovered by catch-up older than this go into the list without an alert. */
  catchUpMaxAgeHours: z.number().positive(),
  /** Opt-in: sign in with the token the shop dashboard keeps when the staff member opens it. */
  useDashboardSession: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const sessionSchema = z.object({
  apiBaseUrl: z.string(),
  token: z.string(),
  user: userSchema,
  signedInAt: z.number(),
  /** When the server last accepted the token at /auth/me; null if it never has. */
  verifiedAt: z.number().nullable(),
});
export type Session = z.infer<typeof sessionSchema>;

/** This computer's attempt to accept an order (PUT status `accepted`) and how it went. */
export const acceptanceSchema = z.object({
  state: z.enum(['accepting', 'accepted', 'failed']),
  at: z.number(),
  problem: z.enum(STATUS_CHANGE_PROBLEMS).optional(),
  /** The server's own words (`detail`) for a refusal. */
  detail: z.string().optional(),
});
export type Acceptance = z.infer<typeof acceptanceSchema>;

export const receivedOrderSchema = orderSchema.extend({
  receivedAt: z.number(),
  seen: z.boolean(),
  source: z.enum(['live', 'catchUp']),
  acceptance: acceptanceSchema.optional(),
});
export type ReceivedOrder = z.infer<typeof receivedOrderSchema>;

export const connectionStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('signedOut') }),
  z.object({ state: z.literal('connecting'), since: z.number() }),
  z.object({ state: z.literal('open'), since: z.number() }),
  z.object({
    state: z.literal('waiting'),
    nextAttemptAt: z.number(),
    problem: z.enum(RETRY_PROBLEMS),
    closeCode: z.number().optional(),
  }),
  z.object({ state: z.literal('rejected'), reason: z.enum(REJECTION_REASONS), nextAttemptAt: z.number() }),
  z.object({ state: z.literal('offline'), since: z.number() }),
]);
export type ConnectionStatus = z.infer<typeof connectionStatusSchema>;

/** What a restarted worker needs to resume the connection where the stopped one left it. */
export const connectionSnapshotSchema = z.object({
  status: connectionStatusSchema,
  /** Reconnect attempts in the current outage. */
  attempt: z.number().int().nonnegative(),
  outageStartedAt: z.number().nullable(),
  /** The session (its `signedInAt`) this state belongs to. */
  credentialsId: z.number().nullable(),
});
export type ConnectionSnapshot = z.infer<typeof connectionSnapshotSchema>;

/** The highest order id this server has shown us: catch-up announces only what lies above. */
export const orderWatermarkSchema = z.object({ apiBaseUrl: z.string(), highestOrderId: z.number().int() });
export type OrderWatermark = z.infer<typeof orderWatermarkSchema>;

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: {
    apiBaseUrl: PRODUCTION_API_BASE_URL,
    dashboardUrl: null,
    serverPingIntervalSeconds: 30,
    serverTimeZone: 'UTC',
    language: 'auto',
    soundEnabled: true,
    sound: 'beep',
    soundVolume: 80,
    repeatUntilAcknowledged: false,
    repeatIntervalSeconds: 30,
    repeatMaxMinutes: 10,
    requireInteraction: false,
    quietHours: { enabled: false, periods: [] },
    catchUpMaxAgeHours: 24,
    useDashboardSession: false,
  },
  version: 1,
});

export const sessionItem = storage.defineItem<Session | null>('local:session', {
  fallback: null,
  version: 1,
});

export const receivedOrdersItem = storage.defineItem<ReceivedOrder[]>('local:receivedOrders', {
  fallback: [],
  version: 1,
});

export const SIGNED_OUT_SNAPSHOT: ConnectionSnapshot = {
  status: { state: 'signedOut' },
  attempt: 0,
  outageStartedAt: null,
  credentialsId: null,
};

/** Session storage: a browser restart starts from "connecting", never from a stale "open". */
export const connectionSnapshotItem = storage.defineItem<ConnectionSnapshot>('session:connection', {
  fallback: SIGNED_OUT_SNAPSHOT,
  version: 1,
});

export const orderWatermarkItem = storage.defineItem<OrderWatermark | null>('local:orderWatermark', {
  fallback: null,
  version: 1,
});

/** Until when alerts are snoozed (ms since epoch); null when they are not. */
export const snoozedUntilItem = storage.defineItem<number | null>('local:snoozedUntil', {
  fallback: null,
  version: 1,
});

export const PIPELINE_OUTCOMES = ['announced', 'quiet', 'duplicate', 'terminal', 'handled', 'stale'] as const;
export type PipelineOutcome = (typeof PIPELINE_OUTCOMES)[number];

/** What happened to every frame and order since the browser started: for diagnosis and the benchmark. */
export const pipelineStatsSchema = z.object({
  orders: z.partialRecord(z.enum(PIPELINE_OUTCOMES), z.number()),
  ignoredFrames: z.partialRecord(z.enum(IGNORED_FRAME_REASONS), z.number()),
});
export type PipelineStats = z.infer<typeof pipelineStatsSchema>;

export const pipelineStatsItem = storage.defineItem<PipelineStats>('session:pipelineStats', {
  fallback: { orders: {}, ignoredFrames: {} },
  version: 1,
});

export const lastSoundSchema = z.object({
  at: z.number(),
  sound: z.enum(SOUND_NAMES),
  ok: z.boolean(),
  error: z.string().optional(),
});
export type LastSound = z.infer<typeof lastSoundSchema>;

/** The last alert sound the offscreen document played, or why it could not. */
export const lastSoundItem = storage.defineItem<LastSound | null>('session:lastSound', {
  fallback: null,
  version: 1,
});

export const loggedEventSchema = z.object({ at: z.number(), kind: z.string(), detail: z.string() });

/** The troubleshooter's event log: the newest 500 events, no tokens, no customer data. */
export const eventLogItem = storage.defineItem<z.infer<typeof loggedEventSchema>[]>('local:eventLog', {
  fallback: [],
  version: 1,
});

/** When the repeating alert sound rings next; null when nothing is ringing. For the popup and tests. */
export const nextRingAtItem = storage.defineItem<number | null>('session:nextRingAt', {
  fallback: null,
  version: 1,
});

/** Account problems already notified (`<credentialsId>:<problem>`), so each alerts once. */
export const notifiedAccountProblemsItem = storage.defineItem<string[]>('local:notifiedAccountProblems', {
  fallback: [],
  version: 1,
});

/** Reads the session defensively: a corrupt or foreign value means "signed out". */
export async function readSession(): Promise<Session | null> {
  const parsed = sessionSchema.nullable().safeParse(await sessionItem.getValue());
  return parsed.success ? parsed.data : null;
}

/** Settings from older versions lack newer fields: fill them from the defaults. */
export async function readSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  const parsed = settingsSchema.safeParse({ ...settingsItem.fallback, ...stored });
  return parsed.success ? parsed.data : settingsItem.fallback;
}

export async function readConnectionSnapshot(): Promise<ConnectionSnapshot> {
  const parsed = connectionSnapshotSchema.safeParse(await connectionSnapshotItem.getValue());
  return parsed.success ? parsed.data : SIGNED_OUT_SNAPSHOT;
}
