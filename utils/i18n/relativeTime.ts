import { INTL_LOCALE, type Language } from './language';
import { memoized } from './numberFormats';

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

// One formatter per language: building one costs more than formatting fifty rows with it.
const relativeFormat = memoized((language) => new Intl.RelativeTimeFormat(INTL_LOCALE[language], { numeric: 'auto' }));

/** "3 minutes ago" in the given language; under a minute reads as "this minute". */
export function relativeTime(language: Language, at: number, now: number): string {
  const format = relativeFormat(language);
  const elapsed = at - now;
  for (const [unit, ms] of RELATIVE_UNITS) {
    if (Math.abs(elapsed) >= ms) return format.format(Math.round(elapsed / ms), unit);
  }
  return format.format(0, 'minute');
}
