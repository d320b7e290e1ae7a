import type { ConnectionStatus } from '../connection/connectionStatus';
import { listReadingCause } from '../connection/listReading';
import { CONNECTION_TEXT, type ConnectionAction } from './connectionText';
import { INTL_LOCALE, type Language } from './language';

type ConnectionTone = 'ok' | 'busy' | 'problem' | 'idle';

export interface ConnectionDescription {
  text: string;
  tone: ConnectionTone;
  action?: ConnectionAction;
}

const REJECTION_ACTION: Record<string, ConnectionAction | undefined> = {
  tokenExpired: 'signIn',
  tokenRejected: 'signIn',
  notStaff: 'signIn',
  accountInactive: 'signIn',
  wrongUrl: 'openSettings',
  // serverDefect: only the administrator can help.
};

/** The connection state in plain words for the popup and the toolbar, with its fix. */
export function describeConnection(
  status: ConnectionStatus,
  now: number,
  language: Language,
  { countdown = true }: { countdown?: boolean } = {},
): ConnectionDescription {
  const text = CONNECTION_TEXT[language];
  const reading = listReadingCause(status);
  if (reading) return { text: text.listReading[reading], tone: 'problem' };
  const number = (value: number) => new Intl.NumberFormat(INTL_LOCALE[language]).format(value);
  switch (status.state) {
    case 'signedOut':
      return {
        text: status.reason === 'serverChanged' ? text.serverChanged : text.signedOut,
        tone: status.reason === 'serverChanged' ? 'problem' : 'idle',
        action: 'signIn',
      };
    case 'connecting':
      return { text: text.connecting, tone: 'busy' };
    case 'open': {
      const since = new Intl.DateTimeFormat(INTL_LOCALE[language], { hour: 'numeric', minute: '2-digit' }).format(
        status.since,
      );
      return { text: countdown ? text.openSince(since) : text.open, tone: 'ok' };
    }
    case 'offline':
      return { text: text.offline, tone: 'problem' };
    case 'waiting': {
      const seconds = Math.max(0, Math.ceil((status.nextAttemptAt - now) / 1000));
      const when = countdown ? text.retryIn(number(seconds)) : text.retryAutomatically;
      return { text: `${text.retryProblem[status.problem]} ${when}`, tone: 'problem', action: 'retryNow' };
    }
    case 'rejected':
      return { text: text.rejection[status.reason], tone: 'problem', action: REJECTION_ACTION[status.reason] };
  }
}
