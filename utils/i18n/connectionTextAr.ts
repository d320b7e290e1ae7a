import type { ConnectionAction, RejectionReason } from '../connection/connectionStatus';
import type { ListReadingCause, RetryOnlyProblem } from '../connection/listReading';
import { EXTENSION_NAME_AR } from './sharedTextAr';

/** Why orders come from the list, what that costs, and who can fix it: one sentence. */
const listRead = (cause: string, fix: string) =>
  `${cause} — تُقرأ قائمة الطلبات كل ١٥ ثانية، فقد يصل الطلب متأخراً حتى ١٥ ثانية. ${fix}، كما في دليل المسؤول (ADMIN.md).`;

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
    dropped: 'انقطع الاتصال بخادم المطبعة.',
    silent: 'توقف الخادم عن الرد دون أن يغلق الاتصال.',
  } satisfies Record<RetryOnlyProblem, string>,
  /** The stream is unusable and orders come by reading the order list (docs/ADMIN.md says how to fix each). */
  listReading: {
    noLiveRoute: listRead(
      'لا يوجد لدى هذا الخادم مسار للتحديثات الفورية',
      'على مدير النظام: يجب أن يضمّ ملف main.py في الخادم موجّه الإشعارات (notifications router)',
    ),
    serverDefect: listRead(
      'التحديثات الفورية مرفوضة من الخادم (خلل رقم المستخدم في JWT)',
      'ليست مشكلة في حسابك: اطلب من مدير النظام تطبيق الإصلاح',
    ),
    upgradeRefused: listRead(
      'التحديثات الفورية محجوبة في الطريق (وكيل أو جدار حماية يرفض WebSocket)',
      'اطلب من مسؤول الشبكة السماح بـ WebSocket',
    ),
    upgradeUnanswered: listRead(
      'طلب التحديثات الفورية لا يلقى جواباً (وكيل يبتلع WebSocket)',
      'اطلب من مسؤول الشبكة السماح بـ WebSocket',
    ),
  } satisfies Record<ListReadingCause, string>,
  /** An account whose token the server refuses for changes (its JWT user-id defect): orders still arrive. */
  changesRefused:
    'يرفض الخادم رمز دخولك عند تعديل الطلبات (خلل رقم المستخدم في JWT): تصلك الطلبات كلها، لكن حساب المالك وحده يقبلها على هذا الخادم، ولوحة التحكم كذلك. على مدير النظام تطبيق الإصلاح في دليل المسؤول (ADMIN.md).',
  rejection: {
    tokenExpired: 'انتهت صلاحية تسجيل الدخول. سجّل الدخول من جديد لتصلك الطلبات.',
    tokenRejected: 'رفض الخادم تسجيل دخولك (انتهى أو أُلغي). سجّل الدخول من جديد.',
    notStaff: 'هذا الحساب ليس حساب موظف، فلا يستقبل الطلبات. سجّل الدخول بحساب موظف.',
    accountInactive: 'هذا الحساب غير مفعّل. راجع مدير المطبعة.',
    wrongUrl: 'لا يوجد خادم المطبعة على العنوان المحدد (هل ينقصه /api؟). صحّحه في الإعدادات.',
  } satisfies Record<Exclude<RejectionReason, 'serverDefect'>, string>,
  action: { signIn: 'تسجيل الدخول', openSettings: 'فتح الإعدادات', retryNow: 'أعد المحاولة الآن' } satisfies Record<
    ConnectionAction,
    string
  >,
  toolbarTitle: (text: string) => `${EXTENSION_NAME_AR}: ${text}`,
};

export type ConnectionText = typeof CONNECTION_TEXT_AR;
