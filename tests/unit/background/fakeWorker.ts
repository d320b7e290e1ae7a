import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startWorker, type WorkerPlatform } from '../../../utils/background/startWorker';

/**
 * Starts the worker's wiring on WXT's fake browser, with what that fake leaves out stubbed
 * (the worker's start-up touches it) and the platform's socket, fetch and sound replaced.
 * `onScriptSync` hears each time the dashboard-session script registration is brought in line.
 */
export function startFakeWorker(
  platform: Partial<WorkerPlatform> & Pick<WorkerPlatform, 'fetch'>,
  { onScriptSync = () => undefined }: { onScriptSync?: () => void } = {},
): void {
  const event = () => ({ addListener: () => undefined, removeListener: () => undefined });
  Object.assign(fakeBrowser.i18n, { getUILanguage: () => 'ar' });
  Object.assign(fakeBrowser.permissions, { onAdded: event(), onRemoved: event(), contains: async () => false });
  Object.assign(fakeBrowser.idle, { onStateChanged: event() });
  Object.assign(fakeBrowser.scripting, { unregisterContentScripts: async () => void onScriptSync() });
  startWorker(fakeBrowser as never, {
    openSocket: () => ({ send: () => undefined, close: () => undefined }),
    playSound: async () => ({ ok: true }),
    network: { isOnline: () => true, onChange: () => undefined },
    ...platform,
  });
}
