/**
 * `npm run screenshots`: renders the popup, the options page and the troubleshooter from the running extension,
 * in Arabic and English, light and dark, into docs/screenshots/ (the README embeds them).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startShopBackend } from '../server/shopBackend';
import { DiagnosticsPage } from '../tests/e2e/pages/DiagnosticsPage';
import { OptionsPage } from '../tests/e2e/pages/OptionsPage';
import { PopupPage } from '../tests/e2e/pages/PopupPage';
import { launchExtensionBrowser } from '../tests/harness/extensionBrowser';

const OUT = resolve(import.meta.dirname, '../docs/screenshots');
mkdirSync(OUT, { recursive: true });
execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });

for (const locale of ['ar', 'en'] as const) {
  // Pings every second, so the troubleshooter's heartbeat check passes at once.
  const backend = await startShopBackend({ dataFile: null, pingIntervalMs: 1_000 });
  const extension = await launchExtensionBrowser({ locale });
  try {
    const options = await OptionsPage.open(extension);
    await options.signIn({ apiBaseUrl: backend.apiBaseUrl, username: '0922222222', password: 'staff123' });
    await options.signedInName.waitFor();
    // Orders broadcast before the extension's socket is open would be missed (no replay).
    for (let attempt = 0; attempt < 100 && backend.sockets().length === 0; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const accepted = backend.createOrder({
      customer_name: 'أحمد الخطيب',
      service_name: 'طباعة كروت شخصية',
      final_amount: 15000,
    });
    backend.createOrder({
      customer_name: 'Rana Haddad',
      service_name: 'طباعة بوسترات',
      delivery_type: 'delivery',
      final_amount: 42500,
    });
    const last = backend.createOrder({ customer_name: 'سلمى قاسم', service_name: null, final_amount: 7500 });
    // One order a colleague already accepted: the popup re-reads statuses when it opens.
    backend.setOrderStatus(accepted.order_id, 'accepted');
    const popup = await PopupPage.open(extension);
    await popup.order(last.order_id).waitFor();
    await popup.page.locator(`.order.handled[data-order-id="${accepted.order_id}"]`).waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await popup.page.emulateMedia({ colorScheme: scheme });
      await popup.page.setViewportSize({ width: 400, height: 520 });
      await popup.page.locator('main.popup').screenshot({ path: `${OUT}/popup-${locale}-${scheme}.png` });
      await options.page.emulateMedia({ colorScheme: scheme });
      await options.page.setViewportSize({ width: 720, height: 900 });
      await options.page.reload();
      await options.signedInName.waitFor();
      await options.page.screenshot({ path: `${OUT}/options-${locale}-${scheme}.png`, fullPage: true });
    }
    const diagnostics = await DiagnosticsPage.open(extension);
    await diagnostics.page.setViewportSize({ width: 800, height: 900 });
    await diagnostics.check('serverPing').and(diagnostics.page.locator('[data-status=pass]')).waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await diagnostics.page.emulateMedia({ colorScheme: scheme });
      await diagnostics.page.screenshot({ path: `${OUT}/diagnostics-${locale}-${scheme}.png`, fullPage: true });
    }
    console.log(`${locale}: popup, options and troubleshooter, light and dark → docs/screenshots/`);
  } finally {
    await extension.close();
    await backend.close();
  }
}
