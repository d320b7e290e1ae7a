import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DiagnosticsPage } from './pages/DiagnosticsPage';

/** WCAG 2.1 A and AA: contrast, names, labels, language of the page. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => `${node.target.join(' ')} (${node.any[0]?.message ?? ''})`).join(', ')}`,
  );
}

for (const locale of ['ar', 'en'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${locale}, ${colorScheme}`, () => {
      test.use({ browserLocale: locale });

      test('popup, options and troubleshooter meet WCAG AA', async ({
        backend,
        extension,
        signInAsEmployee,
        optionsPage,
        openPopup,
      }) => {
        await signInAsEmployee();
        backend.createOrder({ delivery_type: 'delivery' });
        const handled = backend.createOrder();
        await expect.poll(() => extension.badgeText()).toBe('2');
        backend.setOrderStatus(handled.order_id, 'accepted');
        const popup = await openPopup();
        // A new order and one a colleague handled (the popup re-reads statuses when it opens).
        await expect(popup.order(handled.order_id)).toHaveClass(/handled/);
        const diagnostics = await DiagnosticsPage.open(extension);
        // Results of several kinds on screen: passes, the pending ping, the unchecked clock.
        await expect(diagnostics.check('sound')).toHaveAttribute('data-status', 'pass');
        for (const page of [popup.page, optionsPage.page, diagnostics.page]) {
          await page.emulateMedia({ colorScheme });
          expect(await violations(page)).toEqual([]);
        }
      });
    });
  }
}

test('the popup can be used from the keyboard alone', async ({ backend, signInAsEmployee, openPopup, extension }) => {
  await signInAsEmployee();
  const order = backend.createOrder();
  const popup = await openPopup();
  await popup.order(order.order_id).waitFor();
  const opened = extension.context.waitForEvent('page');
  // Tab to the order and open it with Enter, as a staff member without a mouse would.
  for (let step = 0; step < 10; step++) {
    await popup.page.keyboard.press('Tab');
    if (await popup.openButton(order.order_id).evaluate((button) => button === document.activeElement)) break;
  }
  await expect(popup.openButton(order.order_id)).toBeFocused();
  await popup.page.keyboard.press('Enter');
  await expect.poll(async () => (await opened).url()).toContain(`/dashboard/orders/${order.order_id}`);
});
