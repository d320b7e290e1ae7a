import { STORED } from '../../utils/storedValues';
import { loginDirectly } from '../harness/loginDirectly';
import { DEMO_EMPLOYEE, expect, test } from './fixtures';

test.describe('"use my dashboard session"', () => {
  test.use({ extensionBuild: 'e2e' });

  test('once opted in, signing in on the shop dashboard signs the extension in', async ({
    backend,
    extension,
    optionsPage,
  }) => {
    await extension.patch(STORED.settings, { apiBaseUrl: backend.apiBaseUrl });
    await optionsPage.page.locator('input[name=useDashboardSession]').check();
    await expect
      .poll(async () =>
        (await extension.serviceWorker()).evaluate(async () =>
          (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id),
        ),
      )
      .toEqual(['dashboard-session']);

    // The staff member signs in on the dashboard, which keeps the token in its page storage.
    const { access_token: token } = await loginDirectly(backend.apiBaseUrl, DEMO_EMPLOYEE);
    const dashboard = await extension.context.newPage();
    await dashboard.goto(`${backend.origin}/dashboard`);
    await dashboard.evaluate((value) => localStorage.setItem('auth_token', value), token);
    await dashboard.reload();

    await expect(optionsPage.signedInName).toHaveText('سارة الموظفة');
    await expect.poll(() => backend.sockets().length).toBe(1);
  });

  test('without the opt-in, nothing runs on the dashboard', async ({ backend, extension }) => {
    await extension.patch(STORED.settings, { apiBaseUrl: backend.apiBaseUrl });
    const dashboard = await extension.context.newPage();
    await dashboard.goto(`${backend.origin}/dashboard`);
    const registered = await (
      await extension.serviceWorker()
    ).evaluate(async () => chrome.scripting.getRegisteredContentScripts());
    expect(registered).toEqual([]);
    expect(await extension.read(STORED.session)).toBeNull();
  });
});
