import { CONNECTION_TEXT_AR } from './connectionTextAr';
import { ORDER_TEXT_AR } from './orderTextAr';
import { EXTENSION_NAME_AR, SNOOZE_CHOICE_AR, TROUBLESHOOTER_TEXT_AR } from './sharedTextAr';

/**
 * The popup's words in Arabic, a chunk of its own that the popup loads when its language is
 * Arabic. Its shape is the catalog's type, which English must match.
 */
export const POPUP_TEXT_AR = {
  extensionName: EXTENSION_NAME_AR,
  troubleshooter: TROUBLESHOOTER_TEXT_AR,
  connection: CONNECTION_TEXT_AR,
  ...ORDER_TEXT_AR,
  popup: {
    ordersLabel: 'آخر الطلبات',
    storageFull: 'مساحة تخزين الإضافة ممتلئة: ما زالت الطلبات الجديدة تُعلن، لكن تعذّر حفظها. افتح «فحص المشكلات».',
    lastOrder: (ago: string) => `آخر طلب وصل ${ago}.`,
    empty: 'لا طلبات بعد. ستظهر هنا فور وصولها، ومعها صوت وإشعار.',
    markAllSeen: 'تمّت مشاهدة الكل',
    olderOrders: 'الطلبات الأقدم في لوحة التحكم',
    settings: 'الإعدادات',
    soundOn: 'الصوت مفعّل',
    soundOff: 'الصوت متوقف',
    snooze: 'إيقاف مؤقت',
    snoozedUntil: (time: string) => `التنبيهات موقوفة حتى ${time}`,
    resume: 'استئناف',
  },
  snoozeChoice: SNOOZE_CHOICE_AR,
};

export type PopupText = typeof POPUP_TEXT_AR;
