import type { ReadingMode, ReadingRhythm } from '../orders/readingSchedule';
import type { ConnectionStatus, RetryProblem } from './connectionStatus';

/** How often the order list is read while the stream is unusable and the list is the only way orders come. */
export const LIST_READING_PERIOD_MS = 15_000;

/**
 * List reading: the order list read every 15 s (jittered) instead of the stream. Its first read
 * is at once (orders may be waiting), unless the list was read less than a period ago: a stream
 * that opens and drops every second must not turn every drop into a read. Every read keeps its
 * pace, even right after another. With no socket, Chrome stops a worker 30 s after its last
 * extension call, and its timers with it: each read makes one, as a socket would keep it up.
 */
export const listReading: ReadingRhythm = {
  periodMs: LIST_READING_PERIOD_MS,
  firstReadIn: (sinceRead) => (sinceRead >= LIST_READING_PERIOD_MS ? 0 : LIST_READING_PERIOD_MS - sinceRead),
  skips: () => false,
  recovers: false,
  keepsWorkerAwake: true,
};

/** The stream's retry problems the order list outlasts: the API answers, only the stream does not. */
const LIST_READING_PROBLEMS = ['noLiveRoute', 'upgradeRefused', 'upgradeUnanswered'] as const satisfies RetryProblem[];
type ListReadingProblem = (typeof LIST_READING_PROBLEMS)[number];
/** A retry problem the order list cannot stand in for: staff read it with its retry countdown. */
export type RetryOnlyProblem = Exclude<RetryProblem, ListReadingProblem>;

/** While the live stream is unusable for one of these reasons, orders come by reading the order list. */
export type ListReadingCause = 'serverDefect' | ListReadingProblem;

export function isListReadingProblem(problem: RetryProblem): problem is ListReadingProblem {
  return (LIST_READING_PROBLEMS as readonly RetryProblem[]).includes(problem);
}

/**
 * Why orders must come from the order list instead of the stream, or null. The shop's
 * `recent-orders` needs no token, so it keeps answering when the server has no live route
 * (its `main.py` as published), refuses its own employees' tokens (its integer-`sub` defect)
 * or a proxy blocks the WebSocket upgrade: reading it every 15 s delivers every order, up to
 * 15 s late, until the stream works again.
 */
export function listReadingCause(status: ConnectionStatus): ListReadingCause | null {
  if (status.state === 'rejected' && status.reason === 'serverDefect') return 'serverDefect';
  return status.state === 'waiting' && isListReadingProblem(status.problem) ? status.problem : null;
}

/**
 * How the order list is read in this state: as the safety net under an open stream, as the
 * way orders arrive whenever the stream is not open but the account is fine (waiting for any
 * reason, or refused by the server's own defect; kept through a retry's handshake, which may
 * last 10 s), or not at all: signed out, offline, or an account staff must act on (an expired,
 * revoked or non-staff sign-in receives no orders). A list that does not answer costs one
 * failed request per 15 s.
 */
export function readingModeFor(status: ConnectionStatus, previous: ReadingMode): ReadingMode {
  if (status.state === 'waiting' || listReadingCause(status) !== null) return 'listReading';
  if (status.state === 'connecting' && previous === 'listReading') return 'listReading';
  return status.state === 'open' ? 'safetyNet' : 'off';
}
