import { STORED } from '../../utils/storedValues';
import { describeEvent } from '../../utils/diagnostics/eventWords';
import { expect, test } from './fixtures';

test('the event log records connection and order events, never the token', async ({
  backend,
  extension,
  signInAsEmployee,
}) => {
  await signInAsEmployee();
  const order = backend.createOrder();
  const events = () => extension.read(STORED.eventLog);
  await expect
    .poll(async () => (await events()).map((event) => `${event.kind}: ${describeEvent(event)}`))
    .toEqual(
      expect.arrayContaining(['connection: open', `order: #${order.order_id} ${order.order_number}: announced`]),
    );
  const { token } = (await extension.read(STORED.session))!;
  expect(JSON.stringify(await events())).not.toContain(token);
});
