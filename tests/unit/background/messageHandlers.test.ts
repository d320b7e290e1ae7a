import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerMessageHandlers, type MessageHandlers } from '../../../utils/background/messageHandlers';
import { removeAllListeners } from '../../../utils/messaging';

const EXTENSION = { id: 'abc', origin: 'chrome-extension://abc/' };
const POPUP = { id: 'abc', url: 'chrome-extension://abc/popup.html' };
const WEB_PAGE = { id: 'abc', url: 'https://shop.example/dashboard', tab: { url: 'https://shop.example/dashboard' } };

/** A message as `@webext-core/messaging` sends it, delivered with this sender; the handler's answer. */
function deliver(type: string, data: unknown, sender: object) {
  return new Promise<{ res?: unknown; err?: { message: string } }>((answer) => {
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
    trigger({ id: 1, type, data, timestamp: Date.now() }, sender, answer).catch(() => undefined);
  });
}

describe('the worker’s message table', () => {
  let handlers: MessageHandlers;
  beforeEach(() => {
    fakeBrowser.reset();
    const answer = vi.fn(async () => undefined);
    handlers = {
      markSeen: answer,
      openOrder: answer,
      retryNow: answer,
      acceptOrder: vi.fn(async () => ({ ok: true as const })),
      refreshOrderStatuses: answer,
      connectionServer: vi.fn(async () => null),
      testSound: vi.fn(async () => ({ ok: true as const })),
      dashboardToken: answer,
      updateSettings: answer,
      signedIn: answer,
      signOut: answer,
      snooze: answer,
    };
    registerMessageHandlers(EXTENSION, handlers);
  });
  afterEach(() => removeAllListeners());

  it('answers the extension’s pages with the checked payload', async () => {
    expect(await deliver('updateSettings', { soundVolume: 30 }, POPUP)).toEqual({ res: undefined });
    expect(handlers.updateSettings).toHaveBeenCalledWith({ soundVolume: 30 }, POPUP);
  });

  it('refuses a web page’s content script anything but the dashboard token', async () => {
    expect((await deliver('signOut', undefined, WEB_PAGE)).err?.message).toMatch(/not from the extension's pages/);
    expect(handlers.signOut).not.toHaveBeenCalled();
    await deliver('dashboardToken', 'token', WEB_PAGE);
    expect(handlers.dashboardToken).toHaveBeenCalledWith('token', WEB_PAGE);
  });

  it('refuses a setting of the wrong shape', async () => {
    expect((await deliver('updateSettings', { soundVolume: 'loud' }, POPUP)).err?.message).toMatch(
      /unexpected payload/,
    );
    expect(handlers.updateSettings).not.toHaveBeenCalled();
  });
});
