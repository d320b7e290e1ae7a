const FIRST_RETRY_MAX_MS = 1_000;
const QUICK_PHASE_MS = 30_000;
const QUICK_RETRY_MIN_MS = 500;
const QUICK_RETRY_MAX_MS = 2_000;
const SLOW_RETRY_MIN_MS = 1_000;
const SLOW_RETRY_CAP_MS = 30_000;

/**
 * How long to wait before reconnect attempt `attempt` (0 = first retry) of an outage
 * that began `outageMs` ago. A backend restart should cost staff about two seconds, so
 * retries stay dense for the first 30 s; a longer outage backs off exponentially with
 * full jitter so that every staff computer does not hit the server in step.
 */
export function reconnectDelay(attempt: number, outageMs: number, random: () => number): number {
  if (attempt === 0) return random() * FIRST_RETRY_MAX_MS;
  if (outageMs < QUICK_PHASE_MS) return QUICK_RETRY_MIN_MS + random() * (QUICK_RETRY_MAX_MS - QUICK_RETRY_MIN_MS);
  const ceiling = Math.min(SLOW_RETRY_CAP_MS, SLOW_RETRY_MIN_MS * 2 ** attempt);
  return SLOW_RETRY_MIN_MS + random() * (ceiling - SLOW_RETRY_MIN_MS);
}
