import type { ConnectionText } from './connectionTextAr';
import { EXTENSION_NAME_EN } from './sharedTextEn';

const listRead = (cause: string, fix: string) =>
  `${cause} — orders are read from the order list every 15 s and may arrive up to 15 s late. ${fix}, as the admin guide (ADMIN.md) shows.`;

export const CONNECTION_TEXT_EN: ConnectionText = {
  signedOut: 'Not signed in yet: sign in to receive orders.',
  serverChanged: 'Your administrator moved the extension to another server: sign in there to receive orders.',
  connecting: 'Connecting to the shop server…',
  open: 'Connected: new orders will reach you the moment they arrive.',
  openSince: (since: string) => `Connected since ${since}: new orders will reach you the moment they arrive.`,
  offline: 'This computer is offline. The extension reconnects by itself when the network is back.',
  retryIn: (seconds: string) => `Retrying in ${seconds} s.`,
  retryAutomatically: 'Retrying automatically.',
  retryProblem: {
    serverUnreachable: 'Cannot reach the shop server: it is down or the network is cut.',
    serverError: 'The shop server reported an internal error.',
    dropped: 'The connection to the shop server was lost.',
    silent: 'The server stopped answering without closing the connection.',
  },
  listReading: {
    noLiveRoute: listRead(
      'This server has no live-updates route',
      'Administrator: the server’s main.py must include its notifications router',
    ),
    serverDefect: listRead(
      'Live updates refused by the server (its JWT user-id defect)',
      'Nothing is wrong with your account: ask the administrator to apply the fix',
    ),
    upgradeRefused: listRead(
      'Live updates are blocked on the way (a proxy or firewall refuses the WebSocket)',
      'Ask the network administrator to allow WebSocket',
    ),
    upgradeUnanswered: listRead(
      'The request for live updates gets no answer (a proxy swallows the WebSocket)',
      'Ask the network administrator to allow WebSocket',
    ),
  },
  changesRefused:
    'The server refuses your sign-in when orders are changed (its JWT user-id defect): you receive every order, but only the owner’s account can accept them on this server, in the dashboard too. Administrator: apply the fix in the admin guide (ADMIN.md).',
  rejection: {
    tokenExpired: 'Your sign-in has expired. Sign in again to receive orders.',
    tokenRejected: 'The server refused your sign-in (expired or revoked). Sign in again.',
    notStaff: 'This is not a staff account, so it receives no orders. Sign in with a staff account.',
    accountInactive: 'This account is deactivated. Ask the shop manager.',
    wrongUrl: 'There is no shop server at the configured address (is /api missing?). Correct it in the settings.',
  },
  action: { signIn: 'Sign in', openSettings: 'Open settings', retryNow: 'Retry now' },
  toolbarTitle: (text: string) => `${EXTENSION_NAME_EN}: ${text}`,
};
