import type { RejectionReason, RetryProblem } from '../connection/connectionStatus';
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
    toolbarTitle: (text: string) => `${EXTENSION_NAME.en}: ${text}`,
  },
};
