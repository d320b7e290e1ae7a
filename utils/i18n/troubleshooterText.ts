import type { Language } from './language';

/** The troubleshooter's name and purpose: its own page, and the links to it from the popup and options. */
export const TROUBLESHOOTER_TEXT: Record<Language, { title: string; intro: string }> = {
  ar: {
    title: 'فحص المشكلات',
    intro: 'تفحص الإضافة كل ما يلزم كي يصلك كل طلب جديد، وتسمّي السبب والحل. لا حاجة لأدوات المطوّر.',
  },
  en: {
    title: 'Troubleshooter',
    intro:
      'The extension checks everything it needs to bring you every new order, and names the cause and the fix. No developer tools needed.',
  },
};
