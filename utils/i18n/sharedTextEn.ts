import type { SNOOZE_CHOICE_AR, TROUBLESHOOTER_TEXT_AR } from './sharedTextAr';

/** English words more than one catalog shows, as `sharedTextAr.ts`. */

export const EXTENSION_NAME_EN = 'Khawam Notifier';

export const TROUBLESHOOTER_TEXT_EN: typeof TROUBLESHOOTER_TEXT_AR = {
  title: 'Troubleshooter',
  intro:
    'The extension checks everything it needs to bring you every new order, and names the cause and the fix. No developer tools needed.',
};

export const SNOOZE_CHOICE_EN: typeof SNOOZE_CHOICE_AR = {
  '15m': '15 minutes',
  '1h': '1 hour',
  tomorrow: 'Until tomorrow morning',
};
