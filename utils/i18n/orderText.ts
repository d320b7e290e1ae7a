import type { OrderStatus, StatusChangeProblem } from '../shop/changeOrderStatus';
import type { Language } from './language';

const ar = {
  order: {
    defaultService: 'خدمة',
    picture: 'صورة الطلب',
    pickup: 'استلام من المحل',
    delivery: 'توصيل',
    open: 'فتح الطلب في لوحة التحكم',
    accept: 'قبول الطلب',
    accepting: 'جارٍ القبول…',
    acceptedHere: 'قبلتَه أنت',
    handledElsewhere: 'تعامل معه زميل',
    acceptFailed: (reason: string) => `لم يُقبل: ${reason}`,
    status: {
      pending: 'جديد، بانتظار القبول',
      accepted: 'مقبول',
      preparing: 'قيد التحضير',
      shipping: 'قيد التوصيل',
      awaiting_pickup: 'جاهز للاستلام',
      completed: 'مكتمل',
      cancelled: 'ملغى',
      rejected: 'مرفوض',
    } satisfies Record<OrderStatus, string>,
    unknownStatus: (status: string) => `الحالة: ${status}`,
  },
  acceptProblem: {
    signInRequired: 'رفض الخادم تسجيل دخولك. سجّل الدخول من جديد ثم اقبل الطلب.',
    notAllowed: 'هذا الحساب لا يملك صلاحية قبول الطلبات.',
    refused: 'رفض الخادم هذا الطلب.',
    notFound: 'لم يعد هذا الطلب موجوداً على الخادم.',
    serverError: 'حدث خطأ في الخادم. حاول مرة أخرى.',
    unreachable: 'تعذر الوصول إلى الخادم. تحقق من الاتصال وحاول مرة أخرى.',
    interrupted: 'انقطع القبول قبل أن يجيب الخادم. حاول مرة أخرى.',
    serverDefect:
      'لا يقبل الخادم الطلبات من هذا الحساب بسبب خلل فيه (رقم المستخدم في JWT): اقبل الطلب من لوحة التحكم، واطلب من مدير النظام تطبيق الإصلاح في دليل المسؤول.',
  } satisfies Record<StatusChangeProblem, string>,
};

export type OrderText = typeof ar;

/** An order's words, shared by its notification (worker) and its row in the popup. */
export const ORDER_TEXT: Record<Language, OrderText> = {
  ar,
  en: {
    order: {
      defaultService: 'Service',
      picture: "The order's picture",
      pickup: 'Pick-up',
      delivery: 'Delivery',
      open: 'Open the order in the dashboard',
      accept: 'Accept order',
      accepting: 'Accepting…',
      acceptedHere: 'You accepted it',
      handledElsewhere: 'A colleague handled it',
      acceptFailed: (reason: string) => `Not accepted: ${reason}`,
      status: {
        pending: 'New, waiting to be accepted',
        accepted: 'Accepted',
        preparing: 'Being prepared',
        shipping: 'Out for delivery',
        awaiting_pickup: 'Ready for pick-up',
        completed: 'Completed',
        cancelled: 'Cancelled',
        rejected: 'Rejected',
      },
      unknownStatus: (status: string) => `Status: ${status}`,
    },
    acceptProblem: {
      signInRequired: 'The server refused your sign-in. Sign in again, then accept the order.',
      notAllowed: 'This account may not accept orders.',
      refused: 'The server refused this change.',
      notFound: 'This order no longer exists on the server.',
      serverError: 'The server had an error. Try again.',
      unreachable: 'Cannot reach the server. Check the connection and try again.',
      interrupted: 'The accept was interrupted before the server answered. Try again.',
      serverDefect:
        'The server does not take accepts from this account because of its own defect (the JWT user-id defect): accept the order in the dashboard, and ask the administrator to apply the fix in the admin guide.',
    },
  },
};

/** How staff recognise an order: its number, or its id when the server sent no number. */
export function orderLabel(order: { id: number; number: string | null }): string {
  return order.number ?? `#${order.id}`;
}
