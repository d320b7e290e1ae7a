import type { CheckId } from '../diagnostics/diagnosticTypes';
import type { DiagnosticsText } from './diagnosticsTextAr';
import { roleName } from './roleName';
import { CONNECTION_TEXT_EN } from './connectionTextEn';
import { EXTENSION_NAME_EN, TROUBLESHOOTER_TEXT_EN } from './sharedTextEn';

const EN_CHECK: Record<CheckId, string> = {
  credentials: 'Sign-in details',
  tokenExpiry: 'Sign-in validity',
  server: 'Server reachable, address right',
  account: 'Server accepts the account',
  handshake: 'Alert channel (WebSocket)',
  serverPing: 'Server heartbeat (ping)',
  liveConnection: 'Extension connection and last order',
  stability: 'Connection stability',
  notifications: 'Notifications',
  sound: 'Sound',
  dedupeStore: 'Duplicate protection',
  orderShape: 'Shape of the server’s orders',
  backgroundMode: 'With windows closed',
  spokenOrders: 'Spoken orders',
  clock: 'Computer clock',
};

export const DIAGNOSTICS_EN: DiagnosticsText = {
  ...TROUBLESHOOTER_TEXT_EN,
  extensionName: EXTENSION_NAME_EN,
  /** The background connection's state, as the popup says it. */
  connection: CONNECTION_TEXT_EN,
  testNotification: {
    title: 'Test notification from Khawam Notifier',
    message: 'If you can see this, notifications work on this computer.',
  },
  running: 'Checking…',
  runAgain: 'Check again',
  allGood: 'Every check passed: new orders will reach you.',
  causeFound: 'Cause:',
  checksLabel: 'Check results',
  status: { pass: 'OK', warn: 'Warning', fail: 'Problem', skipped: 'Not checked' },
  pending: 'Checking…',
  check: EN_CHECK,

  finding: {
    signedIn: ({ name, role }) => ({ summary: `Signed in as ${name} (${roleName('en', role)}).` }),
    signedOut: () => ({
      summary: 'Not signed in.',
      fix: 'Sign in in the settings with your dashboard phone number or e-mail and password.',
    }),
    expiresAt: ({ at }, f) => ({ summary: `Sign-in expires on ${f.date(at)}.` }),
    expiresSoon: ({ at }, f) => ({
      summary: `Sign-in expires soon: ${f.date(at)}.`,
      fix: 'Sign in again before then so you do not miss orders.',
    }),
    expired: ({ at }, f) => ({ summary: `Sign-in expired on ${f.date(at)}.`, fix: 'Sign in again.' }),
    opaqueToken: () => ({
      summary: 'Permanent sign-in token (not a JWT): it carries no readable expiry; the server checks it next.',
    }),
    noExpiry: () => ({ summary: 'The sign-in token names no expiry date.' }),
    serverUp: ({ url, ms }, f) => ({ summary: `The server is up at ${url} (answered in ${f.duration(ms)}).` }),
    wrongUrl: ({ url, httpStatus }) => ({
      summary: `There is no shop server at ${url} (it answered ${httpStatus}).`,
      fix: 'Correct the server address in the settings: it usually ends in /api, like https://www.khawam.net/api.',
    }),
    // The popup's own sentence: it says what it costs and who can fix it.
    noLiveRoute: (_, f) => ({ summary: f.listReading('noLiveRoute') }),
    serverUnreachable: ({ url }) => ({
      summary: `Cannot reach the server ${url}: it is down or the network is cut.`,
      fix: 'Check the internet connection. If it works, the server is down: tell the system administrator. The extension keeps retrying by itself.',
    }),
    serverError: ({ httpStatus }) => ({
      summary: `The server reported an internal error (${httpStatus}).`,
      fix: 'Tell the system administrator. The extension keeps retrying by itself.',
    }),
    accountOk: ({ name, role }) => ({ summary: `The server accepts the sign-in: ${name}, ${roleName('en', role)}.` }),
    tokenRejected: () => ({
      summary: 'The server refuses the sign-in token (expired, revoked or replaced).',
      fix: 'Sign out, then sign in again in the settings.',
    }),
    tokenExpired: () => ({ summary: 'The sign-in has expired.', fix: 'Sign in again in the settings.' }),
    serverDefect: ({ integerSubject }) => ({
      summary: `Shop server defect: it issued the sign-in token and refused it at once${integerSubject ? ' (the token’s user id is an integer, which the server’s JWT library refuses)' : ''}.`,
      fix: 'Nothing is wrong with your account and signing in again will not help. Orders still arrive by reading the order list every 15 s (up to 15 s late); accept them in the dashboard. Tell the system administrator about the JWT “sub” defect: the admin guide (ADMIN.md) has the fix.',
    }),
    notStaff: ({ role }) => ({
      summary: `This is not a staff account (${role}); the server sends orders to staff and managers only.`,
      fix: 'Sign out and sign in with a staff account.',
    }),
    accountInactive: () => ({ summary: 'This account is deactivated.', fix: 'Ask the shop manager.' }),
    accountUnknown: ({ httpStatus }) => ({
      summary: httpStatus
        ? `The server answered about the account in an unexpected way (${httpStatus}).`
        : 'The server did not answer about the account.',
      fix: 'Check again in a moment; if it persists, tell the system administrator.',
    }),
    handshakeOk: ({ ms }, f) => ({
      summary: `The alert channel opened in ${f.duration(ms)} (a round trip to the server).`,
    }),
    upgradeRefused: ({ closeCode }) => ({
      summary: `The server is up and your account is fine, but the alert channel was refused (close code ${closeCode}).`,
      fix: 'Most likely a proxy or firewall blocks WebSockets, or the server lacks WebSocket support: tell the network administrator (the admin guide, ADMIN.md, has the fix). Until then orders arrive by reading the order list every 15 s.',
    }),
    handshakeTimeout: ({ waitedMs }, f) => ({
      summary: `The alert channel did not open within ${f.duration(waitedMs)}.`,
      fix: 'The network is very slow or something on the way holds the connection: tell the network administrator.',
    }),
    pingReceived: ({ afterMs, intervalMs, roundTripMs }, f) => ({
      summary: `The server’s heartbeat arrived after ${f.duration(afterMs)} (it sends one every ${f.duration(intervalMs)}): the server is sending on this channel.${roundTripMs === null ? '' : ` A round trip over the channel took ${f.duration(roundTripMs)}.`}`,
    }),
    serverSilent: ({ waitedMs }, f) => ({
      summary: `The server accepted the connection but sent nothing for ${f.duration(waitedMs)}: it is stuck, and orders will not arrive.`,
      fix: 'Ask the system administrator to restart the server. The extension reconnects by itself.',
    }),
    connected: ({ activeConnections, lastOrderAt }, f) => ({
      summary: `The extension’s connection is open. The server counts ${f.number(activeConnections)} connection(s), but its count keeps sockets that already closed, so it cannot show that this computer is among them: an order arriving does. ${lastOrderAt === null ? 'No order has arrived yet.' : `Last order arrived ${f.relative(lastOrderAt)}.`}`,
    }),
    broadcastMissing: ({ recovered }, f) => ({
      summary: `The server is not broadcasting every order to this computer: ${f.number(recovered)} order(s) in the last hour never came over the connection; the extension caught them by polling, up to a minute late.`,
      fix: 'Tell the system administrator: the server most likely runs several processes or copies that do not share the broadcast, or a proxy drops messages. The administrator’s guide has the fixes.',
    }),
    keptRunning: () => ({
      summary:
        'Alerts go on with every window closed: the browser keeps running in the background (on Windows it also starts when you log in; on Linux and macOS that takes an autostart entry, see the administrator’s guide).',
    }),
    stopsWithWindows: () => ({
      summary: 'Alerts stop when the last browser window closes.',
      fix: 'Keep a window open, or ask the administrator to turn background mode on (BackgroundModeEnabled).',
    }),
    backgroundUnavailable: () => ({
      summary: 'Firefox stops extensions when its last window closes.',
      fix: 'Keep a Firefox window open (it may be minimized).',
    }),
    speechOff: () => ({ summary: 'Spoken orders are off (the options page turns them on).' }),
    speechReady: ({ voice }) => ({ summary: `New orders are said aloud with the voice “${voice}”.` }),
    noVoice: () => ({
      summary:
        'Spoken orders are on, but this computer has no voice of the interface language: orders are not spoken (the alert sound still plays).',
      fix: 'Install a voice of that language in the system settings (Time & language → Speech on Windows), or switch spoken orders off.',
    }),
    speechUnavailable: () => ({
      summary: 'This browser gives extensions no text-to-speech: orders are not spoken.',
      fix: 'Rely on the alert sound, or use Chrome or Edge for spoken orders.',
    }),
    shapeOk: () => ({ summary: 'Every order arrived with all the fields it should have.' }),
    partialShape: ({ fields }, f) => ({
      summary: `The server sends orders in a shape this extension only partly understands: ${fields.map(({ field, count }) => `${field} (${f.number(count)})`).join(', ')}. Every order was announced all the same, without those fields.`,
      fix: 'Tell the system administrator these field names: the server’s order shape has changed.',
    }),
    notCounted: () => ({
      summary:
        'The extension believes it is connected, but the server counts no connection: new orders will not reach it.',
      fix: 'The server most likely runs several copies that do not share orders: tell the system administrator. Missed orders are recovered on reconnecting.',
    }),
    notConnected: ({ status }, f) => ({
      summary: `The extension is not connected right now: ${f.connection(status)}`,
      fix: 'The cause is in the checks above, if any; otherwise press “Retry now” in the popup.',
    }),
    stable: ({ losses }, f) => ({
      summary:
        losses === 0
          ? 'The connection was not lost in the last hour.'
          : `The connection was lost ${f.number(losses)} time(s) in the last hour and came back by itself.`,
    }),
    keepsDropping: ({ losses, lastCloseCode }, f) => ({
      summary: `The connection was lost ${f.number(losses)} times in the last hour (last with close code ${lastCloseCode ?? '?'}).`,
      fix: 'The network is unstable or the server keeps restarting. The extension reconnects and recovers missed orders by itself; if it goes on, tell the system administrator.',
    }),
    notificationsShown: ({ platform }) => ({
      summary: 'Notifications are allowed, and a test notification was sent.',
      fix:
        platform === 'win'
          ? 'If you did not see it: turn off Focus Assist (Do not disturb) in Windows and allow the browser’s notifications in the system settings.'
          : platform === 'mac'
            ? 'If you did not see it: turn off Focus in macOS and allow the browser’s notifications in System Settings.'
            : 'If you did not see it: turn off the system’s Do not disturb mode and allow the browser’s notifications.',
    }),
    notificationsDenied: () => ({
      summary: 'The extension’s notifications are blocked in the browser.',
      fix: 'Allow notifications for “Khawam Notifier” in the browser’s settings, then check again.',
    }),
    notificationFailed: ({ error }) => ({
      summary: `The browser refused the test notification: ${error}`,
      fix: 'Allow the browser’s notifications in the system settings.',
    }),
    soundPlayed: ({ volume, quiet, repeatsAt }, f) => ({
      summary:
        `A test sound played at volume ${volume}%.` +
        (repeatsAt === null ? '' : ` It rings again ${f.relative(repeatsAt)} for orders nobody has seen yet.`),
      fix: quiet
        ? 'Alerts are paused right now (snooze or quiet hours): orders make no sound until that ends.'
        : 'If you did not hear it: turn up the computer’s volume and check the speakers.',
    }),
    soundOff: () => ({
      summary: 'The order sound is turned off in the extension.',
      fix: 'Turn it on in the popup (the “Sound off” button) or in the settings.',
    }),
    volumeZero: () => ({ summary: 'The extension’s volume is zero.', fix: 'Turn it up in the settings.' }),
    alertSoundFailed: ({ at, error }, f) => ({
      summary: `The test sound plays, but the last order's alert (${f.relative(at)}) did not: ${error}`,
      fix: 'Keep the browser open and unmuted; if it happens again, send the report to your administrator.',
    }),
    soundFailed: ({ error }) => ({
      summary: `The sound could not play: ${error}`,
      fix: 'The browser blocks audio or lacks Web Audio: check the sound device and the browser’s sound settings.',
    }),
    dedupeStore: ({ count, capacity, duplicates }, f) => ({
      summary: `The extension remembers ${f.number(count)} order(s) (up to ${f.number(capacity)}) and announces none twice${duplicates ? `; it ignored ${f.number(duplicates)} repeat(s) from the server since the browser started` : ''}.`,
    }),
    storageFull: ({ failing }) => ({
      summary: `The extension’s storage is full: ${failing.join(', ')} could not be saved. New orders still alert, but the list may be lost when the browser restarts.`,
      fix: 'Free some space: remove other extensions that store a lot, or reinstall this one, then check again.',
    }),
    dedupeUnreadable: () => ({
      summary: 'The list of known orders could not be read.',
      fix: 'Restart the browser; if it persists, reinstall the extension.',
    }),
    clockOk: ({ offsetMs }, f) => ({
      summary: `The computer’s clock is right (within ${f.duration(Math.abs(offsetMs))} of the server).`,
    }),
    clockOff: ({ offsetMs }, f) => ({
      summary: `The computer’s clock is ${f.duration(Math.abs(offsetMs))} ${offsetMs > 0 ? 'behind' : 'ahead of'} the server.`,
      fix: 'Set the clock automatically in the system settings: the extension judges an order’s age by it.',
    }),
    clockHidden: () => ({
      summary: 'The server does not let the browser read its clock, so the time was not compared.',
    }),
    notChecked: ({ after }) => ({ summary: `Not checked: it depends on “${EN_CHECK[after]}”.` }),
  },
  eventLog: 'Event log',
  eventLogHint: (count: string) =>
    `The last ${count} events (connection, orders, errors). It never contains the sign-in token.`,
  eventLogEmpty: 'No events yet.',
  report: 'Report for support',
  reportHint: 'The report never contains the sign-in token, and phone numbers show only their last two digits.',
  copyReport: 'Copy the report',
  downloadReport: 'Download the report',
  copied: 'The report was copied.',
  copyFailed: 'Could not copy: use “Download the report”.',
};
