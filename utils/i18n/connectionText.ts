import type { RejectionReason, RetryProblem } from '../connection/connectionStatus';
import type { ListReadingCause } from '../connection/listReading';
import { EXTENSION_NAME } from './extensionName';
import type { Language } from './language';

/** What the staff member can do about a state: the popup shows it as a button. */
export type ConnectionAction = 'signIn' | 'openSettings' | 'retryNow';

const ar = {
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
    dropped: 'انقطع الاتصال بخادم المطبعة.',
    silent: 'توقف الخادم عن الرد دون أن يغلق الاتصال.',
  } satisfies Record<RetryProblem, string>,
  /** The stream is refused and orders come by reading the order list (docs/ADMIN.md says how to fix each). */
  listReading: {
    serverDefect:
      'التحديثات الفورية مرفوضة من الخادم (خلل رقم المستخدم في JWT لدى خادم المطبعة): تُقرأ قائمة الطلبات كل ١٥ ثانية، فقد يتأخر الطلب حتى ١٥ ثانية. ليست مشكلة في حسابك: اطلب من مدير النظام تطبيق الإصلاح المذكور في دليل المسؤول (ADMIN.md).',
    upgradeRefused:
      'التحديثات الفورية محجوبة في الطريق (وكيل أو جدار حماية يرفض WebSocket): تُقرأ قائمة الطلبات كل ١٥ ثانية، فقد يتأخر الطلب حتى ١٥ ثانية. اطلب من مسؤول الشبكة السماح بـ WebSocket كما في دليل المسؤول (ADMIN.md).',
    upgradeUnanswered:
      'طلب التحديثات الفورية لا يلقى جواباً (وكيل يبتلع WebSocket): تُقرأ قائمة الطلبات كل ١٥ ثانية، فقد يتأخر الطلب حتى ١٥ ثانية. اطلب من مسؤول الشبكة السماح بـ WebSocket كما في دليل المسؤول (ADMIN.md).',
  } satisfies Record<ListReadingCause, string>,
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

export type ConnectionText = typeof ar;

/** Whether orders can arrive, in words: the popup, the toolbar's tooltip and the troubleshooter share them. */
export const CONNECTION_TEXT: Record<Language, ConnectionText> = {
  ar,
  en: {
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
      dropped: 'The connection to the shop server was lost.',
      silent: 'The server stopped answering without closing the connection.',
    },
    listReading: {
      serverDefect:
        "Live updates refused by the server (the shop server's JWT user-id defect): reading the order list every 15 s, so orders may arrive up to 15 s late. Nothing is wrong with your account: ask the administrator to apply the fix in the admin guide (ADMIN.md).",
      upgradeRefused:
        'Live updates are blocked on the way (a proxy or firewall refuses the WebSocket): reading the order list every 15 s, so orders may arrive up to 15 s late. Ask the network administrator to allow WebSocket as the admin guide (ADMIN.md) says.',
      upgradeUnanswered:
        'The request for live updates gets no answer (a proxy swallows the WebSocket): reading the order list every 15 s, so orders may arrive up to 15 s late. Ask the network administrator to allow WebSocket as the admin guide (ADMIN.md) says.',
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
    toolbarTitle: (text: string) => `${EXTENSION_NAME.en}: ${text}`,
  },
};
