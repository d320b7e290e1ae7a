import type { browser as browserApi } from 'wxt/browser';

/** A notification as the extension composes it: Chrome's full set of options. */
export interface AlertNotification {
  type: 'basic' | 'list' | 'image';
  iconUrl: string;
  /** With `type: 'image'`: the picture shown large (Chrome, Edge). */
  imageUrl?: string;
  title: string;
  message: string;
  contextMessage?: string;
  items?: { title: string; message: string }[];
  buttons?: { title: string }[];
  silent?: boolean;
  requireInteraction?: boolean;
  priority?: number;
}

/**
 * Whether notifications carry buttons. Firefox shows none (and has no `update`, no
 * `requireInteraction`, no `silent`, no list type): there, Accept lives in the popup and the
 * notification says so.
 */
export const NOTIFICATION_BUTTONS = !import.meta.env.FIREFOX;

/** Whether a shown notification can be changed in place (Firefox has no `notifications.update`). */
export const NOTIFICATION_UPDATES = !import.meta.env.FIREFOX;

/** Firefox shows no image notifications: an order's picture becomes the notification's icon there. */
export const PICTURE_AS_ICON = import.meta.env.FIREFOX;

/**
 * Whether a closed notification tells a staff member's dismissal from the system's. Firefox
 * does not (headless, its notifications close at once and report "by user"): there, only the
 * popup and Accept mark an order seen, so a notification closing never silences one.
 */
export const CLOSING_IS_DISMISSAL = !import.meta.env.FIREFOX;

/** Firefox's notification: one basic message with everything Chrome shows in its other fields. */
function forFirefox(notification: AlertNotification) {
  // A summary's message already lists its orders; its items are Chrome's second rendering of them.
  const lines = [notification.message, notification.contextMessage].filter((line): line is string => Boolean(line));
  return {
    type: 'basic' as const,
    iconUrl: notification.iconUrl,
    title: notification.title,
    message: lines.join('\n'),
  };
}

/** The browser's notifications behind one small interface: every notification goes through it, per-browser differences stay here. */
export function notificationSurface(browser: typeof browserApi) {
  const firefox = import.meta.env.FIREFOX;
  const create = (id: string, notification: AlertNotification) =>
    browser.notifications.create(id, firefox ? forFirefox(notification) : notification);
  return {
    create,
    /** Shows it again in place where the browser can (no new popup), else anew; one dismissed meanwhile comes back. */
    async redraw(id: string, notification: AlertNotification): Promise<void> {
      if (!firefox && (await browser.notifications.update(id, notification))) return;
      if (firefox) await browser.notifications.clear(id);
      await create(id, notification);
    },
    /** Turns a notification still on screen into an image one; false where it is gone or cannot change in place. */
    async showImage(id: string, imageUrl: string): Promise<boolean> {
      if (!NOTIFICATION_UPDATES) return false;
      return browser.notifications.update(id, { type: 'image', imageUrl });
    },
    clear: (id: string): Promise<boolean> => browser.notifications.clear(id),
    /** The ids of the extension's notifications still shown. */
    shownIds: async (): Promise<string[]> => Object.keys(await browser.notifications.getAll()),
  };
}
