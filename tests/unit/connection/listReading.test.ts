import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listReadingCause, readingModeFor } from '../../../utils/connection/listReading';
import { LIST_READING_PERIOD_MS, Reconciler } from '../../../utils/orders/reconciler';

describe('list reading', () => {
  it('reads the order list while the server refuses its own tokens or a proxy blocks the stream', () => {
    expect(listReadingCause({ state: 'rejected', reason: 'serverDefect', nextAttemptAt: 0 })).toBe('serverDefect');
    expect(listReadingCause({ state: 'waiting', problem: 'upgradeUnanswered', nextAttemptAt: 0 })).toBe(
      'upgradeUnanswered',
    );
    expect(listReadingCause({ state: 'waiting', problem: 'upgradeRefused', nextAttemptAt: 0 })).toBe('upgradeRefused');
    // An expired sign-in or a server that is down: the list cannot help.
    expect(listReadingCause({ state: 'rejected', reason: 'tokenExpired', nextAttemptAt: 0 })).toBeNull();
    expect(listReadingCause({ state: 'waiting', problem: 'serverUnreachable', nextAttemptAt: 0 })).toBeNull();
  });

  it('keeps reading through a retry of the refused stream and hands over to the safety net once it opens', () => {
    const connecting = { state: 'connecting', since: 0 } as const;
    expect(readingModeFor(connecting, 'listReading')).toBe('listReading');
    expect(readingModeFor(connecting, 'off')).toBe('off');
    expect(readingModeFor({ state: 'open', since: 0 }, 'listReading')).toBe('safetyNet');
    expect(readingModeFor({ state: 'signedOut' }, 'listReading')).toBe('off');
  });

  describe('its rhythm', () => {
    let reads: string[];
    let reconciler: Reconciler;
    beforeEach(() => {
      vi.useFakeTimers();
      reads = [];
      reconciler = new Reconciler({
        reconcile: async (mode) => void reads.push(mode),
        lastReadAt: () => Date.now(),
        now: Date.now,
        random: () => 0.5,
        setTimeout: (callback, ms) => setTimeout(callback, ms),
        clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
        onError: (error) => {
          throw error;
        },
      });
    });
    afterEach(() => vi.useRealTimers());

    it('reads at once, then every 15 s, even right after another read, and stops when the stream is back', async () => {
      reconciler.setMode('listReading');
      await vi.advanceTimersByTimeAsync(0);
      expect(reads).toEqual(['listReading']);
      await vi.advanceTimersByTimeAsync(4 * LIST_READING_PERIOD_MS);
      expect(reads).toHaveLength(5);
      reconciler.setMode('off');
      await vi.advanceTimersByTimeAsync(10 * LIST_READING_PERIOD_MS);
      expect(reads).toHaveLength(5);
    });
  });
});
