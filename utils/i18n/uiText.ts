import type { RejectionReason, RetryProblem } from '../connection/diagnoseHandshakeFailure';
import type { OrderStatus, StatusChangeProblem } from '../shop/orderStatus';
import type { SignInFailure } from '../shop/signIn';
import type { SoundName } from '../sound/sounds';
import { DIAGNOSTICS_AR, DIAGNOSTICS_EN } from './diagnosticsText';
import type { Language } from './language';

export type ConnectionAction = 'signIn' | 'openSettings' | 'retryNow';
export type AccountAlertKind = 'signInRequired' | 'serverDefect' | 'accountRefused' | 'wrongUrl' | 'expiringSoon';
type SignInProblem = SignInFailure | 'invalidUrl' | 'insecureUrl' | 'serverDefect';

/** Every word the extension shows, Arabic first. `en` must have the same shape: the type checks it. */
const ar = {
  extensionName: 'إشعارات خوام',
  signInProblem: {
    badUsername: 'صيغة اسم المستخدم غير صحيحة: أدخل رقم الهاتف (09…) أو البريد الإلكتروني.',
    badCredentials: 'اسم المستخدم أو كلمة المرور غير صحيحة.',
    inactive: 'هذا الحساب غير مفعّل. راجع مدير المطبعة.',
    notStaff: 'هذا الحساب ليس حساب موظف: إشعارات الطلبات متاحة لموظفي المطبعة ومديريها فقط.',
    wrongUrl: 'لا يوجد خادم المطبعة على هذا العنوان. تحقق منه: ينتهي عادةً بـ /api (مثل https://www.khawam.net/api).',
    serverError: 'حدث خطأ في الخادم. حاول مرة أخرى بعد قليل.',
    unexpectedResponse: 'أجاب الخادم بشكل غير متوقع. تحقق من عنوان الخادم.',
    unreachable: 'تعذر الوصول إلى الخادم. تحقق من العنوان ومن اتصال الإنترنت.',
    invalidUrl: 'عنوان الخادم غير صالح.',
    insecureUrl: 'يجب أن يبدأ عنوان الخادم بـ https:// (يُسمح بـ http:// فقط لخادم على هذا الجهاز).',
    serverDefect:
      'خلل في خادم المطبعة: قبل كلمة المرور وأصدر رمز الدخول ثم رفضه فوراً (خلل رقم المستخدم في JWT). ليست مشكلة في حسابك ولا يفيد تكرار المحاولة: أبلغ مدير النظام.',
  } satisfies Record<SignInProblem, string>,
  accountAlert: {
    signInRequired: {
      title: 'سجّل الدخول من جديد',
      message: () => 'لن تصلك الطلبات حتى تسجّل الدخول من جديد في إعدادات الإضافة.',
    },
    serverDefect: {
      title: 'خلل في خادم المطبعة',
      message: () => 'الخادم يرفض رمز الدخول الذي أصدره للتو. ليست مشكلة في حسابك: أبلغ مدير النظام.',
    },
    accountRefused: {
      title: 'الحساب لا يستقبل الطلبات',
      message: () => 'هذا الحساب ليس حساب موظف مفعّل. سجّل الدخول بحساب موظف.',
    },
    wrongUrl: {
      title: 'عنوان الخادم خاطئ',
      message: () => 'لا يوجد خادم المطبعة على العنوان المحدد. صحّحه في إعدادات الإضافة.',
    },
    expiringSoon: {
      title: 'تسجيل الدخول ينتهي قريباً',
      message: (date: string) => `ينتهي تسجيل دخولك في ${date}. سجّل الدخول من جديد قبل ذلك كي لا تفوتك الطلبات.`,
    },
  } satisfies Record<AccountAlertKind, { title: string; message: (date: string) => string }>,
  connection: {
    signedOut: 'لم تسجّل الدخول بعد: سجّل الدخول لتصلك الطلبات.',
    connecting: 'جارٍ الاتصال بخادم المطبعة…',
    open: 'متصل: ستصلك الطلبات الجديدة فور وصولها.',
    openSince: (since: string) => `متصل منذ ${since}: ستصلك الطلبات الجديدة فور وصولها.`,
    offline: 'لا يوجد اتصال بالإنترنت على هذا الجهاز. سيُعاد الاتصال تلقائياً عند عودته.',
    retryIn: (seconds: string) => `إعادة المحاولة خلال ${seconds} ث.`,
    retryAutomatically: 'تُعاد المحاولة تلقائياً.',
    retryProblem: {
      serverUnreachable: 'تعذر الوصول إلى خادم المطبعة: الخادم متوقف أو الشبكة مقطوعة.',
      serverError: 'خادم المطبعة أبلغ عن خطأ داخلي.',
      upgradeRefused:
        'الخادم يعمل وحسابك سليم، لكن قناة الإشعارات (WebSocket) مرفوضة في الطريق: غالباً وكيل (proxy) أو جدار حماية. أبلغ مسؤول الشبكة.',
      dropped: 'انقطع الاتصال بخادم المطبعة.',
      silent: 'توقف الخادم عن الرد دون أن يغلق الاتصال.',
    } satisfies Record<RetryProblem, string>,
    rejection: {
      tokenExpired: 'انتهت صلاحية تسجيل الدخول. سجّل الدخول من جديد لتصلك الطلبات.',
      tokenRejected: 'رفض الخادم تسجيل دخولك (انتهى أو أُلغي). سجّل الدخول من جديد.',
      serverDefect:
        'خلل في خادم المطبعة: أصدر رمز الدخول ثم رفضه فوراً (خلل رقم المستخدم في JWT). ليست مشكلة في حسابك: أبلغ مدير النظام.',
      notStaff: 'هذا الحساب ليس حساب موظف، فلا يستقبل الطلبات. سجّل الدخول بحساب موظف.',
      accountInactive: 'هذا الحساب غير مفعّل. راجع مدير المطبعة.',
      wrongUrl: 'لا يوجد خادم المطبعة على العنوان المحدد (هل ينقصه /api؟). صحّحه في الإعدادات.',
    } satisfies Record<RejectionReason, string>,
    action: { signIn: 'تسجيل الدخول', openSettings: 'فتح الإعدادات', retryNow: 'أعد المحاولة الآن' } satisfies Record<
      ConnectionAction,
      string
    >,
    toolbarTitle: (text: string) => `إشعارات خوام: ${text}`,
  },
  order: {
    defaultService: 'خدمة',
    pickup: 'استلام من المحل',
    delivery: 'توصيل',
    open: 'فتح الطلب في لوحة التحكم',
    accept: 'قبول الطلب',
    accepting: 'جارٍ القبول…',
    acceptedHere: 'قبلتَه أنت',
    handledElsewhere: 'تعامل معه زميل',
    acceptFailed: (reason: string) => `لم يُقبل: ${reason}`,
    status: {
      pending: 'جديد، بانتظار القبول',
      accepted: 'مقبول',
      preparing: 'قيد التحضير',
      shipping: 'قيد التوصيل',
      awaiting_pickup: 'جاهز للاستلام',
      completed: 'مكتمل',
      cancelled: 'ملغى',
      rejected: 'مرفوض',
    } satisfies Record<OrderStatus, string>,
    unknownStatus: (status: string) => `الحالة: ${status}`,
  },
  acceptProblem: {
    signInRequired: 'رفض الخادم تسجيل دخولك. سجّل الدخول من جديد ثم اقبل الطلب.',
    notAllowed: 'هذا الحساب لا يملك صلاحية قبول الطلبات.',
    refused: 'رفض الخادم هذا الطلب.',
    notFound: 'لم يعد هذا الطلب موجوداً على الخادم.',
    serverError: 'حدث خطأ في الخادم. حاول مرة أخرى.',
    unreachable: 'تعذر الوصول إلى الخادم. تحقق من الاتصال وحاول مرة أخرى.',
    interrupted: 'انقطع القبول قبل أن يجيب الخادم. حاول مرة أخرى.',
  } satisfies Record<StatusChangeProblem, string>,
  popup: {
    ordersLabel: 'آخر الطلبات',
    lastOrder: (ago: string) => `آخر طلب وصل ${ago}.`,
    empty: 'لا طلبات بعد. ستظهر هنا فور وصولها، ومعها صوت وإشعار.',
    markAllSeen: 'تمّت مشاهدة الكل',
    olderOrders: 'الطلبات الأقدم في لوحة التحكم',
    settings: 'الإعدادات',
    soundOn: 'الصوت مفعّل',
    soundOff: 'الصوت متوقف',
    snooze: 'إيقاف مؤقت',
    snoozedUntil: (time: string) => `التنبيهات موقوفة حتى ${time}`,
    resume: 'استئناف',
  },
  snoozeChoice: { '15m': '١٥ دقيقة', '1h': 'ساعة', tomorrow: 'حتى صباح الغد' },
  options: {
    title: 'إعدادات إشعارات خوام',
    account: 'الحساب',
    signedInAs: 'مسجّل الدخول باسم',
    server: 'الخادم',
    tokenExpires: (date: string) => `ينتهي تسجيل الدخول في ${date}`,
    tokenOpaque: 'رمز دخول دائم (لا تاريخ انتهاء له)',
    useDashboardSession:
      'استخدام جلسة لوحة التحكم: عندما أفتح لوحة تحكم المطبعة في هذا المتصفح، تسجّل الإضافة الدخول بها',
    useDashboardSessionHint: (origin: string) =>
      `يطلب إذناً بالوصول إلى ${origin} وحده، ويتحقق من الرمز لدى الخادم قبل استخدامه.`,
    dashboardAccessDenied: 'لم يُمنح الإذن، فلن تُستخدم جلسة لوحة التحكم.',
    signOut: 'تسجيل الخروج',
    apiBaseUrl: 'عنوان الخادم (API)',
    username: 'رقم الهاتف أو البريد الإلكتروني',
    password: 'كلمة المرور',
    signIn: 'تسجيل الدخول',
    signingIn: 'جارٍ تسجيل الدخول…',
    alerts: 'التنبيهات',
    soundEnabled: 'تشغيل صوت عند وصول طلب',
    sound: 'الصوت',
    soundName: { beep: 'صفارة (كلوحة التحكم القديمة)', chime: 'نغمة', bell: 'جرس' } satisfies Record<SoundName, string>,
    volume: 'مستوى الصوت',
    testSound: 'تجربة الصوت',
    soundPlayed: 'تم تشغيل الصوت.',
    soundFailed: (error: string) => `تعذر تشغيل الصوت: ${error}`,
    repeat: (seconds: string, minutes: string) =>
      `تكرار الصوت كل ${seconds} ث حتى أشاهد الطلب (لمدة ${minutes} دقائق على الأكثر)`,
    requireInteraction: 'إبقاء الإشعار ظاهراً حتى أتعامل معه',
    snoozeLegend: 'إيقاف التنبيهات مؤقتاً (تُسجَّل الطلبات ويُعدّها الشعار، بلا صوت ولا إشعارات)',
    snoozedUntil: (time: string) => `موقوفة حتى ${time}`,
    cancelSnooze: 'إلغاء الإيقاف',
    language: 'اللغة',
    languageAuto: 'لغة المتصفح',
    serverHeading: 'الخادم',
    setByAdmin: 'يحدده مسؤول النظام',
    policyIgnored: (key: string, reason: string) => `تم تجاهل إعداد المسؤول «${key}» لأنه غير صالح: ${reason}`,
    dashboardUrl: 'عنوان لوحة التحكم (لفتح الطلبات)',
    dashboardUrlHint: (fallback: string) => `اتركه فارغاً لاستخدام ${fallback}`,
    saved: 'تم الحفظ.',
    quietHours: 'ساعات الهدوء (بلا صوت ولا إشعارات، بتوقيت هذا الجهاز)',
    quietHoursEnabled: 'تفعيل ساعات الهدوء',
    quietDay: 'اليوم',
    quietFrom: 'من',
    quietTo: 'إلى',
    removePeriod: 'حذف',
    addPeriod: 'إضافة فترة',
    weekdays: ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'],
  },
  diagnostics: DIAGNOSTICS_AR,
};

export type UiText = typeof ar;

const en: UiText = {
  extensionName: 'Khawam Notifier',
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
    invalidUrl: 'That server address is not valid.',
    insecureUrl: 'The server address must start with https:// (http:// only for a server on this computer).',
    serverDefect:
      'Server defect: the shop server accepted the password, issued a sign-in token, then refused it at once (the JWT user-id defect). Nothing is wrong with your account and retrying will not help: tell the system administrator.',
  },
  accountAlert: {
    signInRequired: {
      title: 'Sign in again',
      message: () => 'No orders will reach you until you sign in again in the extension’s settings.',
    },
    serverDefect: {
      title: 'Shop server defect',
      message: () =>
        'The server refuses the sign-in it just issued. Nothing is wrong with your account: tell the administrator.',
    },
    accountRefused: {
      title: 'This account cannot receive orders',
      message: () => 'This is not an active staff account. Sign in with a staff account.',
    },
    wrongUrl: {
      title: 'Wrong server address',
      message: () => 'There is no shop server at the configured address. Correct it in the extension’s settings.',
    },
    expiringSoon: {
      title: 'Your sign-in expires soon',
      message: (date: string) =>
        `Your sign-in expires on ${date}. Sign in again before then so you do not miss orders.`,
    },
  },
  connection: {
    signedOut: 'Not signed in yet: sign in to receive orders.',
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
      dropped: 'The connection to the shop server was lost.',
      silent: 'The server stopped answering without closing the connection.',
    },
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
    toolbarTitle: (text: string) => `Khawam Notifier: ${text}`,
  },
  order: {
    defaultService: 'Service',
    pickup: 'Pick-up',
    delivery: 'Delivery',
    open: 'Open the order in the dashboard',
    accept: 'Accept order',
    accepting: 'Accepting…',
    acceptedHere: 'You accepted it',
    handledElsewhere: 'A colleague handled it',
    acceptFailed: (reason: string) => `Not accepted: ${reason}`,
    status: {
      pending: 'New, waiting to be accepted',
      accepted: 'Accepted',
      preparing: 'Being prepared',
      shipping: 'Out for delivery',
      awaiting_pickup: 'Ready for pick-up',
      completed: 'Completed',
      cancelled: 'Cancelled',
      rejected: 'Rejected',
    },
    unknownStatus: (status: string) => `Status: ${status}`,
  },
  acceptProblem: {
    signInRequired: 'The server refused your sign-in. Sign in again, then accept the order.',
    notAllowed: 'This account may not accept orders.',
    refused: 'The server refused this change.',
    notFound: 'This order no longer exists on the server.',
    serverError: 'The server had an error. Try again.',
    unreachable: 'Cannot reach the server. Check the connection and try again.',
    interrupted: 'The accept was interrupted before the server answered. Try again.',
  },
  popup: {
    ordersLabel: 'Latest orders',
    lastOrder: (ago: string) => `Last order arrived ${ago}.`,
    empty: 'No orders yet. They appear here the moment they arrive, with a sound and a notification.',
    markAllSeen: 'Mark all seen',
    olderOrders: 'Older orders in the dashboard',
    settings: 'Settings',
    soundOn: 'Sound on',
    soundOff: 'Sound off',
    snooze: 'Snooze',
    snoozedUntil: (time: string) => `Alerts snoozed until ${time}`,
    resume: 'Resume',
  },
  snoozeChoice: { '15m': '15 minutes', '1h': '1 hour', tomorrow: 'Until tomorrow morning' },
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
    snoozeLegend: 'Snooze alerts (orders are still recorded and counted on the badge, without sound or popups)',
    snoozedUntil: (time: string) => `Snoozed until ${time}`,
    cancelSnooze: 'Cancel snooze',
    language: 'Language',
    languageAuto: 'Browser language',
    serverHeading: 'Server',
    setByAdmin: 'Set by your administrator',
    policyIgnored: (key: string, reason: string) =>
      `Your administrator's setting "${key}" was ignored because it is invalid: ${reason}`,
    dashboardUrl: 'Dashboard address (to open orders)',
    dashboardUrlHint: (fallback: string) => `Leave empty to use ${fallback}`,
    saved: 'Saved.',
    quietHours: 'Quiet hours (no sound, no popups; this computer’s time)',
    quietHoursEnabled: 'Use quiet hours',
    quietDay: 'Day',
    quietFrom: 'From',
    quietTo: 'To',
    removePeriod: 'Remove',
    addPeriod: 'Add a period',
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  },
  diagnostics: DIAGNOSTICS_EN,
};

export const UI_TEXT: Record<Language, UiText> = { ar, en };
