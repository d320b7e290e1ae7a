import type { CheckId, CheckStatus } from '../diagnostics/diagnosticTypes';
import type { FindingText } from './findingWords';
import { roleName } from './roleName';
import { CONNECTION_TEXT_AR } from './connectionTextAr';
import { EXTENSION_NAME_AR, TROUBLESHOOTER_TEXT_AR } from './sharedTextAr';

/** The troubleshooter in Arabic; its shape is the catalog's type, which English must match. */
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
  orderShape: 'شكل الطلبات من الخادم',
  backgroundMode: 'مع إغلاق النوافذ',
  spokenOrders: 'قراءة الطلبات بصوت عالٍ',
  clock: 'ساعة الجهاز',
} satisfies Record<CheckId, string>;

export const DIAGNOSTICS_AR = {
  ...TROUBLESHOOTER_TEXT_AR,
  extensionName: EXTENSION_NAME_AR,
  /** The background connection's state, as the popup says it. */
  connection: CONNECTION_TEXT_AR,
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
    // The popup's own sentence: it says what it costs and who can fix it.
    noLiveRoute: (_, f) => ({ summary: f.listReading('noLiveRoute') }),
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
      fix: 'ليست مشكلة في حسابك ولا يفيد تكرار تسجيل الدخول. تصلك الطلبات من قراءة قائمة الطلبات كل ١٥ ثانية (قد تتأخر حتى ١٥ ثانية)، والقبول من لوحة التحكم: أبلغ مدير النظام بخلل «sub» في JWT، وإصلاحه في دليل المسؤول (ADMIN.md).',
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
      fix: 'غالباً وكيل (proxy) أو جدار حماية يمنع WebSocket، أو خادم بلا دعم لها: أبلغ مسؤول الشبكة (دليل المسؤول ADMIN.md). حتى ذلك الحين تصلك الطلبات من قراءة قائمة الطلبات كل ١٥ ثانية.',
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
      summary: `اتصال الإضافة مفتوح. يعدّ الخادم ${f.number(activeConnections)} اتصالاً، لكن عدّه يُبقي اتصالات أُغلقت، فلا يثبت أن هذا الجهاز بينها: ما يثبته وصول طلب. ${lastOrderAt === null ? 'لم يصل طلب بعد.' : `آخر طلب وصل ${f.relative(lastOrderAt)}.`}`,
    }),
    broadcastMissing: ({ recovered }, f) => ({
      summary: `الخادم لا يبثّ كل طلب إلى هذا الجهاز: ${f.number(recovered)} طلباً في الساعة الأخيرة لم تصل عبر الاتصال، فالتقطتها الإضافة بقراءة قائمة الطلبات، متأخرة حتى دقيقة.`,
      fix: 'أبلغ مدير النظام: غالباً يعمل الخادم بأكثر من عملية أو نسخة لا تتشارك البث، أو يُسقط وسيطٌ الرسائل. الحلول في دليل المسؤول.',
    }),
    keptRunning: () => ({
      summary:
        'تستمر التنبيهات مع إغلاق كل النوافذ: يبقى المتصفح يعمل في الخلفية (وعلى Windows يبدأ مع تسجيل الدخول إلى الجهاز؛ على Linux وmacOS يحتاج إلى مدخل تشغيل تلقائي، انظر دليل المسؤول).',
    }),
    stopsWithWindows: () => ({
      summary: 'تتوقف التنبيهات عند إغلاق آخر نافذة للمتصفح.',
      fix: 'أبقِ نافذة مفتوحة، أو اطلب من مسؤول النظام تفعيل وضع الخلفية (BackgroundModeEnabled).',
    }),
    backgroundUnavailable: () => ({
      summary: 'يوقف Firefox الإضافات عند إغلاق آخر نافذة.',
      fix: 'أبقِ نافذة Firefox مفتوحة (ولو مصغّرة).',
    }),
    speechOff: () => ({ summary: 'قراءة الطلبات بصوت عالٍ متوقفة (تُشغَّل من صفحة الإعدادات).' }),
    speechReady: ({ voice }) => ({ summary: `تُقرأ الطلبات الجديدة بصوت عالٍ بالصوت «${voice}».` }),
    noVoice: () => ({
      summary: 'قراءة الطلبات مفعّلة، لكن لا يوجد على هذا الجهاز صوت بلغة الواجهة: لا تُقرأ الطلبات (ويبقى صوت التنبيه).',
      fix: 'ثبّت صوتاً بهذه اللغة من إعدادات النظام (الوقت واللغة ← الكلام في Windows)، أو أوقف قراءة الطلبات.',
    }),
    speechUnavailable: () => ({
      summary: 'لا يتيح هذا المتصفح للإضافات قراءة النص بصوت عالٍ: لا تُقرأ الطلبات.',
      fix: 'اعتمد على صوت التنبيه، أو استخدم Chrome أو Edge لقراءة الطلبات.',
    }),
    shapeOk: () => ({ summary: 'وصلت كل الطلبات بكل حقولها المتوقعة.' }),
    partialShape: ({ fields }, f) => ({
      summary: `يرسل الخادم الطلبات بشكل لا تفهمه الإضافة إلا جزئياً: ${fields.map(({ field, count }) => `${field} (${f.number(count)})`).join('، ')}. أُعلنت كل الطلبات رغم ذلك، بلا هذه الحقول.`,
      fix: 'أبلغ مدير النظام بأسماء الحقول هذه: تغيّر شكل الطلبات في الخادم.',
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
    soundPlayed: ({ volume, quiet, repeatsAt }, f) => ({
      summary:
        `شُغّل صوت تجريبي بمستوى ${volume}٪.` +
        (repeatsAt === null ? '' : ` يرن مجدداً ${f.relative(repeatsAt)} لطلبات لم يشاهدها أحد بعد.`),
      fix: quiet
        ? 'التنبيهات موقوفة الآن (إيقاف مؤقت أو ساعات الهدوء): لن يُسمع صوت للطلبات حتى تنتهي.'
        : 'إن لم تسمعه: ارفع صوت الجهاز وتحقق من السماعات.',
    }),
    soundOff: () => ({
      summary: 'صوت الطلبات متوقف في الإضافة.',
      fix: 'شغّله من النافذة المنبثقة (زر «الصوت متوقف») أو من الإعدادات.',
    }),
    volumeZero: () => ({ summary: 'مستوى صوت الإضافة صفر.', fix: 'ارفعه في الإعدادات.' }),
    alertSoundFailed: ({ at, error }, f) => ({
      summary: `الصوت التجريبي يعمل، لكن صوت تنبيه آخر طلب (${f.relative(at)}) لم يُشغَّل: ${error}`,
      fix: 'أبقِ المتصفح مفتوحاً بلا كتم للصوت؛ إن تكرر ذلك فأرسل التقرير إلى مسؤول النظام.',
    }),
    soundFailed: ({ error }) => ({
      summary: `تعذر تشغيل الصوت: ${error}`,
      fix: 'المتصفح يمنع الصوت أو لا يدعم Web Audio: تحقق من جهاز الصوت ومن إعدادات الصوت في المتصفح.',
    }),
    dedupeStore: ({ count, capacity, duplicates }, f) => ({
      summary: `تتذكر الإضافة ${f.number(count)} طلباً (حتى ${f.number(capacity)})، ولم تُعلن عن أي طلب مرتين${duplicates ? `؛ تجاهلت ${f.number(duplicates)} تكراراً من الخادم منذ تشغيل المتصفح` : ''}.`,
    }),
    storageFull: ({ failing }) => ({
      summary: `مساحة تخزين الإضافة ممتلئة: تعذّر حفظ ${failing.join('، ')}. ما زالت الطلبات الجديدة تُعلن، لكن القائمة قد تضيع عند إعادة تشغيل المتصفح.`,
      fix: 'أفرغ مساحة: أزل الإضافات الأخرى التي تخزن بيانات كثيرة أو أعد تثبيت هذه الإضافة، ثم أعد الفحص.',
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
