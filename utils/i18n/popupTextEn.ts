import { CONNECTION_TEXT_EN } from './connectionTextEn';
import { EXTENSION_NAME } from './extensionName';
import { ORDER_TEXT_EN } from './orderTextEn';
import type { PopupText } from './popupTextAr';
import { SNOOZE_CHOICE_EN } from './snoozeChoiceEn';
import { TROUBLESHOOTER_TEXT_EN } from './troubleshooterTextEn';

/** The popup's words in English. */
export const POPUP_TEXT_EN: PopupText = {
  extensionName: EXTENSION_NAME.en,
  troubleshooter: TROUBLESHOOTER_TEXT_EN,
  connection: CONNECTION_TEXT_EN,
  ...ORDER_TEXT_EN,
  popup: {
    ordersLabel: 'Latest orders',
    storageFull:
      'The extension’s storage is full: new orders still alert, but could not be saved. Open the troubleshooter.',
    lastOrder: (ago: string) => `Last order arrived ${ago}.`,
    empty: 'No orders yet. They appear here the moment they arrive, with a sound and a notification.',
    markAllSeen: 'Mark all seen',
    olderOrders: 'Older orders in the dashboard',
    settings: 'Settings',
    soundOn: 'Sound on',
    soundOff: 'Sound off',
    snooze: 'Snooze',
    snoozedUntil: (time: string) => `Alerts snoozed until ${time}`,
    resume: 'Resume',
  },
  snoozeChoice: SNOOZE_CHOICE_EN,
};
