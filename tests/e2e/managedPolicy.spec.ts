import { startShopBackend, type ShopBackend } from '../../server/shopBackend';
import { canWriteChromiumPolicy, writeManagedPolicy } from '../harness/managedPolicy';
import { DEMO_EMPLOYEE, expect, missedWhileDisconnected, test, THIS_BACKEND } from './fixtures';
import { AR } from './interfaceText';

test.describe('an administrator’s managed policy', () => {
  // Both tests write the same policy file: one after the other, in one worker.
  test.describe.configure({ mode: 'default' });
  test.skip(
    !canWriteChromiumPolicy(),
    `writing ${'/etc/chromium/policies/managed'} needs root on Linux; these specs run in CI`,
  );
  test.use({
    extensionBuild: 'e2e',
    // Chrome itself drops values of the wrong type (see chrome://policy); an http dashboard passes its
    // schema but not the extension's https rule, so the extension must ignore and report it.
    managedPolicy: { apiBaseUrl: THIS_BACKEND, soundVolume: 30, dashboardUrl: 'http://dashboard.example' },
  });

  test('points the extension at its server, locks its fields, and reports invalid values', async ({
    backend,
    optionsPage,
  }) => {
    const page = optionsPage.page;
    // Managed storage can take a few seconds to arrive after launch.
    await expect(page.locator('input[name=soundVolume]')).toBeDisabled({ timeout: 15_000 });
    await expect(page.locator('input[name=apiBaseUrl]')).toHaveValue(backend.apiBaseUrl);
    await expect(page.locator('input[name=apiBaseUrl]')).toHaveAttribute('readonly', '');
    await expect(page.locator('.policy-warning')).toContainText('dashboardUrl');
    await expect(page.locator('input[name=dashboardUrl]')).toBeEnabled();

    await optionsPage.signIn({ apiBaseUrl: backend.apiBaseUrl, ...DEMO_EMPLOYEE });
    await expect(optionsPage.signedInName).toBeVisible();
    await expect.poll(() => backend.sockets().length).toBe(1);
  });

  test('a policy changed while the browser runs moves the extension to the new server, where staff sign in', async ({
    backend,
    extension,
    optionsPage,
    openPopup,
    signInAsEmployee,
  }) => {
    test.setTimeout(60_000);
    let second: ShopBackend | null = null;
    try {
      await expect(optionsPage.page.locator('input[name=soundVolume]')).toBeDisabled({ timeout: 15_000 });
      await signInAsEmployee();
      // A second deployment of the same backend (same signing secret), as the shop has run.
      second = await startShopBackend({ dataFile: null });
      writeManagedPolicy({ apiBaseUrl: second.apiBaseUrl });
      const moved = second;
      // The token the first server issued never travels to the second: signed out there, in words.
      await expect.poll(() => backend.sockets().length, { timeout: 20_000 }).toBe(0);
      const popup = await openPopup();
      await expect(popup.status).toHaveAttribute('data-state', 'signedOut');
      await expect(popup.statusText).toContainText(AR.connection.serverChanged);
      expect(moved.handshakes()).toEqual({ accepted: 0, rejected: 0 });
      await optionsPage.page.reload();
      await optionsPage.signIn({ apiBaseUrl: moved.apiBaseUrl, ...DEMO_EMPLOYEE });
      await expect.poll(() => moved.sockets().length, { timeout: 20_000 }).toBe(1);
      // Orders, and the catch-up after a drop, now come from the new server too.
      const live = moved.createOrder();
      await expect.poll(() => extension.notificationIds()).toContain(`order-${live.order_id}`);
      await missedWhileDisconnected(moved, extension);
    } finally {
      await second?.close();
    }
  });
});
