import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { accountAlertNotifications } from '../../../utils/background/accountAlertNotifications';
import type { ConnectionSnapshot } from '../../../utils/connection/connectionStatus';

const rejected: ConnectionSnapshot = {
  status: { state: 'rejected', reason: 'tokenRejected', nextAttemptAt: 0 },
  attempt: 1,
  outageStartedAt: 0,
  credentialsId: 9,
};
const open: ConnectionSnapshot = { ...rejected, status: { state: 'open', since: 0 } };

describe('accountAlertNotifications', () => {
  let notified: string[];
  let account: ReturnType<typeof accountAlertNotifications>;

  beforeEach(() => {
    fakeBrowser.reset();
    notified = [];
    account = accountAlertNotifications(fakeBrowser as never, {
      language: () => 'en',
      notified: { getValue: async () => notified, setValue: async (keys) => void (notified = keys) },
      failed: () => (error) => {
        throw error;
      },
    });
  });

  const shown = async () => Object.keys(await fakeBrowser.notifications.getAll());

  it('tells the staff member once per sign-in to sign in again, not on every retry', async () => {
    account.follow(rejected, 'opaque', 0);
    await vi.waitFor(async () => expect(await shown()).toEqual(['account-signInRequired']));
    await fakeBrowser.notifications.clear('account-signInRequired');
    account.follow(rejected, 'opaque', 0);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await shown()).toEqual([]);
    expect(notified).toEqual(['9:signInRequired']);
  });

  it('takes the problem notice down once the connection is open again', async () => {
    account.follow(rejected, 'opaque', 0);
    await vi.waitFor(async () => expect(await shown()).toHaveLength(1));
    account.follow(open, 'opaque', 0);
    await vi.waitFor(async () => expect(await shown()).toEqual([]));
  });
});
