import type { ConnectionAction, ConnectionStatus } from '../connection/connectionStatus';
import { isListReadingProblem } from '../connection/listReading';
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
      // Orders still arrive, from the order list: that is what staff need to read, not a retry.
      if (isListReadingProblem(status.problem)) return { text: text.listReading[status.problem], tone: 'problem' };
      const seconds = Math.max(0, Math.ceil((status.nextAttemptAt - now) / 1000));
      const when = countdown ? text.retryIn(number(seconds)) : text.retryAutomatically;
      return { text: `${text.retryProblem[status.problem]} ${when}`, tone: 'problem', action: 'retryNow' };
    }
    case 'rejected':
      // Refused by the server's own defect, orders still come from the list: that is what staff read.
      if (status.reason === 'serverDefect') return { text: text.listReading.serverDefect, tone: 'problem' };
      return { text: text.rejection[status.reason], tone: 'problem', action: REJECTION_ACTION[status.reason] };
  }
}
