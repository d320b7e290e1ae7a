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
