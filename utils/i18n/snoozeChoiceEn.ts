import type { SNOOZE_CHOICE_AR } from './snoozeChoiceAr';

export const SNOOZE_CHOICE_EN: typeof SNOOZE_CHOICE_AR = {
  '15m': '15 minutes',
  '1h': '1 hour',
  tomorrow: 'Until tomorrow morning',
};
