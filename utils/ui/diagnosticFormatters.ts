import type { Formatters } from '../i18n/findingWords';
import { INTL_LOCALE, type Language } from '../i18n/language';
import { relativeTime } from '../i18n/relativeTime';
import { describeConnection } from '../i18n/describeConnection';
import type { ConnectionText } from '../i18n/connectionTextAr';

/** Dates, durations and numbers in the page's language, for the troubleshooter's sentences. */
export function diagnosticFormatters(language: Language, connection: ConnectionText, now: number): Formatters {
  const locale = INTL_LOCALE[language];
  const number = new Intl.NumberFormat(locale);
  const seconds = new Intl.NumberFormat(locale, { style: 'unit', unit: 'second', maximumFractionDigits: 1 });
  const milliseconds = new Intl.NumberFormat(locale, { style: 'unit', unit: 'millisecond', maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' });
  return {
    date: (at) => date.format(at),
    relative: (at) => relativeTime(language, at, now),
    duration: (ms) => (ms < 1_000 ? milliseconds.format(ms) : seconds.format(ms / 1_000)),
    number: (value) => number.format(value),
    connection: (status) => describeConnection(status, now, connection, locale, { countdown: false }).text,
    listReading: (cause) => connection.listReading[cause],
  };
}
