import { STORED } from '../utils/storedValues';
/**
 * `npm run bench`: measures, in real Chromium against the reference backend,
 *  (a) latency from a broadcast to the extension's notification, p50/p99, next to a bare
 *      page WebSocket listener in the same browser receiving the same broadcasts;
 *  (b) a burst of 1,000 orders in 1 s: orders recorded, duplicates, notifications, time;
 *  (c) the worker's cold start: from a stopped worker woken by an event to its socket open,
 *      next to a fresh page opening the same socket;
 *  (d) a flood of 10,000 orders sent at once by a server pinging every 50 ms: time until all
 *      are recorded, notifications shown, and how fast the worker still answers pings;
 *  (e) orders carrying the customer's picture (the shop's frames: a 475 KB photo in a 633 KB frame, a
 *      4.9 MB PNG in a 6.5 MB one) against plain orders in the same run: broadcast → `notifications.create()` called,
 *      next to the bare page listener receiving the same frames;
 *  (f) the popup's first paint with 50 orders listed, next to a trivial extension page (nothing
 *      but text) in the same browser: from navigation start to the animation frame in which the
 *      50th row (the trivial page's text) is first in the document, the frame that paints it;
 *  (g) an order placed on the shop's server as published (no live route: orders come from the order
 *      list, read every 15 s ± 20 %) until its notification, p50/p95 against that period, and the same
 *      once the route is back (the live stream), in one run on one server.
 * Options: --orders N (default 500), --burst N (default 1000), --cold-starts N (default 20),
 * --flood N (default 10000), --pictured N (default 40 of each kind), --paints N (default 21 of each page),
 * --placed N (default 12 orders in each mode of (g), 3-9 s apart).
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { startShopBackend, type ShopBackend } from '../server/shopBackend';
import { customerPhoto, largePng, picturedOrderFrame, type CustomerFile } from '../tests/fixtures/shopFrames';
import { OptionsPage } from '../tests/e2e/pages/OptionsPage';
import { E2E_EXTENSION_DIR, launchExtensionBrowser, type ExtensionBrowser } from '../tests/harness/extensionBrowser';
import { loginDirectly } from '../tests/harness/loginDirectly';
import { recordedNotifications, recordNotifications } from '../tests/harness/notificationRecorder';
import { KNOWN_ORDER_PREFIX } from '../utils/orders/knownOrders';
import { LIST_READING_PERIOD_MS } from '../utils/connection/listReading';
import type { ReceivedOrder } from '../utils/orders/receivedOrderSchema';

const { values } = parseArgs({
  options: {
    orders: { type: 'string', default: '500' },
    burst: { type: 'string', default: '1000' },
    'cold-starts': { type: 'string', default: '20' },
    flood: { type: 'string', default: '10000' },
    pictured: { type: 'string', default: '40' },
    paints: { type: 'string', default: '21' },
    placed: { type: 'string', default: '12' },
  },
});
const PLACED_ORDERS = Number(values.placed);
const PAINTS = Number(values.paints);
const PICTURED_ORDERS = Number(values.pictured);
const FLOOD_ORDERS = Number(values.flood);
const COLD_STARTS = Number(values['cold-starts']);
const LATENCY_ORDERS = Number(values.orders);
const BURST_ORDERS = Number(values.burst);
/** Slower than the burst rule (more than 3 in 2 s), so every order gets its own notification. */
const LATENCY_PACE_MS = 700;
const COLLECT_TIMEOUT_MS = 60_000;

const now = () => performance.timeOrigin + performance.now();

const sorted = (values: number[]) => values.filter(Number.isFinite).sort((a, b) => a - b);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** A page with nothing but a WebSocket listener: the baseline the extension is held to. */
async function openBareListener(extension: ExtensionBrowser, origin: string, wsUrl: string): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(`${origin}/api/ws/status`);
  await page.evaluate((url) => {
    const received: Record<number, number> = {};
    (window as unknown as { received: typeof received }).received = received;
    const socket = new WebSocket(url);
    socket.onmessage = (event) => {
      const message = JSON.parse(event.data as string) as { event?: string; data?: { order_id: number } };
      if (message.event === 'order_created' && message.data)
        received[message.data.order_id] = performance.timeOrigin + performance.now();
    };
    return new Promise((resolve) => (socket.onopen = resolve));
  }, wsUrl);
  return page;
}

const bareReceived = (page: Page) =>
  page.evaluate(() => (window as unknown as { received: Record<number, number> }).received);

async function until<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = COLLECT_TIMEOUT_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Stops the worker as Chrome does when idle, then wakes it with a runtime message from an
 * extension page; returns the ms from the wake-up to the backend accepting its socket.
 */
async function coldStart(extension: ExtensionBrowser, page: Page, backend: ShopBackend): Promise<number> {
  await extension.stopServiceWorker();
  await until(
    async () => backend.sockets().length,
    (count) => count === 0,
    10_000,
  );
  const wokenAt = Date.now();
  await page.evaluate(() => chrome.runtime.sendMessage({ wake: true }).catch(() => undefined));
  const [socket] = await until(
    async () => backend.sockets(),
    (sockets) => sockets.length === 1,
    10_000,
  );
  return socket ? socket.connectedAt - wokenAt : NaN;
}

/** The baseline: a fresh page that opens the same socket, from its creation to the backend accepting it. */
async function pageSocketStart(extension: ExtensionBrowser, backend: ShopBackend, wsUrl: string): Promise<number> {
  const before = backend.sockets().length;
  const startedAt = Date.now();
  const page = await extension.context.newPage();
  await page.goto(`${backend.origin}/api/ws/status`);
  await page.evaluate((url) => void new WebSocket(url), wsUrl);
  const sockets = await until(
    async () => backend.sockets(),
    (open) => open.length > before,
    10_000,
  );
  const opened = Math.max(...sockets.map((socket) => socket.connectedAt));
  await page.close();
  return opened - startedAt;
}

/** Signs the extension in to `backend`: the session written directly, as a sign-in leaves it (a new server is a new scope). */
async function signInDirectly(
  extension: ExtensionBrowser,
  backend: ShopBackend,
  account: { username: string; password: string },
): Promise<void> {
  const { access_token: token, user } = await loginDirectly(backend.apiBaseUrl, account);
  await extension.write(STORED.session, {
    apiBaseUrl: backend.apiBaseUrl,
    token,
    user: user as never,
    signedInAt: Date.now(),
    verifiedAt: Date.now(),
  });
}

/**
 * Signs the extension in to `floodBackend`, sends `count` orders at once and measures what the worker did with them.
 */
async function measureFlood(extension: ExtensionBrowser, floodBackend: ShopBackend, count: number) {
  await signInDirectly(extension, floodBackend, { username: '0922222222', password: 'staff123' });
  await until(
    async () => floodBackend.sockets()[0]?.pongLog.length ?? 0,
    (pongs) => pongs >= 10,
    15_000,
  );
  // The cold starts replaced the worker: record its notifications again.
  await recordNotifications(extension);
  const logBefore = (await recordedNotifications(extension)).length;
  // Orders the pipeline has taken in (every outcome), as the worker publishes them; the dedupe
  // store cannot count them: it keeps the newest 5,000 ids.
  const takenIn = async () =>
    Object.values((await extension.read(STORED.pipelineStats)).orders).reduce((sum, n) => sum + (n ?? 0), 0);
  const takenBefore = await takenIn();
  const startedAt = Date.now();
  for (let index = 0; index < count; index++) floodBackend.createOrder();
  const sentMs = Date.now() - startedAt;
  const recordedKeys = await until(
    async () => (await takenIn()) - takenBefore,
    (recorded) => recorded >= count,
  );
  const recordedMs = Date.now() - startedAt;
  // A second more of pings after the last order, so a late stall would show.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const pongs = (floodBackend.sockets()[0]?.pongLog ?? []).filter(({ at }) => at >= startedAt);
  const gaps = pongs.slice(1).map(({ at }, index) => at - pongs[index]!.at);
  return {
    sentMs,
    recorded: recordedKeys,
    recordedMs,
    notifications: (await recordedNotifications(extension)).length - logBefore,
    pongs: pongs.length,
    slowestPongMs: Math.max(0, ...pongs.map(({ delayMs }) => delayMs)),
    worstPongGapMs: Math.max(0, ...gaps),
  };
}

/**
 * (e): frames built beforehand exactly as the shop's server builds them, sent one at a time in
 * turn (plain, photo, large PNG), so building a 6.5 MB frame never counts as latency.
 */
async function measurePictured(extension: ExtensionBrowser, bare: Page, backend: ShopBackend, count: number) {
  const kinds = {
    plain: () => [] as CustomerFile[],
    'photo (633 KB frame)': () => [customerPhoto()],
    'PNG (6.5 MB frame)': () => [largePng()],
  };
  const sent: { kind: keyof typeof kinds; id: number; at: number; chars: number }[] = [];
  let id = 5_000_000;
  for (let round = 0; round < count; round++) {
    for (const kind of Object.keys(kinds) as (keyof typeof kinds)[]) {
      id += 1;
      const frame = picturedOrderFrame(kinds[kind](), { order_id: id, order_number: `ORD-BENCH-${id}` });
      const at = now();
      backend.broadcastRaw(frame);
      sent.push({ kind, id, at, chars: frame.length });
      await new Promise((resolve) => setTimeout(resolve, LATENCY_PACE_MS));
    }
  }
  const log = await until(
    () => recordedNotifications(extension),
    (entries) => sent.every(({ id }) => entries.some((entry) => entry.id === `order-${id}`)),
  );
  const bareTimes = await until(
    () => bareReceived(bare),
    (received) => sent.every(({ id }) => received[id] !== undefined),
    10_000,
  );
  return Object.keys(kinds).map((kind) => {
    const mine = sent.filter((entry) => entry.kind === kind);
    const called = mine.map(({ id, at }) => (log.find((entry) => entry.id === `order-${id}`)?.calledAt ?? NaN) - at);
    const received = mine.map(({ id, at }) => (bareTimes[id] ?? NaN) - at);
    const p50 = (values: number[]) =>
      percentile(
        values.filter(Number.isFinite).sort((a, b) => a - b),
        50,
      );
    return { kind, chars: mine[0]?.chars ?? 0, called: p50(called), bare: p50(received) };
  });
}

/** The popup's page of orders: as many as it shows, as the worker keeps them. */
const LISTED_ORDERS = 50;

/**
 * Opens an extension page in a new tab and returns when it first painted `selector`: ms from
 * navigation start to the animation frame in which the element is first in the document.
 */
async function firstPaint(extension: ExtensionBrowser, path: string, selector: string): Promise<number> {
  const page = await extension.context.newPage();
  await page.addInitScript((wanted) => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector(wanted)) return;
      observer.disconnect();
      requestAnimationFrame(() => ((window as unknown as { painted: number }).painted = performance.now()));
    }).observe(document, { childList: true, subtree: true });
  }, selector);
  await page.goto(extension.extensionUrl(path));
  const painted = await page.waitForFunction(() => (window as unknown as { painted?: number }).painted);
  const ms = (await painted.jsonValue()) as number;
  await page.close();
  return ms;
}

/** (f) The popup with 50 orders and the trivial page, opened in turn `runs` times each; their medians. */
async function measureFirstPaint(runs: number) {
  const extension = await launchExtensionBrowser({ extensionDir: E2E_EXTENSION_DIR });
  try {
    const orders: ReceivedOrder[] = Array.from({ length: LISTED_ORDERS }, (_, index) => ({
      id: 1000 + index,
      number: `ORD20251127-${1000 + index}`,
      customerName: 'أحمد الخطيب',
      customerPhone: '0933333333',
      amount: 15000,
      deliveryType: index % 2 ? 'delivery' : 'self',
      serviceName: 'طباعة كروت شخصية',
      itemsCount: 2,
      createdAt: '2025-11-27T14:15:03.120934',
      imageUrl: null,
      status: 'pending',
      receivedAt: Date.now() - index * 60_000,
      seen: true,
      source: 'live',
    }));
    await extension.write(STORED.receivedOrders, orders);
    const popup: number[] = [];
    const trivial: number[] = [];
    for (let run = 0; run < runs; run++) {
      popup.push(await firstPaint(extension, '/popup.html', `li.order:nth-of-type(${LISTED_ORDERS})`));
      trivial.push(await firstPaint(extension, '/paintBaseline.html', 'p'));
    }
    const median = (values: number[]) =>
      percentile(
        [...values].sort((a, b) => a - b),
        50,
      );
    return { popup: median(popup), trivial: median(trivial) };
  } finally {
    await extension.close();
  }
}

/**
 * (g) Orders placed on the shop's server as published (no live route), 3-9 s apart so each lands at a
 * random moment of the list's rhythm: ms from placing each to its `notifications.create()`; then the
 * route comes back, the stream opens by itself, and the same again. Signed in as the owner (the
 * published server accepts only the owner's opaque token); a new server is a new scope.
 */
async function measureOrderDelays(extension: ExtensionBrowser, count: number) {
  const published = await startShopBackend({ dataFile: null, liveRoute: false });
  try {
    await signInDirectly(extension, published, { username: '0911111111', password: 'admin123' });
    const readingList = await until(
      async () => (await extension.read(STORED.connectionSnapshot))?.status,
      (status) => status?.state === 'waiting' && status.problem === 'noLiveRoute',
      30_000,
    );
    if (readingList?.state !== 'waiting')
      throw new Error(`(g): the extension did not read the list: ${JSON.stringify(readingList)}`);
    await recordNotifications(extension);
    const placeOrders = async () => {
      const placedAt = new Map<number, number>();
      for (let index = 0; index < count; index++) {
        await new Promise((resolve) => setTimeout(resolve, 3_000 + Math.random() * 6_000));
        const at = now();
        placedAt.set(published.createOrder({}, { form: true }).order_id, at);
      }
      const announced = (entries: { id: string; calledAt: number }[], id: number) =>
        entries.find((entry) => entry.id === `order-${id}`)?.calledAt;
      const log = await until(
        () => recordedNotifications(extension),
        (entries) => [...placedAt.keys()].every((id) => announced(entries, id) !== undefined),
        30_000,
      );
      return sorted([...placedAt].map(([id, at]) => (announced(log, id) ?? NaN) - at));
    };
    const listed = await placeOrders();
    published.setLiveRoute(true);
    await until(
      async () => published.sockets().length,
      (open) => open === 1,
      30_000,
    );
    const live = await placeOrders();
    return { listed, live, missed: 2 * count - listed.length - live.length };
  } finally {
    await published.close();
  }
}

const fmt = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(2) : 'n/a');

console.log('Building the extension…');
execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
// The e2e build carries the trivial page of (f).
execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: ['ignore', 'ignore', 'inherit'] });
const backend = await startShopBackend({ dataFile: null });
const extension = await launchExtensionBrowser();
try {
  const options = await OptionsPage.open(extension);
  await options.signIn({ apiBaseUrl: backend.apiBaseUrl, username: '0922222222', password: 'staff123' });
  await options.signedInName.waitFor();
  await until(
    async () => backend.sockets().length,
    (count) => count === 1,
    10_000,
  );
  const bare = await openBareListener(
    extension,
    backend.origin,
    `${backend.apiBaseUrl.replace(/^http/, 'ws')}/ws/orders?token=admin_token_1`,
  );
  await recordNotifications(extension);
  const browserVersion = extension.context.browser()?.version() ?? (await bare.evaluate(() => navigator.userAgent));

  // (a) latency, one order at a time.
  console.log(`(a) ${LATENCY_ORDERS} orders, one every ${LATENCY_PACE_MS} ms…`);
  const sentAt = new Map<number, number>();
  for (let index = 0; index < LATENCY_ORDERS; index++) {
    const at = now();
    const order = backend.createOrder();
    sentAt.set(order.order_id, at);
    await new Promise((resolve) => setTimeout(resolve, LATENCY_PACE_MS));
  }
  const latencyIds = [...sentAt.keys()];
  const log = await until(
    () => recordedNotifications(extension),
    (entries) =>
      latencyIds.every((id) => entries.some((entry) => entry.id === `order-${id}` && Number.isFinite(entry.createdAt))),
  );
  const bareTimes = await bareReceived(bare);
  const extensionCalled = latencyIds.map(
    (id) => (log.find((entry) => entry.id === `order-${id}`)?.calledAt ?? NaN) - sentAt.get(id)!,
  );
  const extensionCreated = latencyIds.map(
    (id) => (log.find((entry) => entry.id === `order-${id}`)?.createdAt ?? NaN) - sentAt.get(id)!,
  );
  const bareLatency = latencyIds.map((id) => (bareTimes[id] ?? NaN) - sentAt.get(id)!);
  const rows = {
    'bare page WebSocket listener: message received': sorted(bareLatency),
    'extension: notifications.create() called': sorted(extensionCalled),
    'extension: notification created (callback)': sorted(extensionCreated),
  };
  const bareP50 = percentile(rows['bare page WebSocket listener: message received'], 50);

  // (e) pictured orders, against plain ones in the same run.
  console.log(`(e) ${PICTURED_ORDERS} plain, photo and large-PNG orders each, in turn…`);
  const pictured = await measurePictured(extension, bare, backend, PICTURED_ORDERS);

  // (b) a burst of orders.
  console.log(`(b) a burst of ${BURST_ORDERS} orders in about 1 s…`);
  const logBefore = (await recordedNotifications(extension)).length;
  const burstStart = now();
  const burstIds: number[] = [];
  const batch = Math.ceil(BURST_ORDERS / 20);
  while (burstIds.length < BURST_ORDERS) {
    for (let index = 0; index < batch && burstIds.length < BURST_ORDERS; index++)
      burstIds.push(backend.createOrder().order_id);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const sendSeconds = (now() - burstStart) / 1000;
  const recordedKeys = await until(
    async () =>
      (await extension.serviceWorker()).evaluate(
        async (prefix) => Object.keys(await chrome.storage.local.get(null)).filter((key) => key.startsWith(prefix)),
        KNOWN_ORDER_PREFIX,
      ),
    (keys) => burstIds.every((id) => keys.includes(`${KNOWN_ORDER_PREFIX}${id}`)),
  );
  const recordedAt = now();
  const recorded = burstIds.filter((id) => recordedKeys.includes(`${KNOWN_ORDER_PREFIX}${id}`)).length;
  const bareBurst = await until(
    () => bareReceived(bare),
    (received) => burstIds.every((id) => received[id] !== undefined),
    10_000,
  );
  const bareAllAt = Math.max(...burstIds.map((id) => bareBurst[id] ?? NaN));
  const burstLog = (await recordedNotifications(extension)).slice(logBefore);
  const createsPerOrder = new Map<string, number>();
  for (const entry of burstLog) createsPerOrder.set(entry.id, (createsPerOrder.get(entry.id) ?? 0) + 1);
  const duplicateAlerts = [...createsPerOrder.entries()].filter(
    ([id, count]) => id.startsWith('order-') && count > 1,
  ).length;
  const stats = await extension.read(STORED.pipelineStats);
  const shownAtEnd = await extension.notificationIds();

  // (c) cold starts; the bare listener's socket is closed first so only the worker's is counted.
  console.log(`(c) ${COLD_STARTS} cold starts of the worker…`);
  await bare.close();
  const wsUrl = `${backend.apiBaseUrl.replace(/^http/, 'ws')}/ws/orders?token=admin_token_1`;
  const coldStarts: number[] = [];
  const pageStarts: number[] = [];
  for (let run = 0; run < COLD_STARTS; run++) {
    coldStarts.push(await coldStart(extension, options.page, backend));
    pageStarts.push(await pageSocketStart(extension, backend, wsUrl));
  }
  const coldP50 = percentile(sorted(coldStarts), 50);
  const pageP50 = percentile(sorted(pageStarts), 50);

  // (d) a flood, on a second server that pings every 50 ms (a new scope: the dedupe store starts empty).
  console.log(`(d) a flood of ${FLOOD_ORDERS} orders at once…`);
  const floodBackend = await startShopBackend({ dataFile: null, pingIntervalMs: 50 });
  const flood = await measureFlood(extension, floodBackend, FLOOD_ORDERS);
  await floodBackend.close();

  console.log(
    `(f) the popup's first paint with ${LISTED_ORDERS} orders, ${PAINTS} times, and a trivial page as often…`,
  );
  const paint = await measureFirstPaint(PAINTS);

  console.log(`(g) ${PLACED_ORDERS} orders placed on the published server (no live route), then as many live…`);
  const delays = await measureOrderDelays(extension, PLACED_ORDERS);
  const period = LIST_READING_PERIOD_MS;

  console.log(`
Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, Chromium ${browserVersion}, headless

(a) Broadcast → alert latency over ${latencyIds.length} orders (ms)
| measured                                        |   p50 |   p99 | × bare p50 |
|-------------------------------------------------|------:|------:|-----------:|`);
  for (const [name, values] of Object.entries(rows)) {
    const p50 = percentile(values, 50);
    console.log(
      `| ${name.padEnd(47)} | ${fmt(p50).padStart(5)} | ${fmt(percentile(values, 99)).padStart(5)} | ${(p50 / bareP50).toFixed(2).padStart(10)} |`,
    );
  }
  console.log(`
(e) Orders carrying the customer's picture, ${PICTURED_ORDERS} of each, broadcast → notifications.create() called (ms, p50)
| frame                      |   chars | bare listener | extension | × plain (extension) | × bare (same frame) |
|----------------------------|--------:|--------------:|----------:|--------------------:|--------------------:|
${pictured
  .map(
    ({ kind, chars, called, bare: received }) =>
      `| ${kind.padEnd(26)} | ${String(chars).padStart(7)} | ${fmt(received).padStart(13)} | ${fmt(called).padStart(9)} | ${(called / pictured[0]!.called).toFixed(2).padStart(19)} | ${(called / received).toFixed(2).padStart(19)} |`,
  )
  .join('\n')}

(b) Burst of ${BURST_ORDERS} orders sent in ${sendSeconds.toFixed(2)} s
| measured                                          | value |
|---------------------------------------------------|------:|
| orders recorded in the dedupe store               | ${String(recorded).padStart(5)} |
| orders announced (pipeline count, whole run)      | ${String(stats.orders.announced ?? 0).padStart(5)} |
| duplicate order notifications                     | ${String(duplicateAlerts).padStart(5)} |
| notification create calls during the burst        | ${String(burstLog.length).padStart(5)} |
| notifications showing at the end                  | ${String(shownAtEnd.length).padStart(5)} |
| time until all recorded (s, from first send)      | ${((recordedAt - burstStart) / 1000).toFixed(2).padStart(5)} |
| bare listener: time until all received (s)        | ${((bareAllAt - burstStart) / 1000).toFixed(2).padStart(5)} |

(c) Worker cold start over ${COLD_STARTS} runs (ms)
| measured                                                  |   p50 |   max | × page p50 |
|-----------------------------------------------------------|------:|------:|-----------:|
| fresh page: created → its socket accepted (baseline)      | ${fmt(pageP50).padStart(5)} | ${fmt(Math.max(...pageStarts)).padStart(5)} |       1.00 |
| stopped worker: woken by a message → its socket accepted  | ${fmt(coldP50).padStart(5)} | ${fmt(Math.max(...coldStarts)).padStart(5)} | ${(coldP50 / pageP50).toFixed(2).padStart(10)} |

(d) Flood of ${FLOOD_ORDERS} orders sent in ${(flood.sentMs / 1000).toFixed(2)} s, server pinging every 50 ms
| measured                                                  | value |
|-----------------------------------------------------------|------:|
| orders taken in (pipeline counts, this flood)             | ${String(flood.recorded).padStart(5)} |
| time until all recorded (s, from the first send)          | ${(flood.recordedMs / 1000).toFixed(2).padStart(5)} |
| notifications created during the flood                    | ${String(flood.notifications).padStart(5)} |
| pings answered during the flood (the latest 1,000 kept)   | ${String(flood.pongs).padStart(5)} |
| slowest pong after its ping (ms)                          | ${String(flood.slowestPongMs).padStart(5)} |
| worst gap between two pongs (ms)                          | ${String(flood.worstPongGapMs).padStart(5)} |

(f) First paint, navigation start → the frame that first shows the content, median of ${PAINTS} (ms)
| page                                                      | first paint | × trivial page |
|-----------------------------------------------------------|------------:|---------------:|
| trivial extension page (text only, baseline)              | ${fmt(paint.trivial).padStart(11)} |           1.00 |
| ${`popup with ${LISTED_ORDERS} orders listed (the last row painted)`.padEnd(57)} | ${fmt(paint.popup).padStart(11)} | ${(paint.popup / paint.trivial).toFixed(2).padStart(14)} |

(g) Order placed → notifications.create() called, ${PLACED_ORDERS} orders each, the list read every ${period / 1000} s ± 20 % (ms)
| transport                                                 |      p50 |      p95 |      max | p50 / period | p95 / period |
|-----------------------------------------------------------|---------:|---------:|---------:|-------------:|-------------:|
${(
  [
    ['order list (the published server: no live route)', delays.listed],
    ['live stream (the route back, reconnected by itself)', delays.live],
  ] as const
)
  .map(
    ([name, values]) =>
      `| ${name.padEnd(57)} | ${fmt(percentile(values, 50)).padStart(8)} | ${fmt(percentile(values, 95)).padStart(8)} | ${fmt(values.at(-1) ?? NaN).padStart(8)} | ${(percentile(values, 50) / period).toFixed(3).padStart(12)} | ${(percentile(values, 95) / period).toFixed(3).padStart(12)} |`,
  )
  .join('\n')}
orders never announced: ${delays.missed}
`);
} finally {
  await extension.close();
  await backend.close();
}
