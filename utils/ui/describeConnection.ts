import type { RejectionReason, RetryProblem } from '../connection/diagnoseHandshakeFailure';
import type { ConnectionStatus } from '../storage';

export type ConnectionTone = 'ok' | 'busy' | 'problem' | 'idle';
/** What the staff member can do about a state; the popup turns it into a button. */
export type ConnectionAction = 'signIn' | 'openSettings' | 'retryNow';

export interface ConnectionDescription {
  text: string;
  tone: ConnectionTone;
  action?: ConnectionAction;
}

const RETRY_PROBLEM_TEXT: Record<RetryProblem, string> = {
  serverUnreachable: 'تعذر الوصول إلى خادم المطبعة: الخادم متوقف أو الشبكة مقطوعة.',
  serverError: 'خادم المطبعة أبلغ عن خطأ داخلي.',
  upgradeRefused:
    'الخادم يعمل وحسابك سليم، لكن قناة الإشعارات (WebSocket) مرفوضة في الطريق: غالباً وكيل (proxy) أو جدار حماية. أبلغ مسؤول الشبكة.',
  dropped: 'انقطع الاتصال بخادم المطبعة.',
  silent: 'توقف الخادم عن الرد دون أن يغلق الاتصال.',
};

const REJECTION: Record<RejectionReason, { text: string; action?: ConnectionAction }> = {
  tokenExpired: { text: 'انتهت صلاحية تسجيل الدخول. سجّل الدخول من جديد لتصلك الطلبات.', action: 'signIn' },
  tokenRejected: { text: 'رفض الخادم تسجيل دخولك (انتهى أو أُلغي). سجّل الدخول من جديد.', action: 'signIn' },
  serverDefect: {
    text: 'خلل في خادم المطبعة: أصدر رمز الدخول ثم رفضه فوراً (خلل رقم المستخدم في JWT). ليست مشكلة في حسابك: أبلغ مدير النظام.',
  },
  notStaff: { text: 'هذا الحساب ليس حساب موظف، فلا يستقبل الطلبات. سجّل الدخول بحساب موظف.', action: 'signIn' },
  accountInactive: { text: 'هذا الحساب غير مفعّل. راجع مدير المطبعة.', action: 'signIn' },
  wrongUrl: {
    text: 'لا يوجد خادم المطبعة على العنوان المحدد (هل ينقصه /api؟). صحّحه في الإعدادات.',
    action: 'openSettings',
  },
};

function seconds(until: number, now: number): number {
  return Math.max(0, Math.ceil((until - now) / 1000));
}

/** The connection state in plain words for the popup and the toolbar, with its fix. */
export function describeConnection(
  status: ConnectionStatus,
  now: number,
  { countdown = true }: { countdown?: boolean } = {},
): ConnectionDescription {
  switch (status.state) {
    case 'signedOut':
      return { text: 'لم تسجّل الدخول بعد: سجّل الدخول لتصلك الطلبات.', tone: 'idle', action: 'signIn' };
    case 'connecting':
      return { text: 'جارٍ الاتصال بخادم المطبعة…', tone: 'busy' };
    case 'open':
      return { text: 'متصل: ستصلك الطلبات الجديدة فور وصولها.', tone: 'ok' };
    case 'offline':
      return { text: 'لا يوجد اتصال بالإنترنت على هذا الجهاز. سيُعاد الاتصال تلقائياً عند عودته.', tone: 'problem' };
    case 'waiting':
      return {
        text: countdown
          ? `${RETRY_PROBLEM_TEXT[status.problem]} إعادة المحاولة خلال ${seconds(status.nextAttemptAt, now)} ث.`
          : `${RETRY_PROBLEM_TEXT[status.problem]} تُعاد المحاولة تلقائياً.`,
        tone: 'problem',
        action: 'retryNow',
      };
    case 'rejected':
      return { ...REJECTION[status.reason], tone: 'problem' };
  }
}
