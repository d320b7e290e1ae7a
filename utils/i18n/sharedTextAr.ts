import type { SnoozeChoice } from '../alerts/quietTime';

/**
 * Arabic words more than one catalog shows; each catalog imports the ones it uses (the bundler
 * leaves the others out). `sharedTextEn.ts` matches them.
 */

/** The extension's name (the manifest's `_locales` carry it for the browser's own UI). */
export const EXTENSION_NAME_AR = 'إشعارات خوام';

/** The troubleshooter's name and purpose: its own page, and the links to it from the popup and options. */
export const TROUBLESHOOTER_TEXT_AR = {
  title: 'فحص المشكلات',
  intro: 'تفحص الإضافة كل ما يلزم كي يصلك كل طلب جديد، وتسمّي السبب والحل. لا حاجة لأدوات المطوّر.',
};

/** The snooze lengths on offer, in the popup's menu and on the options page. */
export const SNOOZE_CHOICE_AR = { '15m': '١٥ دقيقة', '1h': 'ساعة', tomorrow: 'حتى صباح الغد' } satisfies Record<
  SnoozeChoice,
  string
>;
