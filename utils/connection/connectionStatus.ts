import * as z from 'zod/mini';
import { storedValueParser } from '../storedValueParser';

/** Causes that retrying cannot fix: the staff member or the administrator must act. */
export const REJECTION_REASONS = [
  'tokenExpired',
  'tokenRejected',
  'serverDefect',
  'notStaff',
  'accountInactive',
  'wrongUrl',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** What the staff member can do about a state: the popup shows it as a button. */
export type ConnectionAction = 'signIn' | 'openSettings' | 'retryNow';

/** Causes that may pass by themselves: keep retrying with backoff, and say which. */
export const RETRY_PROBLEMS = [
  'serverUnreachable',
  'serverError',
  'upgradeRefused',
  /** The upgrade got no answer at all within `HANDSHAKE_TIMEOUT_MS` (a proxy that swallows it). */
  'upgradeUnanswered',
  /**
   * The API answers as the shop's (its order list reads), but the server has no live route: its
   * `main.py` does not include the notifications router (the shop's code as published).
   */
  'noLiveRoute',
  'dropped',
  'silent',
] as const;
export type RetryProblem = (typeof RETRY_PROBLEMS)[number];

/** Whether orders can arrive, and if not why and until when: what every page shows. */
const connectionStatusSchema = z.union([
  /** `serverChanged`: a policy moved the extension to a server that did not issue this sign-in. */
  z.object({ state: z.literal('signedOut'), reason: z.optional(z.enum(['serverChanged'])) }),
  z.object({ state: z.literal('connecting'), since: z.number() }),
  z.object({ state: z.literal('open'), since: z.number() }),
  z.object({
    state: z.literal('waiting'),
    nextAttemptAt: z.number(),
    problem: z.enum(RETRY_PROBLEMS),
    closeCode: z.optional(z.number()),
  }),
  z.object({ state: z.literal('rejected'), reason: z.enum(REJECTION_REASONS), nextAttemptAt: z.number() }),
  z.object({ state: z.literal('offline'), since: z.number() }),
]);
export type ConnectionStatus = z.infer<typeof connectionStatusSchema>;

/** What a restarted worker needs to resume the connection where the stopped one left it. */
const connectionSnapshotSchema = z.object({
  status: connectionStatusSchema,
  /** Reconnect attempts in the current outage. */
  attempt: z.int().check(z.nonnegative()),
  outageStartedAt: z.nullable(z.number()),
  /** The session (its `signedInAt`) this state belongs to. */
  credentialsId: z.nullable(z.number()),
});
export type ConnectionSnapshot = z.infer<typeof connectionSnapshotSchema>;

export const parseConnectionSnapshot = storedValueParser(connectionSnapshotSchema);
