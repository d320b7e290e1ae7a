import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerFirstRun } from '../../../utils/background/firstRun';

describe('first run', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the sign-in page after an install, unless already signed in on a configured server', async () => {
    const opened = vi.fn(async () => undefined);
    Object.assign(fakeBrowser.runtime, { openOptionsPage: opened });
    let signedIn = false;
    registerFirstRun(fakeBrowser as never, {
      ready: Promise.resolve(),
      signedIn: () => signedIn,
      failed: () => () => undefined,
    });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(() => expect(opened).toHaveBeenCalledTimes(1));
    signedIn = true;
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(opened).toHaveBeenCalledTimes(1);
  });
});
