import { STORED } from '../../utils/storedValues';
import { DiagnosticsPage } from './pages/DiagnosticsPage';
import { expect, test } from './fixtures';
import { AR } from './interfaceText';

/** An order frame as a server might send it tomorrow: the id certain, the rest anyone's guess. */
const frame = (data: Record<string, unknown>) => JSON.stringify({ event: 'order_created', data });

test.describe('an order is an order, whatever else is missing', () => {
  test.beforeEach(async ({ signInAsEmployee }) => signInAsEmployee());

  test('a null phone and hand-over still raise the order’s notification', async ({ backend, extension }) => {
    const order = backend.createOrder({}, { broadcast: false });
    backend.broadcastRaw(frame({ ...order, customer_phone: null, delivery_type: null }));
    await expect.poll(() => extension.notificationIds()).toContain(`order-${order.order_id}`);
  });

  test('amounts sent as decimal text still raise it, with the amount read', async ({
    backend,
    extension,
    openPopup,
  }) => {
    const order = backend.createOrder({}, { broadcast: false });
    backend.broadcastRaw(frame({ ...order, total_amount: '1500.00', final_amount: '1500.00' }));
    await expect.poll(() => extension.notificationIds()).toContain(`order-${order.order_id}`);
    const popup = await openPopup();
    await expect(popup.order(order.order_id).locator('.amount')).toContainText(AR.amount(1500));
  });

  test('a frame with only an id, a number, a customer and a time raises it, and the troubleshooter names the shape', async ({
    backend,
    extension,
    openPopup,
  }) => {
    const order = backend.createOrder({}, { broadcast: false });
    const { order_id, order_number, customer_name, created_at } = order;
    backend.broadcastRaw(frame({ order_id, order_number, customer_name, created_at }));
    await expect.poll(() => extension.notificationIds()).toContain(`order-${order_id}`);
    const popup = await openPopup();
    await expect(popup.order(order_id).locator('.amount')).toHaveText('—');
    await expect(popup.order(order_id)).not.toContainText(/null|undefined/);
    await expect
      .poll(async () => (await extension.read(STORED.pipelineStats)).degradedFields)
      .toMatchObject({
        customer_phone: 1,
        final_amount: 1,
      });
    const troubleshooter = await DiagnosticsPage.open(extension);
    await expect(troubleshooter.check('orderShape')).toHaveAttribute('data-cause', 'partialShape');
    await expect(troubleshooter.check('orderShape')).toContainText('customer_phone');
  });
});
