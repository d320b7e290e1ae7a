import type { Session } from '../../utils/storage';
import { expect, test } from './fixtures';

test('the event log records connection and order events, never the token', async ({
  backend,
  extension,
  signInAsEmployee,
}) => {
  await signInAsEmployee();
  const order = backend.createOrder();
  const events = async () =>
    ((await extension.readStorage('local', 'eventLog')) as { kind: string; detail: string }[] | undefined) ?? [];
  await expect
    .poll(async () => (await events()).map(({ kind, detail }) => `${kind}: ${detail}`))
    .toEqual(
      expect.arrayContaining(['connection: open', `order: #${order.order_id} ${order.order_number}: announced`]),
    );
  const { token } = (await extension.readStorage('local', 'session')) as Session;
  expect(JSON.stringify(await events())).not.toContain(token);
});
