/**
 * `npm start`: the product on its embedded demo backend. Builds the extension, starts the
 * reference backend, launches Chromium with the extension signed in as the demo employee,
 * and creates a demo order every 15 s. Headless without a display: then it prints each
 * notification it sees and saves a popup screenshot. Ctrl-C stops everything.
 * `npm start -- --no-live-route` starts the backend as the shop's published server, without
 * its live route (PROTOCOL.md): the extension then reads the order list instead.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { demoOrder } from '../server/demoOrders';
import { startShopBackend, type ShopBackend } from '../server/shopBackend';
import { launchExtensionBrowser } from '../tests/harness/extensionBrowser';
import { OptionsPage } from '../tests/e2e/pages/OptionsPage';
import { PopupPage } from '../tests/e2e/pages/PopupPage';
import { orderNotificationText } from '../utils/i18n/notificationText';
import { orderIdFromNotificationId } from '../utils/platform/notificationIds';
import type { ReceivedOrder } from '../utils/orders/receivedOrderSchema';

const DATA_DIR = resolve(import.meta.dirname, '../.data');
const DEMO_ORDER_EVERY_MS = 15_000;
const NOTIFICATION_POLL_MS = 500;
const SCREENSHOT = resolve(DATA_DIR, 'popup.png');

const { values: flags } = parseArgs({ options: { 'no-live-route': { type: 'boolean', default: false } } });
const liveRoute = !flags['no-live-route'];

async function startBackend(): Promise<ShopBackend> {
  const options = { dataFile: resolve(DATA_DIR, 'demo-orders.json'), liveRoute };
  try {
    return await startShopBackend({ ...options, port: Number(process.env.PORT ?? 8000) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return startShopBackend({ ...options, port: 0 });
  }
}

mkdirSync(DATA_DIR, { recursive: true });
console.log('Building the extension…');
execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });

const backend = await startBackend();
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const extension = await launchExtensionBrowser({ headless });
let stopping = false;

async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  clearInterval(demoTimer);
  clearInterval(notificationWatch);
  await extension.close().catch(() => undefined);
  await backend.close();
  process.exit(0);
}
process.once('SIGINT', () => stop());
process.once('SIGTERM', () => stop());
extension.context.on('close', () => stop());

const options = await OptionsPage.open(extension);
await options.signIn({ apiBaseUrl: backend.apiBaseUrl, username: '0922222222', password: 'staff123' });
await options.signedInName.waitFor();

console.log(`
Khawam Staff Notifier is running ${headless ? 'headless (no display found)' : 'in a Chromium window'}.
  Extension:     ${extension.extensionUrl('')} (built into .output/chrome-mv3)
  Demo backend:  ${backend.apiBaseUrl}, signed in as the demo employee 0922222222 / staff123
  Live route:    ${
    liveRoute
      ? 'on (/api/ws/orders and /api/ws/status)'
      : `off (--no-live-route), as the shop's published server: no /api/ws/orders, no /api/ws/status;
                 the extension reads the order list every 15 s. Bring the route back:
                 curl -X POST ${backend.origin}/__control/live-route -d '{"on":true}'`
  }
  Demo orders:   one every ${DEMO_ORDER_EVERY_MS / 1000} s; or create one yourself:
                 curl -X POST ${backend.origin}/__control/orders -d '{}'
Press Ctrl-C to stop.
`);

let sequence = 0;
const demoTimer = setInterval(() => {
  const order = backend.createOrder(demoOrder(sequence++));
  console.log(`[backend] created ${order.order_number} and broadcast it to ${backend.sockets().length} socket(s)`);
}, DEMO_ORDER_EVERY_MS);

const announced = new Set<string>();
let screenshotSaved = false;
const notificationWatch = headless
  ? setInterval(() => {
      void (async () => {
        const worker = await extension.serviceWorker();
        const ids = (await extension.notificationIds()).filter((id) => !announced.has(id));
        if (ids.length === 0) return;
        const orders = await worker.evaluate(
          async () => ((await chrome.storage.local.get('receivedOrders')).receivedOrders ?? []) as ReceivedOrder[],
        );
        for (const id of ids) {
          const orderId = orderIdFromNotificationId(id);
          if (orderId === null) {
            announced.add(id);
            console.log(`[extension] notification ${id}`);
            continue;
          }
          const order = orders.find((candidate) => candidate.id === orderId);
          // The order list is written just behind the notification: print it on the next look.
          if (!order) continue;
          announced.add(id);
          const text = orderNotificationText('ar', order);
          console.log(
            `[extension] notification ${id}: ${text.title} | ${text.message} | badge "${await extension.badgeText()}"`,
          );
        }
        if (!screenshotSaved) {
          screenshotSaved = true;
          const popup = await PopupPage.open(extension);
          await popup.page.setViewportSize({ width: 380, height: 420 });
          await popup.orders.first().waitFor();
          await popup.page.screenshot({ path: SCREENSHOT });
          await popup.page.close();
          console.log(`[extension] saved a screenshot of the popup to ${SCREENSHOT}`);
        }
      })().catch((error: unknown) => {
        if (!stopping) console.error('Watching notifications failed:', error);
      });
    }, NOTIFICATION_POLL_MS)
  : undefined;
