import type { SignInFailure } from '../shop/signIn';
import type { SoundName } from '../alerts/alertSound';
import { CONNECTION_TEXT_AR } from './connectionTextAr';
import { SNOOZE_CHOICE_AR, TROUBLESHOOTER_TEXT_AR } from './sharedTextAr';

type SignInProblem = SignInFailure | 'invalidUrl' | 'insecureUrl' | 'urlExtras';

/**
 * The options page's words in Arabic, a chunk of its own that the page loads when its language
 * is Arabic. Its shape is the catalog's type, which English must match.
 */
export const OPTIONS_TEXT_AR = {
  signInProblem: {
    badUsername: 'صيغة اسم المستخدم غير صحيحة: أدخل رقم الهاتف (09…) أو البريد الإلكتروني.',
    badCredentials: 'اسم المستخدم أو كلمة المرور غير صحيحة.',
    inactive: 'هذا الحساب غير مفعّل. راجع مدير المطبعة.',
    notStaff: 'هذا الحساب ليس حساب موظف: إشعارات الطلبات متاحة لموظفي المطبعة ومديريها فقط.',
    wrongUrl: 'لا يوجد خادم المطبعة على هذا العنوان. تحقق منه: ينتهي عادةً بـ /api (مثل https://www.khawam.net/api).',
    serverError: 'حدث خطأ في الخادم. حاول مرة أخرى بعد قليل.',
    unexpectedResponse: 'أجاب الخادم بشكل غير متوقع. تحقق من عنوان الخادم.',
    unreachable: 'تعذر الوصول إلى الخادم. تحقق من العنوان ومن اتصال الإنترنت.',
    redirected:
      'أعاد الخادم توجيه طلب تسجيل الدخول إلى عنوان آخر، فلم تُرسَل كلمة المرور إليه. تحقق من عنوان الخادم، أو راجع مدير النظام.',
    invalidUrl: 'عنوان الخادم غير صالح.',
    insecureUrl: 'يجب أن يبدأ عنوان الخادم بـ https:// (يُسمح بـ http:// فقط لخادم على هذا الجهاز).',
    urlExtras: 'عنوان الخادم لا يحمل استعلاماً (?) ولا مقطعاً (#) ولا اسم مستخدم وكلمة مرور (@): أزلها.',
  } satisfies Record<SignInProblem, string>,
  troubleshooter: TROUBLESHOOTER_TEXT_AR,
  connection: CONNECTION_TEXT_AR,
  snoozeChoice: SNOOZE_CHOICE_AR,
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

export type OptionsText = typeof OPTIONS_TEXT_AR;
