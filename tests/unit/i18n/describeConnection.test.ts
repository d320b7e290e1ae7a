import { describe, expect, it } from 'vitest';
import { REJECTION_REASONS, RETRY_PROBLEMS, type ConnectionStatus } from '../../../utils/connection/connectionStatus';
import { CONNECTION_TEXT } from '../../../utils/i18n/workerText';
import { INTL_LOCALE, LANGUAGES, type Language } from '../../../utils/i18n/language';
import { describeConnection as describeIn } from '../../../utils/i18n/describeConnection';
import { toolbarAppearance } from '../../../utils/ui/toolbarAppearance';

/** The state in one language's words and digits, as a page that loaded that language says it. */
const describeConnection = (status: ConnectionStatus, now: number, language: Language) =>
  describeIn(status, now, CONNECTION_TEXT[language], INTL_LOCALE[language]);

describe('describeConnection', () => {
  it('counts down to the next attempt in the reader’s digits, and offers to retry now', () => {
    const status = { state: 'waiting', nextAttemptAt: 10_500, problem: 'dropped' } as const;
    expect(describeConnection(status, 1000, 'ar')).toMatchObject({ tone: 'problem', action: 'retryNow' });
    expect(describeConnection(status, 1000, 'ar').text).toContain('١٠ ث');
    expect(describeConnection(status, 1000, 'en').text).toContain('10 s');
  });

  it('gives every refusal its own words in both languages, and a way out unless only the administrator can help', () => {
    for (const language of LANGUAGES) {
      const texts = REJECTION_REASONS.map((reason) =>
        describeConnection({ state: 'rejected', reason, nextAttemptAt: 0 }, 0, language),
      );
      expect(new Set(texts.map(({ text }) => text)).size).toBe(REJECTION_REASONS.length);
      expect(texts.filter(({ action }) => !action).length).toBe(1);
    }
    expect(describeConnection({ state: 'rejected', reason: 'serverDefect', nextAttemptAt: 0 }, 0, 'ar').text).toContain(
      'مدير النظام',
    );
  });

  it('words every network problem differently', () => {
    const texts = RETRY_PROBLEMS.map(
      (problem) => describeConnection({ state: 'waiting', problem, nextAttemptAt: 0 }, 0, 'en').text,
    );
    expect(new Set(texts).size).toBe(RETRY_PROBLEMS.length);
  });
});

describe('toolbarAppearance', () => {
  it('greys the icon whenever orders cannot arrive, and says why in the tooltip', () => {
    expect(toolbarAppearance({ state: 'open', since: 0 }, 0, 'ar').icon[16]).toBe('/icon/16.png');
    const refused = toolbarAppearance({ state: 'rejected', reason: 'wrongUrl', nextAttemptAt: 0 }, 0, 'en');
    expect(refused.icon[16]).toBe('/icon/problem-16.png');
    expect(refused.title).toContain('/api');
  });
});
