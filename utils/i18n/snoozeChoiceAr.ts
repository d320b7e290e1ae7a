import type { SnoozeChoice } from '../alerts/quietTime';

/** The snooze lengths on offer, in the popup's menu and on the options page. */
export const SNOOZE_CHOICE_AR = { '15m': '١٥ دقيقة', '1h': 'ساعة', tomorrow: 'حتى صباح الغد' } satisfies Record<
  SnoozeChoice,
  string
>;
