import { CONNECTION_TEXT_EN } from './connectionTextEn';
import type { OptionsText } from './optionsTextAr';
import { SNOOZE_CHOICE_EN, TROUBLESHOOTER_TEXT_EN } from './sharedTextEn';

/** The options page's words in English. */
export const OPTIONS_TEXT_EN: OptionsText = {
  signInProblem: {
    badUsername: 'That is not a valid username: enter your phone number (09…) or e-mail address.',
    badCredentials: 'Wrong username or password.',
    inactive: 'This account is deactivated. Ask the shop manager.',
    notStaff: 'This is not a staff account: order alerts are for the shop’s staff and managers only.',
    wrongUrl:
      'There is no shop server at this address. Check it: it usually ends in /api (like https://www.khawam.net/api).',
    serverError: 'The server had an error. Try again in a moment.',
    unexpectedResponse: 'The server answered in an unexpected way. Check the server address.',
    unreachable: 'Cannot reach the server. Check the address and the internet connection.',
    redirected:
      'The server redirected the sign-in to another address; the password was not sent there. Check the server address, or ask the administrator.',
    invalidUrl: 'That server address is not valid.',
    insecureUrl: 'The server address must start with https:// (http:// only for a server on this computer).',
    urlExtras:
      'The server address may not carry a query (?), a fragment (#) or a user name and password (@): remove them.',
  },
  troubleshooter: TROUBLESHOOTER_TEXT_EN,
  connection: CONNECTION_TEXT_EN,
  snoozeChoice: SNOOZE_CHOICE_EN,
  options: {
    title: 'Khawam Notifier settings',
    account: 'Account',
    signedInAs: 'Signed in as',
    server: 'Server',
    tokenExpires: (date: string) => `Sign-in expires on ${date}`,
    tokenOpaque: 'Permanent sign-in token (no expiry date)',
    useDashboardSession:
      'Use my dashboard session: when I open the shop dashboard in this browser, the extension signs in with it',
    useDashboardSessionHint: (origin: string) =>
      `Asks for access to ${origin} only, and checks the token with the server before using it.`,
    dashboardAccessDenied: 'Access was not granted, so the dashboard session will not be used.',
    signOut: 'Sign out',
    apiBaseUrl: 'Server address (API)',
    username: 'Phone number or e-mail',
    password: 'Password',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    alerts: 'Alerts',
    soundEnabled: 'Play a sound when an order arrives',
    sound: 'Sound',
    soundName: { beep: 'Beep (like the old dashboard)', chime: 'Chime', bell: 'Bell' },
    volume: 'Volume',
    testSound: 'Test the sound',
    soundPlayed: 'The sound played.',
    soundFailed: (error: string) => `The sound could not play: ${error}`,
    repeat: (seconds: string, minutes: string) =>
      `Repeat the sound every ${seconds} s until I have seen the order (for at most ${minutes} minutes)`,
    requireInteraction: 'Keep notifications on screen until I act on them',
    showPictures: "Show the customer's picture as a thumbnail in the notification and the order list",
    snoozeLegend: 'Snooze alerts (orders are still recorded and counted on the badge, without sound or popups)',
    snoozedUntil: (time: string) => `Snoozed until ${time}`,
    cancelSnooze: 'Cancel snooze',
    spokenOrders: 'Spoken orders',
    speakOrders:
      'Say each new order aloud after the alert sound (the customer’s name and the amount; a burst is said as a count)',
    speechVoice: 'Voice',
    firstVoice: 'The first installed English voice',
    testSpeech: 'Test the voice',
    speechSpoken: (text: string) => `Said: “${text}”`,
    speechFailed: (error: string) => `Could not speak: ${error}`,
    noVoice:
      'This computer has no English voice to say orders with, so they are not spoken (the alert sound still plays). Install one in the system settings (Time & language → Speech on Windows), then reopen this page.',
    speechUnavailable: 'Firefox gives extensions no text-to-speech: the alert sound and the notification remain.',
    windowsClosed: 'When the browser is closed',
    backgroundMode: {
      keptRunning:
        'Alerts go on with every browser window closed: Chrome keeps running in the background until you quit it from the system tray (on Windows it also starts when you log in to the computer). If alerts stop when you close the last window, turn on “Continue running background apps when Google Chrome is closed” in Chrome’s settings (System), or ask your administrator.',
      stopsWithWindows:
        'Alerts stop when the last browser window closes: keep a window open (it may be minimized), or ask your administrator to install the extension with background mode.',
      unavailable:
        'Firefox stops extensions when its last window closes: keep a Firefox window open (it may be minimized) to receive orders.',
    },
    language: 'Language',
    languageAuto: 'Browser language',
    serverHeading: 'Server',
    setByAdmin: 'Set by your administrator',
    policyIgnored: (key: string, reason: string) =>
      `Your administrator's setting "${key}" was ignored because it is invalid: ${reason}`,
    dashboardUrl: 'Dashboard address (to open orders)',
    dashboardUrlHint: (fallback: string) => `Leave empty to use ${fallback}`,
    saved: 'Saved.',
    privacy: 'Privacy: what the extension keeps and sends, and to whom',
    saveFailed: 'The change could not be saved: the extension’s storage is probably full. Open the troubleshooter.',
    quietHours: 'Quiet hours (no sound, no popups; this computer’s time)',
    quietHoursEnabled: 'Use quiet hours',
    quietDay: 'Day',
    quietFrom: 'From',
    quietTo: 'To',
    removePeriod: 'Remove',
    addPeriod: 'Add a period',
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  },
};
