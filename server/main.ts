import { parseArgs } from 'node:util';
import { DEMO_ACCOUNTS, isStaff } from './accounts';
import { demoOrder } from './demoOrders';
import { startShopBackend } from './shopBackend';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '8000' },
    data: { type: 'string', default: '.data/shop-orders.json' },
    'ping-interval-ms': { type: 'string', default: '30000' },
    'integer-sub-defect': { type: 'boolean', default: false },
    'demo-orders-every-s': { type: 'string', default: '0' },
    'attachment-host': { type: 'boolean', default: false },
    'public-base-url': { type: 'string' },
    // The shop's published server: main.py without its notifications router (PROTOCOL.md).
    'no-live-route': { type: 'boolean', default: false },
  },
});

const backend = await startShopBackend({
  port: Number(values.port),
  dataFile: values.data,
  pingIntervalMs: Number(values['ping-interval-ms']),
  integerSubDefect: values['integer-sub-defect'],
  attachmentHost: values['attachment-host'],
  publicBaseUrl: values['public-base-url'],
  liveRoute: !values['no-live-route'],
});

console.log(`Khawam reference backend
  API base:      ${backend.apiBaseUrl}
  Order stream:  ${
    values['no-live-route']
      ? 'none: started with --no-live-route, as the published server (upgrade 403, /ws/status 404)'
      : `${backend.apiBaseUrl.replace(/^http/, 'ws')}/ws/orders?token=…`
  }
  Control API:   ${backend.origin}/__control/  (POST /orders, /broadcast, /close-sockets, /stall, /revoke,
                 /integer-sub-defect, /upgrade-hang, /live-route, /attachment-downloads, /hosted-files; GET /sockets)
                 e.g. curl -X POST ${backend.origin}/__control/orders -d '{"picture":"photo"}'
  Public files:  ${backend.publicBaseUrl}${backend.attachmentOrigin ? ' (attachment host)' : ''}
  Orders file:   ${values.data}
  Integer-sub defect: ${values['integer-sub-defect'] ? 'on' : 'off'}

Demo accounts (username / password / role):`);
for (const account of DEMO_ACCOUNTS) {
  const notes = [
    isStaff(account) ? 'staff' : 'not staff: refused at the order stream',
    account.is_active ? '' : 'inactive: login refused',
    account.opaqueToken ? 'opaque token' : 'JWT',
  ].filter(Boolean);
  console.log(
    `  ${account.phone} or ${account.email} / ${account.password} / ${account.user_type.name_ar} (${notes.join(', ')})`,
  );
}

const demoEveryS = Number(values['demo-orders-every-s']);
let sequence = 0;
const demoTimer =
  demoEveryS > 0
    ? setInterval(() => {
        const order = backend.createOrder(demoOrder(sequence++));
        console.log(`demo order ${order.order_number} broadcast to ${backend.sockets().length} socket(s)`);
      }, demoEveryS * 1000)
    : undefined;

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    clearInterval(demoTimer);
    backend
      .close()
      .finally(() => process.exit(0))
      .catch(() => undefined);
  });
}
