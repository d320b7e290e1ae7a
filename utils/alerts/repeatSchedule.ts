export interface RepeatSettings {
  repeatUntilAcknowledged: boolean;
  repeatIntervalSeconds: number;
  /** Ringing stops this long after the oldest unseen order arrived, seen or not. */
  repeatMaxMinutes: number;
}

/**
 * When the alert sound should ring again for unseen orders, or null for never. It
 * repeats every interval after the last ring, until the orders are seen or the oldest
 * unseen one has rung for the maximum time.
 */
export function nextRepeatAt(
  settings: RepeatSettings,
  state: { oldestUnseenAt: number | null; lastRungAt: number | null },
): number | null {
  if (!settings.repeatUntilAcknowledged || state.oldestUnseenAt === null || state.lastRungAt === null) return null;
  const next = state.lastRungAt + settings.repeatIntervalSeconds * 1000;
  return next <= state.oldestUnseenAt + settings.repeatMaxMinutes * 60_000 ? next : null;
}
