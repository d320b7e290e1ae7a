import { STORED } from '../../utils/storedValues';
import type { ShopBackend } from '../../server/shopBackend';
import type { CheckId, FindingCause } from '../../utils/diagnostics/diagnosticTypes';
import type { Session } from '../../utils/shop/session';
import type { ExtensionBrowser } from '../harness/extensionBrowser';
import { loginDirectly } from '../harness/loginDirectly';
import { DEMO_CUSTOMER, DEMO_EMPLOYEE, announcedOrder, expect, test } from './fixtures';
import { DiagnosticsPage } from './pages/DiagnosticsPage';
import { AR, findingPattern } from './interfaceText';

/** docs/PROTOCOL.md §5 asks for the cause named in seconds; the issue sets 5. */
const NAMED_WITHIN_MS = 5_000;

async function writeSession(extension: ExtensionBrowser, session: Session): Promise<void> {
  await extension.write(STORED.session, session);
}

async function sessionFor(backend: ShopBackend, credentials = DEMO_EMPLOYEE, verifiedAt: number | null = Date.now()) {
  const { access_token: token, user } = await loginDirectly(backend.apiBaseUrl, credentials);
  return { apiBaseUrl: backend.apiBaseUrl, token, user, signedInAt: Date.now(), verifiedAt };
}

/** Opens the troubleshooter and expects `check` to name `cause` as the problem within 5 s of opening. */
async function expectCauseNamed(extension: ExtensionBrowser, check: CheckId, cause: FindingCause) {
  const diagnostics = await DiagnosticsPage.open(extension);
  await expect(diagnostics.check(check)).toHaveAttribute('data-cause', cause, { timeout: NAMED_WITHIN_MS });
  await expect(diagnostics.check(check)).toHaveAttribute('data-status', 'fail');
  await expect(diagnostics.diagnosis).toHaveAttribute('data-check', check);
  return diagnostics;
}

test('a bad token is named as refused, with signing in again as the fix', async ({ backend, extension }) => {
  const session = await sessionFor(backend);
  await writeSession(extension, { ...session, token: 'not-a-token-the-server-issued', verifiedAt: 0, signedInAt: 0 });
  const diagnostics = await expectCauseNamed(extension, 'account', 'tokenRejected');
  await expect(diagnostics.diagnosis).toContainText(findingPattern(AR.diagnostics.finding.tokenRejected, 'fix'));
});

test('a customer account is named as not staff', async ({ backend, extension }) => {
  await writeSession(extension, await sessionFor(backend, DEMO_CUSTOMER));
  await expectCauseNamed(extension, 'account', 'notStaff');
});

test('a base URL without /api is named as a wrong address', async ({ backend, extension }) => {
  await writeSession(extension, { ...(await sessionFor(backend)), apiBaseUrl: backend.origin });
  const diagnostics = await expectCauseNamed(extension, 'server', 'wrongUrl');
  await expect(diagnostics.diagnosis).toContainText('/api');
});

test('a stopped server is named as unreachable', async ({ backend, extension }) => {
  await writeSession(extension, await sessionFor(backend));
  await backend.close();
  await expectCauseNamed(extension, 'server', 'serverUnreachable');
});

test.describe('on a server with the integer-sub defect', () => {
  test.use({ backendOptions: { integerSubDefect: true } });

  test('the refused fresh token is named as the server defect, not the user’s mistake', async ({
    backend,
    extension,
  }) => {
    await writeSession(extension, await sessionFor(backend, DEMO_EMPLOYEE, null));
    const diagnostics = await expectCauseNamed(extension, 'account', 'serverDefect');
    await expect(diagnostics.diagnosis).toContainText(findingPattern(AR.diagnostics.finding.serverDefect, 'fix'));
  });
});

test.describe('with a server that pings every second', () => {
  test.use({ backendOptions: { pingIntervalMs: 1_000 } });

  test('a stalled socket is named: accepted, then silent', async ({ backend, extension, signInAsEmployee }) => {
    await extension.patch(STORED.settings, { serverPingIntervalSeconds: 1 });
    await signInAsEmployee();
    backend.setStalled(true);
    await expectCauseNamed(extension, 'serverPing', 'serverSilent');
  });

  test('a healthy setup passes, is reachable from the popup, and its report never holds the token', async ({
    backend,
    extension,
    openPopup,
    signInAsEmployee,
  }) => {
    await extension.patch(STORED.settings, { serverPingIntervalSeconds: 1 });
    await signInAsEmployee();
    const order = await announcedOrder(backend, extension);

    const popup = await openPopup();
    const [page] = await Promise.all([
      extension.context.waitForEvent('page'),
      popup.page.getByRole('link', { name: AR.ui.troubleshooter.title }).click(),
    ]);
    const diagnostics = new DiagnosticsPage(page);
    await expect(diagnostics.check('serverPing')).toHaveAttribute('data-status', 'pass');
    await expect(diagnostics.check('serverPing')).toContainText(findingPattern(AR.diagnostics.finding.pingReceived));
    await expect(diagnostics.diagnosis).toHaveText(AR.diagnostics.allGood);
    await expect(diagnostics.check('liveConnection')).toHaveAttribute('data-cause', 'connected');
    await expect(diagnostics.check('dedupeStore')).toContainText(AR.integer(1));
    await expect.poll(() => extension.notificationIds()).toContain('diagnostics-test');

    const report = await diagnostics.downloadReport();
    const { token } = (await extension.read(STORED.session))!;
    expect(report).not.toContain(token);
    expect(report).toContain('[pass]');
    expect(report).toContain(`#${order.order_id} ${order.order_number}: announced`);
    expect(report).toContain('connection  open');

    // Chromium lets a focused page write the clipboard on a click, with no permission; reading
    // it back needs one that cannot be granted to an extension origin, so only the outcome is checked.
    await page.locator('button[name=copyReport]').click();
    await expect(page.getByText(AR.diagnostics.copied)).toBeVisible();
  });
});

test('a connection that keeps dropping is named, from the event log', async ({
  backend,
  extension,
  signInAsEmployee,
}) => {
  await signInAsEmployee();
  for (let drop = 1; drop <= 3; drop++) {
    backend.closeSockets(1012, 'service restart');
    await expect.poll(() => backend.closedSockets().length).toBe(drop);
    await expect.poll(() => backend.sockets().length).toBe(1);
  }
  const diagnostics = await DiagnosticsPage.open(extension);
  await expect(diagnostics.check('stability')).toHaveAttribute('data-cause', 'keepsDropping');
  await expect(diagnostics.check('stability')).toContainText('1012');
});

test('sound turned off is named, with where to turn it on', async ({ extension }) => {
  await extension.patch(STORED.settings, { soundEnabled: false });
  const diagnostics = await DiagnosticsPage.open(extension);
  await expect(diagnostics.check('sound')).toHaveAttribute('data-cause', 'soundOff', { timeout: NAMED_WITHIN_MS });
  await expect(diagnostics.check('sound')).toContainText(findingPattern(AR.diagnostics.finding.soundOff, 'fix'));
});
