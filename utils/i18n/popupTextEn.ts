import { CONNECTION_TEXT_EN } from './connectionTextEn';
import { ORDER_TEXT_EN } from './orderTextEn';
import type { PopupText } from './popupTextAr';
import { EXTENSION_NAME_EN, SNOOZE_CHOICE_EN, TROUBLESHOOTER_TEXT_EN } from './sharedTextEn';

/** The popup's words in English. */
export const POPUP_TEXT_EN: PopupText = {
  extensionName: EXTENSION_NAME_EN,
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
