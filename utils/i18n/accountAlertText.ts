import type { AccountAlertKind } from '../connection/accountAlerts';
import type { Language } from './language';

const ar = {
  signInRequired: {
    title: 'سجّل الدخول من جديد',
    message: () => 'لن تصلك الطلبات حتى تسجّل الدخول من جديد في إعدادات الإضافة.',
  },
  serverDefect: {
    title: 'خلل في خادم المطبعة',
    message: () =>
      'الخادم يرفض رمز الدخول الذي أصدره للتو. تصلك الطلبات من قائمة الطلبات كل ١٥ ثانية. ليست مشكلة في حسابك: أبلغ مدير النظام.',
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
} satisfies Record<AccountAlertKind, { title: string; message: (date: string) => string }>;

export type AccountAlertText = typeof ar;

/** The notifications that tell staff their account cannot receive orders (shown by the worker). */
export const ACCOUNT_ALERT_TEXT: Record<Language, AccountAlertText> = {
  ar,
  en: {
    signInRequired: {
      title: 'Sign in again',
      message: () => 'No orders will reach you until you sign in again in the extension’s settings.',
    },
    serverDefect: {
      title: 'Shop server defect',
      message: () =>
        'The server refuses the sign-in it just issued. Orders still reach you from the order list every 15 s. Nothing is wrong with your account: tell the administrator.',
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
};
