import type { TROUBLESHOOTER_TEXT_AR } from './troubleshooterTextAr';

export const TROUBLESHOOTER_TEXT_EN: typeof TROUBLESHOOTER_TEXT_AR = {
  title: 'Troubleshooter',
  intro:
    'The extension checks everything it needs to bring you every new order, and names the cause and the fix. No developer tools needed.',
};
