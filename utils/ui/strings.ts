import type { SignInFailure } from '../shop/signIn';

/** Arabic UI text; the English locale arrives with the localisation work. */
export const SIGN_IN_FAILURE_TEXT: Record<SignInFailure | 'invalidUrl' | 'insecureUrl', string> = {
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
};

export const ACCOUNT_ALERT_TEXT = {
  signInRequired: {
    title: 'سجّل الدخول من جديد',
    message: 'لن تصلك الطلبات حتى تسجّل الدخول من جديد في إعدادات الإضافة.',
  },
  serverDefect: {
    title: 'خلل في خادم المطبعة',
    message: 'الخادم يرفض رمز الدخول الذي أصدره للتو. ليست مشكلة في حسابك: أبلغ مدير النظام.',
  },
  accountRefused: {
    title: 'الحساب لا يستقبل الطلبات',
    message: 'هذا الحساب ليس حساب موظف مفعّل. سجّل الدخول بحساب موظف.',
  },
  wrongUrl: {
    title: 'عنوان الخادم خاطئ',
    message: 'لا يوجد خادم المطبعة على العنوان المحدد. صحّحه في إعدادات الإضافة.',
  },
  expiringSoon: {
    title: 'تسجيل الدخول ينتهي قريباً',
    message: 'ينتهي تسجيل دخولك في {date}. سجّل الدخول من جديد قبل ذلك كي لا تفوتك الطلبات.',
  },
} as const;

export const SERVER_DEFECT_AT_SIGN_IN =
  'خلل في خادم المطبعة: قبل كلمة المرور وأصدر رمز الدخول ثم رفضه فوراً (خلل رقم المستخدم في JWT). ليست مشكلة في حسابك ولا يفيد تكرار المحاولة: أبلغ مدير النظام.';
