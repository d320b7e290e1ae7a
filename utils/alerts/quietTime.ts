import * as z from 'zod/mini';

const clock = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

/** One silent stretch in the week: `day` 0 = Sunday; an `end` before `start` runs past midnight. */
const quietPeriodSchema = z.object({
  day: z.int().check(z.minimum(0), z.maximum(6)),
  start: clock,
  end: clock,
});
export const quietHoursSchema = z.object({ enabled: z.boolean(), periods: z.array(quietPeriodSchema) });
export type QuietHours = z.infer<typeof quietHoursSchema>;

export const SNOOZE_CHOICES = ['15m', '1h', 'tomorrow'] as const;
export type SnoozeChoice = (typeof SNOOZE_CHOICES)[number];
/** "Until tomorrow" ends at this hour of the next day, when the shop opens. */
export const TOMORROW_HOUR = 8;

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

const weekMinuteFormats = new Map<string, Intl.DateTimeFormat>();

/** Day of week (0 = Sunday) and minute of day of an instant in a time zone (the browser's by default). */
function localWeekMinute(now: number, timeZone?: string): { day: number; minute: number } {
  // Built once per zone: this runs for every order while quiet hours are on.
  let format = weekMinuteFormats.get(timeZone ?? '');
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    weekMinuteFormats.set(timeZone ?? '', format);
  }
  const parts = format.formatToParts(now);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'));
  return { day, minute: Number(get('hour')) * 60 + Number(get('minute')) };
}

/** Whether the weekly quiet hours cover this instant, in the shop's local time. */
export function inQuietHours(quietHours: QuietHours, now: number, timeZone?: string): boolean {
  if (!quietHours.enabled) return false;
  const { day, minute } = localWeekMinute(now, timeZone);
  return quietHours.periods.some((period) => {
    const start = minutes(period.start);
    const end = minutes(period.end);
    if (start <= end) return period.day === day && minute >= start && minute < end;
    // Past midnight: the evening part on its day, the morning part on the next.
    return (period.day === day && minute >= start) || ((period.day + 1) % 7 === day && minute < end);
  });
}

/**
 * A stored moment as the pages read it (the snooze's end, the repeating sound's next ring): a
 * time, or null when there is none or the value is malformed.
 */
export function parseMoment(stored: unknown): number | null {
  return typeof stored === 'number' && Number.isFinite(stored) ? stored : null;
}

/** When a snooze chosen now ends. */
export function snoozeEnd(choice: SnoozeChoice, now: number): number {
  if (choice === '15m') return now + 15 * 60_000;
  if (choice === '1h') return now + 60 * 60_000;
  const tomorrow = new Date(now);
  tomorrow.setDate(tomorrow.getDate() + 1);
  tomorrow.setHours(TOMORROW_HOUR, 0, 0, 0);
  return tomorrow.getTime();
}

/** Snoozed or in quiet hours: orders are still recorded and counted, but nothing pops up or rings. */
export function isQuiet(
  settings: { snoozedUntil: number | null; quietHours: QuietHours },
  now: number,
  timeZone?: string,
): boolean {
  return (
    (settings.snoozedUntil !== null && now < settings.snoozedUntil) || inQuietHours(settings.quietHours, now, timeZone)
  );
}
