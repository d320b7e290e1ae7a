/**
 * `npm run screenshots`: renders the popup, the options page and the troubleshooter from the running extension,
 * in Arabic and English, light and dark, into docs/screenshots/ (the README embeds them).
 * `npm run store-assets` (`--store`): the stores' images instead, into store/assets/: 1280×800
 * screenshots of the popup and the options page, and the 440×280 promotional tile, in each language.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startShopBackend } from '../server/shopBackend';
import { DiagnosticsPage } from '../tests/e2e/pages/DiagnosticsPage';
import { OptionsPage } from '../tests/e2e/pages/OptionsPage';
import { PopupPage } from '../tests/e2e/pages/PopupPage';
import { launchExtensionBrowser, type ExtensionBrowser } from '../tests/harness/extensionBrowser';

const { values } = parseArgs({ options: { store: { type: 'boolean', default: false } } });
const OUT = resolve(import.meta.dirname, values.store ? '../store/assets' : '../docs/screenshots');
mkdirSync(OUT, { recursive: true });
const STORE = { width: 1280, height: 800 };

/** The popup, enlarged and centred on a 1280×800 canvas, as the stores show screenshots. */
async function storePopup(extension: ExtensionBrowser, path: string): Promise<void> {
  const popup = await PopupPage.open(extension);
  await popup.page.setViewportSize(STORE);
  await popup.orders.first().waitFor();
  await popup.page.addStyleTag({
    content: `html,body{background:linear-gradient(160deg,#0b5cad,#0a3d73) !important;min-height:100%}
      body{display:flex;justify-content:center;align-items:flex-start;min-height:800px;margin:0}
      main.popup{zoom:1.45;margin-top:24px;background:Canvas;border-radius:10px;box-shadow:0 12px 40px #0006}`,
  });
  await popup.page.screenshot({ path });
  await popup.page.close();
}

/** The 440×280 promotional tile: the icon and the name, in the language's direction. */
async function storeTile(extension: ExtensionBrowser, locale: 'ar' | 'en', path: string): Promise<void> {
  const page = await extension.context.newPage();
  await page.setViewportSize({ width: 440, height: 280 });
  const name = JSON.parse(
    readFileSync(resolve(import.meta.dirname, `../public/_locales/${locale}/messages.json`), 'utf8'),
  ).extName.message as string;
  const icon = readFileSync(resolve(import.meta.dirname, '../public/icon/128.png')).toString('base64');
  await page.setContent(
    `<meta charset="utf-8"><body dir="${locale === 'ar' ? 'rtl' : 'ltr'}" style="margin:0;width:440px;height:280px;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:12px;background:linear-gradient(160deg,#0b5cad,#0a3d73);color:#fff;font:600 30px system-ui,sans-serif">
      <img src="data:image/png;base64,${icon}" width="128" height="128" alt=""><div>${name}</div></body>`,
  );
  await page.screenshot({ path });
  await page.close();
}
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
    if (values.store) {
      await storePopup(extension, `${OUT}/screenshot-popup-${locale}.png`);
      await options.page.setViewportSize(STORE);
      await options.page.reload();
      await options.signedInName.waitFor();
      await options.page.screenshot({ path: `${OUT}/screenshot-options-${locale}.png` });
      await storeTile(extension, locale, `${OUT}/tile-${locale}.png`);
      console.log(`${locale}: store screenshots and tile → store/assets/`);
      continue;
    }
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
