import { describe, expect, it } from 'vitest';
import { listReadingCause, readingModeFor } from '../../../utils/connection/listReading';

describe('list reading', () => {
  it('reads the order list while the server has no live route, refuses its own tokens or a proxy blocks the stream', () => {
    expect(listReadingCause({ state: 'waiting', problem: 'noLiveRoute', nextAttemptAt: 0 })).toBe('noLiveRoute');
    expect(listReadingCause({ state: 'rejected', reason: 'serverDefect', nextAttemptAt: 0 })).toBe('serverDefect');
    expect(listReadingCause({ state: 'waiting', problem: 'upgradeUnanswered', nextAttemptAt: 0 })).toBe(
      'upgradeUnanswered',
    );
    expect(listReadingCause({ state: 'waiting', problem: 'upgradeRefused', nextAttemptAt: 0 })).toBe('upgradeRefused');
    // An expired sign-in or a server that is down: the list cannot help.
    expect(listReadingCause({ state: 'rejected', reason: 'tokenExpired', nextAttemptAt: 0 })).toBeNull();
    expect(listReadingCause({ state: 'waiting', problem: 'serverUnreachable', nextAttemptAt: 0 })).toBeNull();
  });

  it('reads the list whenever the stream is not open but the account is fine, never for an account staff must act on', () => {
    for (const problem of ['dropped', 'silent', 'serverError', 'serverUnreachable'] as const) {
      expect(readingModeFor({ state: 'waiting', problem, nextAttemptAt: 0 }, 'safetyNet')).toBe('listReading');
    }
    for (const reason of ['tokenExpired', 'tokenRejected', 'notStaff', 'accountInactive', 'wrongUrl'] as const) {
      expect(readingModeFor({ state: 'rejected', reason, nextAttemptAt: 0 }, 'listReading')).toBe('off');
    }
    expect(readingModeFor({ state: 'offline', since: 0 }, 'listReading')).toBe('off');
  });

  it('keeps reading through a retry of the refused stream and hands over to the safety net once it opens', () => {
    const connecting = { state: 'connecting', since: 0 } as const;
    expect(readingModeFor(connecting, 'listReading')).toBe('listReading');
    expect(readingModeFor(connecting, 'off')).toBe('off');
    expect(readingModeFor({ state: 'open', since: 0 }, 'listReading')).toBe('safetyNet');
    expect(readingModeFor({ state: 'signedOut' }, 'listReading')).toBe('off');
  });
});
