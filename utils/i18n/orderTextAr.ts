import type { OrderStatus, StatusChangeProblem } from '../shop/orderStatuses';
import { CONNECTION_TEXT_AR } from './connectionTextAr';

/** An order's words in Arabic; its shape is the catalog's type, which English must match. */
export const ORDER_TEXT_AR = {
  order: {
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
    redirected: 'أعاد الخادم توجيه الطلب إلى عنوان آخر، فلم يُرسَل إليه. راجع مدير النظام.',
    interrupted: 'انقطع القبول قبل أن يجيب الخادم. حاول مرة أخرى.',
    // Only the owner's account can change orders there; the dashboard's accept is refused as well.
    serverDefect: CONNECTION_TEXT_AR.changesRefused,
  } satisfies Record<StatusChangeProblem, string>,
};

export type OrderText = typeof ORDER_TEXT_AR;
