import { describe, expect, it } from 'vitest';
import { REJECTION_REASONS, RETRY_PROBLEMS } from '../../../utils/connection/diagnoseHandshakeFailure';
import { describeConnection } from '../../../utils/ui/describeConnection';
import { toolbarAppearance } from '../../../utils/ui/toolbarAppearance';

describe('describeConnection', () => {
  it('counts down to the next attempt, and offers to retry now', () => {
    const status = { state: 'waiting', nextAttemptAt: 10_500, problem: 'dropped' } as const;
    expect(describeConnection(status, 1000)).toMatchObject({ tone: 'problem', action: 'retryNow' });
    expect(describeConnection(status, 1000).text).toContain('10 ث');
  });

  it('gives every refusal its own words, and a way out unless only the administrator can help', () => {
    const texts = REJECTION_REASONS.map((reason) =>
      describeConnection({ state: 'rejected', reason, nextAttemptAt: 0 }, 0),
    );
    expect(new Set(texts.map(({ text }) => text)).size).toBe(REJECTION_REASONS.length);
    expect(texts.filter(({ action }) => !action).length).toBe(1);
    expect(describeConnection({ state: 'rejected', reason: 'serverDefect', nextAttemptAt: 0 }, 0).text).toContain(
      'مدير النظام',
    );
  });

  it('words every network problem differently', () => {
    const texts = RETRY_PROBLEMS.map(
      (problem) => describeConnection({ state: 'waiting', problem, nextAttemptAt: 0 }, 0).text,
    );
    expect(new Set(texts).size).toBe(RETRY_PROBLEMS.length);
  });
});

describe('toolbarAppearance', () => {
  it('greys the icon whenever orders cannot arrive, and says why in the tooltip', () => {
    expect(toolbarAppearance({ state: 'open', since: 0 }, 0).icon[16]).toBe('/icon/16.png');
    const refused = toolbarAppearance({ state: 'rejected', reason: 'wrongUrl', nextAttemptAt: 0 }, 0);
    expect(refused.icon[16]).toBe('/icon/problem-16.png');
    expect(refused.title).toContain('/api');
  });
});
