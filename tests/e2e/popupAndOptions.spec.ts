import { STORED } from '../../utils/storedValues';
import { expect, test } from './fixtures';
import { AR, INTERFACE_TEXT } from './interfaceText';

for (const locale of ['ar', 'en'] as const) {
  const text = INTERFACE_TEXT[locale];
  const words = {
    dir: locale === 'ar' ? 'rtl' : 'ltr',
    signIn: text.connection.action.signIn,
    pickup: text.order.pickup,
    rejected: text.connection.rejection.tokenRejected,
    empty: text.ui.popup.empty,
  };

  test.describe(`in a browser set to ${locale}`, () => {
    test.use({ browserLocale: locale });

    test('signed out, the popup says so and offers to sign in', async ({ openPopup }) => {
      const popup = await openPopup();
      await expect(popup.page.locator('html')).toHaveAttribute('dir', words.dir);
      await expect(popup.status).toHaveAttribute('data-state', 'signedOut');
      await expect(popup.statusAction).toHaveText(words.signIn);
    });

    test('connected, the popup lists orders with hand-over and time, and a designed empty state before', async ({
      backend,
      signInAsEmployee,
      openPopup,
    }) => {
      await signInAsEmployee();
      const before = await openPopup();
      await expect(before.page.locator('.empty')).toContainText(words.empty);
      await before.page.close();
      const order = backend.createOrder({ delivery_type: 'self', customer_name: '<b>Rana</b> 🌸' });
      const popup = await openPopup();
      await expect(popup.status).toHaveAttribute('data-state', 'open');
      const row = popup.order(order.order_id);
      await expect(row).toContainText(order.order_number);
      await expect(row).toContainText(words.pickup);
      // Customer text is text: the markup shows as typed, nothing is rendered from it.
      await expect(row.locator('.customer')).toHaveText('<b>Rana</b> 🌸');
      await expect(row.locator('b')).toHaveCount(0);
      await expect(row.locator('time')).not.toBeEmpty();
    });

    test('a refused sign-in shows the reason and the action that fixes it', async ({
      backend,
      extension,
      signInAsEmployee,
      openPopup,
    }) => {
      await signInAsEmployee();
      backend.revokeToken((await extension.read(STORED.session))!.token);
      backend.closeSockets(1011);
      const popup = await openPopup();
      await expect(popup.status).toHaveAttribute('data-state', 'rejected');
      await expect(popup.statusText).toContainText(words.rejected);
      await expect(popup.statusAction).toHaveAttribute('data-action', 'signIn');
    });

    test('the options page saves each change at once and explains invalid input inline', async ({
      extension,
      optionsPage,
    }) => {
      const page = optionsPage.page;
      const settings = () => extension.read(STORED.settings);

      await page.locator('select[name=sound]').selectOption('bell');
      await page.locator('input[name=requireInteraction]').check();
      await page.locator('input[name=dashboardUrl]').fill('http://dashboard.example');
      await expect(page.locator('#dashboard-url-note')).toHaveAttribute('role', 'alert');
      await page.locator('input[name=dashboardUrl]').fill('https://dashboard.example');
      await page.locator('button[name=addPeriod]').click();
      await page.locator('.quiet-period input[name=quietStart]').fill('21:30');
      await expect.poll(settings).toMatchObject({
        sound: 'bell',
        requireInteraction: true,
        dashboardUrl: 'https://dashboard.example',
        quietHours: { enabled: true, periods: [{ day: 5, start: '21:30', end: '08:00' }] },
      });

      await page.reload();
      await expect(page.locator('select[name=sound]')).toHaveValue('bell');
      await expect(page.locator('input[name=requireInteraction]')).toBeChecked();
      await expect(page.locator('input[name=dashboardUrl]')).toHaveValue('https://dashboard.example');
      await expect(page.locator('.quiet-period input[name=quietStart]')).toHaveValue('21:30');
    });
  });
}

test.describe('the language setting', () => {
  test.use({ browserLocale: 'en' });

  test('wins over the browser language', async ({ optionsPage, openPopup }) => {
    await expect(optionsPage.page.locator('html')).toHaveAttribute('dir', 'ltr');
    await optionsPage.page.locator('select[name=language]').selectOption('ar');
    await expect(optionsPage.page.locator('html')).toHaveAttribute('dir', 'rtl');
    const popup = await openPopup();
    await expect(popup.page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(popup.statusAction).toHaveText(AR.connection.action.signIn);
  });
});

test('with 1,000 stored orders the popup shows the latest 50 and links to the dashboard for the rest', async ({
  backend,
  extension,
  openPopup,
}) => {
  const now = Date.now();
  const orders = Array.from({ length: 1000 }, (_, index) => ({
    id: 1000 - index,
    number: `ORD-${1000 - index}`,
    customerName: `زبون ${1000 - index}`,
    customerPhone: null,
    amount: 5000,
    deliveryType: 'self',
    serviceName: null,
    itemsCount: 1,
    createdAt: new Date(now).toISOString().slice(0, 19),
    imageUrl: null,
    status: 'pending',
    receivedAt: now - index * 60_000,
    seen: true,
    source: 'live' as const,
  }));
  await extension.write(STORED.receivedOrders, orders);
  await extension.patch(STORED.settings, { apiBaseUrl: backend.apiBaseUrl });
  const popup = await openPopup();
  await expect(popup.orders).toHaveCount(50);
  await expect(popup.orders.first()).toContainText('ORD-1000');
  await expect(popup.page.locator(`a[href="${backend.origin}/dashboard/orders"]`)).toBeVisible();
  const rendered = await popup.page.evaluate(() => performance.getEntriesByType('navigation')[0]?.duration ?? 0);
  test.info().annotations.push({ type: 'popup load with 1,000 orders (ms)', description: rendered.toFixed(0) });
});
