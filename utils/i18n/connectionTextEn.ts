import type { ConnectionText } from './connectionTextAr';
import { EXTENSION_NAME } from './extensionName';

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
    upgradeRefused:
      'The server is up and your account is fine, but the alert channel (WebSocket) is refused on the way, most likely by a proxy or firewall. Tell the network administrator.',
    upgradeUnanswered:
      'The server is up and your account is fine, but the request to open the alert channel (WebSocket) gets no answer at all, most likely swallowed by a proxy. Tell the network administrator.',
    noLiveRoute: 'This server has no live-updates route (its main.py lacks the notifications router).',
    dropped: 'The connection to the shop server was lost.',
    silent: 'The server stopped answering without closing the connection.',
  },
  listReading: {
    noLiveRoute:
      'This server has no live-updates route — orders are read from the order list every 15 s and may arrive up to 15 s late. Administrator: the server’s main.py must include its notifications router, as the admin guide (ADMIN.md) shows.',
    serverDefect:
      "Live updates refused by the server (the shop server's JWT user-id defect): reading the order list every 15 s, so orders may arrive up to 15 s late. Nothing is wrong with your account: ask the administrator to apply the fix in the admin guide (ADMIN.md).",
    upgradeRefused:
      'Live updates are blocked on the way (a proxy or firewall refuses the WebSocket): reading the order list every 15 s, so orders may arrive up to 15 s late. Ask the network administrator to allow WebSocket as the admin guide (ADMIN.md) says.',
    upgradeUnanswered:
      'The request for live updates gets no answer (a proxy swallows the WebSocket): reading the order list every 15 s, so orders may arrive up to 15 s late. Ask the network administrator to allow WebSocket as the admin guide (ADMIN.md) says.',
  },
  changesRefused:
    'This server refuses your account’s sign-in when orders are changed (the server’s JWT user-id defect): you receive every order, but only the owner’s account can accept orders on this server, and accepting in the dashboard fails too. Administrator: apply the fix in the admin guide (ADMIN.md).',
  rejection: {
    tokenExpired: 'Your sign-in has expired. Sign in again to receive orders.',
    tokenRejected: 'The server refused your sign-in (expired or revoked). Sign in again.',
    serverDefect:
      'Shop server defect: it issued your sign-in and refused it at once (the JWT user-id defect). Nothing is wrong with your account: tell the system administrator.',
    notStaff: 'This is not a staff account, so it receives no orders. Sign in with a staff account.',
    accountInactive: 'This account is deactivated. Ask the shop manager.',
    wrongUrl: 'There is no shop server at the configured address (is /api missing?). Correct it in the settings.',
  },
  action: { signIn: 'Sign in', openSettings: 'Open settings', retryNow: 'Retry now' },
  toolbarTitle: (text: string) => `${EXTENSION_NAME.en}: ${text}`,
};
