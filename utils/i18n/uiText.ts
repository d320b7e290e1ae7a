import type { SignInFailure } from '../shop/signIn';
import type { SoundName } from '../sound/sounds';
import { CONNECTION_TEXT } from './connectionText';
import { EXTENSION_NAME } from './extensionName';
import { ORDER_TEXT } from './orderText';
import { TROUBLESHOOTER_TEXT } from './troubleshooterText';
import type { Language } from './language';

type SignInProblem = SignInFailure | 'invalidUrl' | 'insecureUrl' | 'urlExtras';

/** The popup's and the options page's words, Arabic first. `en` must have the same shape: the type checks it. */
const ar = {
  extensionName: EXTENSION_NAME.ar,
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
    urlExtras: 'عنوان الخادم لا يحمل استعلاماً (?) ولا مقطعاً (#) ولا اسم مستخدم وكلمة مرور (@): أزلها.',
  } satisfies Record<SignInProblem, string>,
  troubleshooter: TROUBLESHOOTER_TEXT.ar,
  connection: CONNECTION_TEXT.ar,
  ...ORDER_TEXT.ar,
  popup: {
    ordersLabel: 'آخر الطلبات',
    storageFull: 'مساحة تخزين الإضافة ممتلئة: ما زالت الطلبات الجديدة تُعلن، لكن تعذّر حفظها. افتح «فحص المشكلات».',
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
    showPictures: 'عرض صورة الزبون مصغّرة في الإشعار وفي قائمة الطلبات',
    snoozeLegend: 'إيقاف التنبيهات مؤقتاً (تُسجَّل الطلبات ويُعدّها الشعار، بلا صوت ولا إشعارات)',
    snoozedUntil: (time: string) => `موقوفة حتى ${time}`,
    cancelSnooze: 'إلغاء الإيقاف',
    spokenOrders: 'قراءة الطلبات بصوت عالٍ',
    speakOrders: 'قراءة كل طلب جديد بصوت عالٍ بعد صوت التنبيه (اسم الزبون والمبلغ؛ دفعة من الطلبات تُقرأ عدداً)',
    speechVoice: 'الصوت',
    firstVoice: 'أول صوت عربي مثبّت',
    testSpeech: 'تجربة القراءة',
    speechSpoken: (text: string) => `قيل: «${text}»`,
    speechFailed: (error: string) => `تعذرت القراءة: ${error}`,
    noVoice:
      'لا يوجد على هذا الجهاز صوت عربي لقراءة الطلبات، فلن تُقرأ (ويبقى صوت التنبيه). ثبّت صوتاً عربياً من إعدادات النظام (الوقت واللغة ← الكلام في Windows)، ثم أعد فتح هذه الصفحة.',
    speechUnavailable: 'لا يتيح Firefox للإضافات قراءة النص بصوت عالٍ: يبقى صوت التنبيه والإشعار.',
    windowsClosed: 'عند إغلاق المتصفح',
    backgroundMode: {
      keptRunning:
        'تستمر التنبيهات حتى مع إغلاق كل نوافذ المتصفح: يبقى Chrome يعمل في الخلفية إلى أن تُنهيه من علبة النظام (وعلى Windows يبدأ أيضاً مع تسجيل الدخول إلى الجهاز). إن توقفت التنبيهات بإغلاق آخر نافذة، فعّل «مواصلة تشغيل تطبيقات الخلفية عند إغلاق Google Chrome» في إعدادات Chrome (النظام)، أو اطلب ذلك من مسؤول النظام.',
      stopsWithWindows:
        'تتوقف التنبيهات عند إغلاق آخر نافذة للمتصفح: أبقِ نافذة مفتوحة (ولو مصغّرة)، أو اطلب من مسؤول النظام تثبيت الإضافة مع وضع الخلفية.',
      unavailable: 'يوقف Firefox الإضافات عند إغلاق آخر نافذة: أبقِ نافذة Firefox مفتوحة (ولو مصغّرة) كي تصلك الطلبات.',
    },
    language: 'اللغة',
    languageAuto: 'لغة المتصفح',
    serverHeading: 'الخادم',
    setByAdmin: 'يحدده مسؤول النظام',
    policyIgnored: (key: string, reason: string) => `تم تجاهل إعداد المسؤول «${key}» لأنه غير صالح: ${reason}`,
    dashboardUrl: 'عنوان لوحة التحكم (لفتح الطلبات)',
    dashboardUrlHint: (fallback: string) => `اتركه فارغاً لاستخدام ${fallback}`,
    saved: 'تم الحفظ.',
    privacy: 'الخصوصية: ما تحفظه الإضافة وما ترسله، وإلى من',
    saveFailed: 'تعذّر حفظ التغيير: مساحة تخزين الإضافة ممتلئة على الأرجح. افتح «فحص المشكلات».',
    quietHours: 'ساعات الهدوء (بلا صوت ولا إشعارات، بتوقيت هذا الجهاز)',
    quietHoursEnabled: 'تفعيل ساعات الهدوء',
    quietDay: 'اليوم',
    quietFrom: 'من',
    quietTo: 'إلى',
    removePeriod: 'حذف',
    addPeriod: 'إضافة فترة',
    weekdays: ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'],
  },
};

export type UiText = typeof ar;

const en: UiText = {
  extensionName: EXTENSION_NAME.en,
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
    urlExtras:
      'The server address may not carry a query (?), a fragment (#) or a user name and password (@): remove them.',
  },
  troubleshooter: TROUBLESHOOTER_TEXT.en,
  connection: CONNECTION_TEXT.en,
  ...ORDER_TEXT.en,
  popup: {
    ordersLabel: 'Latest orders',
    storageFull:
      'The extension’s storage is full: new orders still alert, but could not be saved. Open the troubleshooter.',
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

export const UI_TEXT: Record<Language, UiText> = { ar, en };
