import type { ReadingRhythm } from './readingSchedule';

/** How often the order list is read while the socket is up, on average. */
export const SAFETY_NET_PERIOD_MS = 60_000;
/** A read for another reason (a catch-up) this recently makes the safety net's pointless. */
const FRESH_READ_MS = 20_000;

/**
 * The safety net under a healthy socket: a server whose broadcast fails, goes to another
 * process or is dropped by a proxy looks connected and stays silent. While the stream is
 * open the order list is read about once a minute (skipped right after a catch-up) and when
 * the computer wakes; orders the socket never delivered are announced through the same
 * pipeline, up to a minute late instead of never.
 */
export const safetyNet: ReadingRhythm = {
  periodMs: SAFETY_NET_PERIOD_MS,
  skips: (sinceRead) => sinceRead < FRESH_READ_MS,
  recovers: true,
  keepsWorkerAwake: false,
};
