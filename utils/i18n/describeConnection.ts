import type { ConnectionAction, ConnectionStatus } from '../connection/connectionStatus';
import { listReadingCause } from '../connection/listReading';
import type { ConnectionText } from './connectionTextAr';

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

/** The connection state in plain words (`text`, formatted for `locale`) for the popup and the toolbar, with its fix. */
export function describeConnection(
  status: ConnectionStatus,
  now: number,
  text: ConnectionText,
  locale: string,
  { countdown = true }: { countdown?: boolean } = {},
): ConnectionDescription {
  const reading = listReadingCause(status);
  if (reading) return { text: text.listReading[reading], tone: 'problem' };
  const number = (value: number) => new Intl.NumberFormat(locale).format(value);
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
      const since = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(status.since);
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
