import { describe, expect, it } from 'vitest';
import { inQuietHours, isQuiet, snoozeEnd, TOMORROW_HOUR } from '../../../utils/alerts/quietTime';

// Wednesday 2025-11-26, times in Damascus (UTC+3).
const at = (hhmm: string, day = 26) => Date.parse(`2025-11-${day}T${hhmm}:00+03:00`);
const ZONE = 'Asia/Damascus';

describe('quiet hours', () => {
  const nights = { enabled: true, periods: [{ day: 3, start: '22:00', end: '08:00' }] };

  it('are quiet inside a period, also past midnight into the next day', () => {
    expect(inQuietHours(nights, at('23:30'), ZONE)).toBe(true);
    expect(inQuietHours(nights, at('07:59', 27), ZONE)).toBe(true);
    expect(inQuietHours(nights, at('08:00', 27), ZONE)).toBe(false);
    expect(inQuietHours(nights, at('21:59'), ZONE)).toBe(false);
  });

  it('only on the days they name, and never when switched off', () => {
    expect(inQuietHours(nights, at('23:30', 27), ZONE)).toBe(false);
    expect(inQuietHours({ ...nights, enabled: false }, at('23:30'), ZONE)).toBe(false);
  });
});

describe('snooze', () => {
  it('lasts 15 minutes, an hour, or until the shop opens tomorrow', () => {
    const now = Date.parse('2025-11-26T15:00:00');
    expect(snoozeEnd('15m', now) - now).toBe(15 * 60_000);
    expect(snoozeEnd('1h', now) - now).toBe(3_600_000);
    const tomorrow = new Date(snoozeEnd('tomorrow', now));
    expect([tomorrow.getDate(), tomorrow.getHours(), tomorrow.getMinutes()]).toEqual([27, TOMORROW_HOUR, 0]);
  });

  it('silences until it ends', () => {
    const quietHours = { enabled: false, periods: [] };
    expect(isQuiet({ snoozedUntil: 1000, quietHours }, 999)).toBe(true);
    expect(isQuiet({ snoozedUntil: 1000, quietHours }, 1000)).toBe(false);
  });
});
