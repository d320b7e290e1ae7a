import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SocketEvents, SocketHandle } from '../../../utils/connection/browserSocket';
import { removeAllListeners } from '../../../utils/messaging';
import { orderScopeItem, receivedOrdersItem, readParsed, settingsItem } from '../../../utils/storageItems';
import { parseSettings } from '../../../utils/settings/parseSettings';
import { parseEventLog } from '../../../utils/diagnostics/eventLog';
import { startFakeWorker } from './fakeWorker';

/** What a previous release left in storage (`tests/fixtures/storedData/<release>.json`). */
interface StoredData {
  release: string;
  capturedAt: number;
  local: Record<string, unknown>;
}
const fixture = (release: string) =>
  JSON.parse(readFileSync(new URL(`../../fixtures/storedData/${release}.json`, import.meta.url), 'utf8')) as StoredData;

const STAFF = { id: 7, name: 'موظف', user_type: { id: 2, name_ar: 'موظف' }, is_active: true };
/** The orders list of the server: the two the previous release had, and two created while the browser was closed. */
const LISTED = [104, 103, 102, 101].map((id) => ({
  id,
  order_number: `ORD20251125-${id}`,
  customer: 'زبون',
  amount: 15000.0,
  status: 'pending',
  time: '11:59 PM',
  service_name: null,
  created_at: '2025-11-25T23:59:30.000000',
}));

describe.each(['0.1.0', '0.2.0'])('updating from %s', (release) => {
  const data = fixture(release);
  let sockets: SocketEvents[];
  afterEach(() => {
    removeAllListeners();
    vi.useRealTimers();
  });

  beforeEach(async () => {
    fakeBrowser.reset();
    vi.useFakeTimers({ now: data.capturedAt + 3_600_000, toFake: ['Date'] });
    sockets = [];
    await fakeBrowser.storage.local.set(data.local);
    startFakeWorker({
      openSocket: (_url, events): SocketHandle => {
        sockets.push(events);
        return { send: () => undefined, close: () => undefined };
      },
      fetch: (async (input: RequestInfo | URL) => {
        const url = String(input);
        if (url.includes('/recent-orders')) return Response.json({ success: true, orders: LISTED });
        if (url.includes('/auth/me')) return Response.json(STAFF);
        return Response.json({ success: true, active_connections: 1, status: 'active' });
      }) as typeof fetch,
    });
    await vi.waitFor(() => expect(sockets).toHaveLength(1));
    sockets[0]!.onOpen();
  });

  it('keeps every order and setting, announces only what was missed while closed, and nothing twice', async () => {
    await vi.waitFor(async () =>
      expect(Object.keys(await fakeBrowser.notifications.getAll()).sort()).toEqual(['order-103', 'order-104']),
    );
    await vi.waitFor(async () =>
      expect((await receivedOrdersItem.getValue()).map((order) => [order.id, order.seen])).toEqual([
        [104, false],
        [103, false],
        [102, false],
        [101, true],
      ]),
    );
    const settings = await readParsed(settingsItem, parseSettings);
    expect(settings).toMatchObject({
      sound: 'bell',
      soundVolume: 55,
      repeatUntilAcknowledged: true,
      showPictures: true,
    });
    expect(await orderScopeItem.getValue()).toBe('https://shop.example');
    if (release === '0.1.0') {
      await vi.waitFor(async () =>
        expect(parseEventLog((await fakeBrowser.storage.local.get('eventLog')).eventLog)).toContainEqual(
          expect.objectContaining({ kind: 'dataCarried', origin: 'https://shop.example' }),
        ),
      );
    }
  });
});
