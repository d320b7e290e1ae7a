import type { LoggedEvent } from '../utils/diagnostics/eventLog';
import { describeEventWithCount } from '../utils/diagnostics/eventWords';
import { INTL_LOCALE } from '../utils/i18n/language';
import { useDiagnosticsText } from './diagnosticsWords';
import { useLanguage } from './LanguageContext';

/** The event log, newest first. Details are the extension's own words, shown as text. */
export function EventLogView({ events }: { events: LoggedEvent[] }) {
  const language = useLanguage();
  const text = useDiagnosticsText();
  const time = new Intl.DateTimeFormat(INTL_LOCALE[language], { dateStyle: 'short', timeStyle: 'medium' });
  return (
    <section aria-labelledby="event-log-heading">
      <h2 id="event-log-heading">{text.eventLog}</h2>
      <p class="hint">{text.eventLogHint(new Intl.NumberFormat(INTL_LOCALE[language]).format(events.length))}</p>
      {events.length === 0 ? (
        <p class="empty">{text.eventLogEmpty}</p>
      ) : (
        <div class="event-log" tabIndex={0} role="region" aria-labelledby="event-log-heading">
          <table>
            <tbody>
              {events
                .slice()
                .reverse()
                .map((event, index) => (
                  <tr key={`${event.at}-${index}`} data-kind={event.kind}>
                    <td>
                      <time dateTime={new Date(event.at).toISOString()}>{time.format(event.at)}</time>
                    </td>
                    <td>{event.kind}</td>
                    <td dir="ltr">{describeEventWithCount(event)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
