import type { ConnectionAction, RejectionReason, RetryProblem } from '../connection/connectionStatus';
import type { ListReadingCause } from '../connection/listReading';
import { EXTENSION_NAME } from './extensionName';

/** Whether orders can arrive, in Arabic; its shape is the catalog's type, which English must match. */
export const CONNECTION_TEXT_AR = {
  signedOut: 'لم تسجّل الدخول بعد: سجّل الدخول لتصلك الطلبات.',
  serverChanged: 'نقل مسؤول النظام الإضافة إلى خادم آخر: سجّل الدخول عليه لتصلك الطلبات.',
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
    upgradeUnanswered:
      'الخادم يعمل وحسابك سليم، لكن طلب فتح قناة الإشعارات (WebSocket) لا يلقى أي جواب: غالباً وكيل (proxy) يحجبه. أبلغ مسؤول الشبكة.',
    noLiveRoute: 'لا يوجد لدى هذا الخادم مسار للتحديثات الفورية (ملف main.py فيه لا يضمّ موجّه الإشعارات).',
    dropped: 'انقطع الاتصال بخادم المطبعة.',
    silent: 'توقف الخادم عن الرد دون أن يغلق الاتصال.',
  } satisfies Record<RetryProblem, string>,
  /** The stream is refused and orders come by reading the order list (docs/ADMIN.md says how to fix each). */
  listReading: {
    noLiveRoute:
      'لا يوجد لدى هذا الخادم مسار للتحديثات الفورية — تُقرأ قائمة الطلبات كل ١٥ ثانية، فقد يصل الطلب متأخراً حتى ١٥ ثانية. على مدير النظام: يجب أن يضمّ ملف main.py في الخادم موجّه الإشعارات (notifications router)، كما في دليل المسؤول (ADMIN.md).',
    serverDefect:
      'التحديثات الفورية مرفوضة من الخادم (خلل رقم المستخدم في JWT لدى خادم المطبعة): تُقرأ قائمة الطلبات كل ١٥ ثانية، فقد يتأخر الطلب حتى ١٥ ثانية. ليست مشكلة في حسابك: اطلب من مدير النظام تطبيق الإصلاح المذكور في دليل المسؤول (ADMIN.md).',
    upgradeRefused:
      'التحديثات الفورية محجوبة في الطريق (وكيل أو جدار حماية يرفض WebSocket): تُقرأ قائمة الطلبات كل ١٥ ثانية، فقد يتأخر الطلب حتى ١٥ ثانية. اطلب من مسؤول الشبكة السماح بـ WebSocket كما في دليل المسؤول (ADMIN.md).',
    upgradeUnanswered:
      'طلب التحديثات الفورية لا يلقى جواباً (وكيل يبتلع WebSocket): تُقرأ قائمة الطلبات كل ١٥ ثانية، فقد يتأخر الطلب حتى ١٥ ثانية. اطلب من مسؤول الشبكة السماح بـ WebSocket كما في دليل المسؤول (ADMIN.md).',
  } satisfies Record<ListReadingCause, string>,
  /** An account whose token the server refuses for changes (its JWT user-id defect): orders still arrive. */
  changesRefused:
    'يرفض هذا الخادم رمز دخول حسابك عند تعديل الطلبات (خلل رقم المستخدم في JWT لدى الخادم): تصلك الطلبات كلها، لكن حساب المالك وحده يستطيع قبول الطلبات على هذا الخادم، ولا يفيد القبول من لوحة التحكم. على مدير النظام: تطبيق الإصلاح المذكور في دليل المسؤول (ADMIN.md).',
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
  toolbarTitle: (text: string) => `${EXTENSION_NAME.ar}: ${text}`,
};

export type ConnectionText = typeof CONNECTION_TEXT_AR;
