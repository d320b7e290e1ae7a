import type { CheckId, CheckStatus, Finding, FindingCause } from '../diagnostics/diagnosticChecks';
import type { ConnectionStatus } from '../connection/connectionStatus';
import { roleName } from './roleName';
import type { Language } from './language';
import { TROUBLESHOOTER_TEXT } from './troubleshooterText';

/** Formats the facts a finding carries, in the page's language. */
export interface Formatters {
  date(at: number): string;
  relative(at: number): string;
  /** A duration: `850 ms`, `2.5 s`. */
  duration(ms: number): string;
  number(value: number): string;
  /** The background connection's state in words (as in the popup). */
  connection(status: ConnectionStatus): string;
}

export interface FindingWords {
  summary: string;
  /** What to do about it; absent when nothing needs doing. */
  fix?: string;
}

type FindingText = {
  [C in FindingCause]: (finding: Extract<Finding, { cause: C }>, format: Formatters) => FindingWords;
};

const AR_CHECK = {
  credentials: 'بيانات الدخول',
  tokenExpiry: 'صلاحية تسجيل الدخول',
  server: 'الوصول إلى الخادم وعنوانه',
  account: 'قبول الخادم للحساب',
  handshake: 'فتح قناة الإشعارات (WebSocket)',
  serverPing: 'نبض الخادم (ping)',
  liveConnection: 'اتصال الإضافة وآخر طلب',
  stability: 'ثبات الاتصال',
  notifications: 'الإشعارات',
  sound: 'الصوت',
  dedupeStore: 'منع التكرار',
  clock: 'ساعة الجهاز',
} satisfies Record<CheckId, string>;

export const DIAGNOSTICS_AR = {
  ...TROUBLESHOOTER_TEXT.ar,
  testNotification: { title: 'إشعار تجريبي من إشعارات خوام', message: 'إن رأيت هذا فالإشعارات تعمل على هذا الجهاز.' },
  running: 'جارٍ الفحص…',
  runAgain: 'أعد الفحص',
  allGood: 'كل الفحوص سليمة: ستصلك الطلبات الجديدة.',
  causeFound: 'السبب:',
  checksLabel: 'نتائج الفحص',
  status: { pass: 'سليم', warn: 'تنبيه', fail: 'مشكلة', skipped: 'لم يُفحص' } satisfies Record<CheckStatus, string>,
  pending: 'قيد الفحص…',
  check: AR_CHECK,
  finding: {
    signedIn: ({ name, role }) => ({ summary: `مسجّل الدخول باسم ${name} (${roleName('ar', role)}).` }),
    signedOut: () => ({
      summary: 'لم تسجّل الدخول.',
      fix: 'سجّل الدخول في الإعدادات برقم هاتفك أو بريدك وكلمة مرور لوحة التحكم.',
    }),
    expiresAt: ({ at }, f) => ({ summary: `ينتهي تسجيل الدخول في ${f.date(at)}.` }),
    expiresSoon: ({ at }, f) => ({
      summary: `ينتهي تسجيل الدخول قريباً: ${f.date(at)}.`,
      fix: 'سجّل الدخول من جديد قبل ذلك كي لا تفوتك الطلبات.',
    }),
    expired: ({ at }, f) => ({ summary: `انتهى تسجيل الدخول في ${f.date(at)}.`, fix: 'سجّل الدخول من جديد.' }),
    opaqueToken: () => ({
      summary: 'رمز دخول دائم (ليس JWT): لا تاريخ انتهاء يمكن قراءته، ويتحقق منه الخادم في الفحص التالي.',
    }),
    noExpiry: () => ({ summary: 'رمز الدخول لا يذكر تاريخ انتهاء.' }),
    serverUp: ({ url, ms }, f) => ({ summary: `الخادم يعمل على ${url} (أجاب خلال ${f.duration(ms)}).` }),
    wrongUrl: ({ url, httpStatus }) => ({
      summary: `لا يوجد خادم المطبعة على ${url} (أجاب ${httpStatus}).`,
      fix: 'صحّح عنوان الخادم في الإعدادات: ينتهي عادةً بـ /api، مثل https://www.khawam.net/api.',
    }),
    serverUnreachable: ({ url }) => ({
      summary: `تعذر الوصول إلى الخادم ${url}: الخادم متوقف أو الشبكة مقطوعة.`,
      fix: 'تحقق من اتصال الإنترنت. إن كان الإنترنت يعمل فالخادم متوقف: أبلغ مدير النظام. تعيد الإضافة المحاولة تلقائياً.',
    }),
    serverError: ({ httpStatus }) => ({
      summary: `الخادم أبلغ عن خطأ داخلي (${httpStatus}).`,
      fix: 'أبلغ مدير النظام. تعيد الإضافة المحاولة تلقائياً.',
    }),
    accountOk: ({ name, role }) => ({ summary: `الخادم يقبل تسجيل الدخول: ${name}، ${roleName('ar', role)}.` }),
    tokenRejected: () => ({
      summary: 'الخادم يرفض رمز الدخول (انتهى أو أُلغي أو تغيّر).',
      fix: 'سجّل الخروج ثم سجّل الدخول من جديد في الإعدادات.',
    }),
    tokenExpired: () => ({ summary: 'انتهت صلاحية تسجيل الدخول.', fix: 'سجّل الدخول من جديد في الإعدادات.' }),
    serverDefect: ({ integerSubject }) => ({
      summary: `خلل في خادم المطبعة: أصدر رمز الدخول ثم رفضه فوراً${integerSubject ? ' (رقم المستخدم في الرمز عدد صحيح، ومكتبة JWT في الخادم ترفضه)' : ''}.`,
      fix: 'ليست مشكلة في حسابك ولا يفيد تكرار تسجيل الدخول: أبلغ مدير النظام بخلل «sub» في JWT.',
    }),
    notStaff: ({ role }) => ({
      summary: `هذا الحساب ليس حساب موظف (${role})، والخادم لا يرسل الطلبات إلا للموظفين والمديرين.`,
      fix: 'سجّل الخروج وسجّل الدخول بحساب موظف.',
    }),
    accountInactive: () => ({ summary: 'هذا الحساب غير مفعّل.', fix: 'راجع مدير المطبعة.' }),
    accountUnknown: ({ httpStatus }) => ({
      summary: httpStatus ? `أجاب الخادم عن الحساب بشكل غير متوقع (${httpStatus}).` : 'لم يُجب الخادم عن الحساب.',
      fix: 'أعد الفحص بعد قليل؛ إن تكرر فأبلغ مدير النظام.',
    }),
    handshakeOk: ({ ms }, f) => ({ summary: `فُتحت قناة الإشعارات خلال ${f.duration(ms)} (ذهاب وإياب إلى الخادم).` }),
    upgradeRefused: ({ closeCode }) => ({
      summary: `الخادم يعمل وحسابك سليم، لكن قناة الإشعارات رُفضت (رمز الإغلاق ${closeCode}).`,
      fix: 'غالباً وكيل (proxy) أو جدار حماية يمنع WebSocket، أو خادم بلا دعم لها: أبلغ مسؤول الشبكة.',
    }),
    handshakeTimeout: ({ waitedMs }, f) => ({
      summary: `لم تُفتح قناة الإشعارات خلال ${f.duration(waitedMs)}.`,
      fix: 'الشبكة بطيئة جداً أو شيء في الطريق يحجز الاتصال: أبلغ مسؤول الشبكة.',
    }),
    pingReceived: ({ afterMs, intervalMs, roundTripMs }, f) => ({
      summary: `وصل نبض الخادم بعد ${f.duration(afterMs)} (يرسله كل ${f.duration(intervalMs)}): الخادم يرسل على هذه القناة.${roundTripMs === null ? '' : ` ذهاب وإياب على القناة: ${f.duration(roundTripMs)}.`}`,
    }),
    serverSilent: ({ waitedMs }, f) => ({
      summary: `قبل الخادم الاتصال لكنه لم يرسل شيئاً خلال ${f.duration(waitedMs)}: الخادم عالق، والطلبات لن تصل.`,
      fix: 'أبلغ مدير النظام بإعادة تشغيل الخادم. تعيد الإضافة الاتصال تلقائياً.',
    }),
    connected: ({ activeConnections, lastOrderAt }, f) => ({
      summary: `الإضافة متصلة، والخادم يعدّ ${f.number(activeConnections)} اتصالاً. ${lastOrderAt === null ? 'لم يصل طلب بعد.' : `آخر طلب وصل ${f.relative(lastOrderAt)}.`}`,
    }),
    notCounted: () => ({
      summary: 'الإضافة ترى نفسها متصلة، لكن الخادم لا يعدّ أي اتصال: الطلبات الجديدة لن تصل إليها.',
      fix: 'غالباً يعمل الخادم بأكثر من نسخة ولا يوزّع الطلبات بينها: أبلغ مدير النظام. الطلبات الفائتة تُستعاد عند إعادة الاتصال.',
    }),
    notConnected: ({ status }, f) => ({
      summary: `الإضافة غير متصلة الآن: ${f.connection(status)}`,
      fix: 'السبب في الفحوص أعلاه إن وُجد؛ وإلا فاضغط «أعد المحاولة الآن» في النافذة المنبثقة.',
    }),
    stable: ({ losses }, f) => ({
      summary:
        losses === 0
          ? 'لم ينقطع الاتصال في الساعة الأخيرة.'
          : `انقطع الاتصال ${f.number(losses)} مرة في الساعة الأخيرة، وعاد تلقائياً.`,
    }),
    keepsDropping: ({ losses, lastCloseCode }, f) => ({
      summary: `انقطع الاتصال ${f.number(losses)} مرات في الساعة الأخيرة (آخرها برمز ${lastCloseCode ?? '؟'}).`,
      fix: 'الشبكة غير مستقرة أو الخادم يُعاد تشغيله. تعيد الإضافة الاتصال وتستعيد الطلبات الفائتة تلقائياً؛ إن استمر فأبلغ مدير النظام.',
    }),
    notificationsShown: ({ platform }) => ({
      summary: 'الإشعارات مسموحة، وأُرسل إشعار تجريبي.',
      fix:
        platform === 'win'
          ? 'إن لم تره: أوقف «مساعد التركيز» (Focus Assist / عدم الإزعاج) في ويندوز واسمح بإشعارات المتصفح في إعدادات النظام.'
          : platform === 'mac'
            ? 'إن لم تره: أوقف وضع «التركيز» (Focus) في macOS واسمح بإشعارات المتصفح في إعدادات النظام.'
            : 'إن لم تره: أوقف وضع «عدم الإزعاج» في النظام واسمح بإشعارات المتصفح.',
    }),
    notificationsDenied: () => ({
      summary: 'إشعارات الإضافة ممنوعة في المتصفح.',
      fix: 'اسمح بإشعارات «إشعارات خوام» من إعدادات المتصفح ثم أعد الفحص.',
    }),
    notificationFailed: ({ error }) => ({
      summary: `رفض المتصفح الإشعار التجريبي: ${error}`,
      fix: 'اسمح بالإشعارات للمتصفح في إعدادات النظام.',
    }),
    soundPlayed: ({ volume, quiet }) => ({
      summary: `شُغّل صوت تجريبي بمستوى ${volume}٪.`,
      fix: quiet
        ? 'التنبيهات موقوفة الآن (إيقاف مؤقت أو ساعات الهدوء): لن يُسمع صوت للطلبات حتى تنتهي.'
        : 'إن لم تسمعه: ارفع صوت الجهاز وتحقق من السماعات.',
    }),
    soundOff: () => ({
      summary: 'صوت الطلبات متوقف في الإضافة.',
      fix: 'شغّله من النافذة المنبثقة (زر «الصوت متوقف») أو من الإعدادات.',
    }),
    volumeZero: () => ({ summary: 'مستوى صوت الإضافة صفر.', fix: 'ارفعه في الإعدادات.' }),
    soundFailed: ({ error }) => ({
      summary: `تعذر تشغيل الصوت: ${error}`,
      fix: 'المتصفح يمنع الصوت أو لا يدعم Web Audio: تحقق من جهاز الصوت ومن إعدادات الصوت في المتصفح.',
    }),
    dedupeStore: ({ count, capacity, duplicates }, f) => ({
      summary: `تتذكر الإضافة ${f.number(count)} طلباً (حتى ${f.number(capacity)})، ولم تُعلن عن أي طلب مرتين${duplicates ? `؛ تجاهلت ${f.number(duplicates)} تكراراً من الخادم منذ تشغيل المتصفح` : ''}.`,
    }),
    dedupeUnreadable: () => ({
      summary: 'تعذرت قراءة سجل الطلبات المعروفة.',
      fix: 'أعد تشغيل المتصفح؛ إن تكرر فأعد تثبيت الإضافة.',
    }),
    clockOk: ({ offsetMs }, f) => ({
      summary: `ساعة الجهاز مضبوطة (الفرق عن الخادم ${f.duration(Math.abs(offsetMs))}).`,
    }),
    clockOff: ({ offsetMs }, f) => ({
      summary: `ساعة الجهاز ${offsetMs > 0 ? 'متأخرة' : 'متقدمة'} عن الخادم بـ ${f.duration(Math.abs(offsetMs))}.`,
      fix: 'اضبط ساعة الجهاز تلقائياً من إعدادات النظام: الإضافة تحكم على عمر الطلبات بها.',
    }),
    clockHidden: () => ({ summary: 'الخادم لا يسمح للمتصفح بقراءة ساعته، فلم يُقارن الوقت.' }),
    notChecked: ({ after }) => ({ summary: `لم يُفحص: يعتمد على «${AR_CHECK[after]}».` }),
  } satisfies FindingText,
  eventLog: 'سجل الأحداث',
  eventLogHint: (count: string) => `آخر ${count} حدث (الاتصال، الطلبات، الأخطاء). لا يحوي رمز الدخول.`,
  eventLogEmpty: 'لا أحداث بعد.',
  report: 'تقرير للدعم',
  reportHint: 'التقرير لا يحوي رمز الدخول، وأرقام الهواتف فيه مخفية إلا آخر رقمين.',
  copyReport: 'نسخ التقرير',
  downloadReport: 'تنزيل التقرير',
  copied: 'نُسخ التقرير.',
  copyFailed: 'تعذر النسخ: استخدم «تنزيل التقرير».',
};

export type DiagnosticsText = typeof DIAGNOSTICS_AR;

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
  clock: 'Computer clock',
};

export const DIAGNOSTICS_EN: DiagnosticsText = {
  ...TROUBLESHOOTER_TEXT.en,
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
      fix: 'Nothing is wrong with your account and signing in again will not help: tell the system administrator about the JWT “sub” defect.',
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
      fix: 'Most likely a proxy or firewall blocks WebSockets, or the server lacks WebSocket support: tell the network administrator.',
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
      summary: `The extension is connected and the server counts ${f.number(activeConnections)} connection(s). ${lastOrderAt === null ? 'No order has arrived yet.' : `Last order arrived ${f.relative(lastOrderAt)}.`}`,
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
    soundPlayed: ({ volume, quiet }) => ({
      summary: `A test sound played at volume ${volume}%.`,
      fix: quiet
        ? 'Alerts are paused right now (snooze or quiet hours): orders make no sound until that ends.'
        : 'If you did not hear it: turn up the computer’s volume and check the speakers.',
    }),
    soundOff: () => ({
      summary: 'The order sound is turned off in the extension.',
      fix: 'Turn it on in the popup (the “Sound off” button) or in the settings.',
    }),
    volumeZero: () => ({ summary: 'The extension’s volume is zero.', fix: 'Turn it up in the settings.' }),
    soundFailed: ({ error }) => ({
      summary: `The sound could not play: ${error}`,
      fix: 'The browser blocks audio or lacks Web Audio: check the sound device and the browser’s sound settings.',
    }),
    dedupeStore: ({ count, capacity, duplicates }, f) => ({
      summary: `The extension remembers ${f.number(count)} order(s) (up to ${f.number(capacity)}) and announces none twice${duplicates ? `; it ignored ${f.number(duplicates)} repeat(s) from the server since the browser started` : ''}.`,
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

/** A finding in words: one typed lookup, so every cause has its sentence in both languages. */
export function describeFinding(text: DiagnosticsText, finding: Finding, format: Formatters): FindingWords {
  const describe = text.finding[finding.cause] as (f: Finding, format: Formatters) => FindingWords;
  return describe(finding, format);
}

export const DIAGNOSTICS_TEXT: Record<Language, DiagnosticsText> = { ar: DIAGNOSTICS_AR, en: DIAGNOSTICS_EN };
