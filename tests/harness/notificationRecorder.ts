import type { ExtensionBrowser } from './extensionBrowser';

/** One `chrome.notifications.create` call as the worker made it, with when Chrome confirmed it. */
export interface RecordedNotification {
  id: string;
  title?: string;
  message?: string;
  contextMessage?: string;
  calledAt: number;
  createdAt: number;
}

/**
 * Wraps `chrome.notifications.create` in the worker to record every notification: its text
 * (headless Chromium shows none to read) and timestamps. Plain script text: it runs
 * untranspiled. Recording ends when the worker stops.
 */
const RECORDER = `(() => {
  if (globalThis.notificationRecord) return;
  const log = [];
  globalThis.notificationRecord = log;
  const stamp = () => performance.timeOrigin + performance.now();
  const original = chrome.notifications.create.bind(chrome.notifications);
  chrome.notifications.create = (...args) => {
    const options = typeof args[0] === 'string' ? args[1] : args[0];
    const entry = { id: String(args[0]), title: options?.title, message: options?.message,
      contextMessage: options?.contextMessage, calledAt: stamp(), createdAt: NaN };
    log.push(entry);
    const callback = args.at(-1);
    if (typeof callback === 'function') {
      return original(...args.slice(0, -1), (...results) => { entry.createdAt = stamp(); return callback(...results); });
    }
    const result = original(...args);
    result.then(() => { entry.createdAt = stamp(); });
    return result;
  };
})()`;

export async function recordNotifications(extension: ExtensionBrowser): Promise<void> {
  await (await extension.serviceWorker()).evaluate(RECORDER);
}

export async function recordedNotifications(extension: ExtensionBrowser): Promise<RecordedNotification[]> {
  return (await extension.serviceWorker()).evaluate(
    () => (globalThis as unknown as { notificationRecord?: RecordedNotification[] }).notificationRecord ?? [],
  );
}
