import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  KNOWN_ORDER_PREFIX,
  KNOWN_ORDERS_MAX_AGE_MS,
  KNOWN_ORDERS_MAX_COUNT,
  KnownOrders,
} from '../../../utils/orders/knownOrders';
import { writeBehind } from '../writeBehind';

const local = fakeBrowser.storage.local;
const storage = {
  readAll: async (prefix: string) =>
    Object.fromEntries(Object.entries(await local.get(null)).filter(([key]) => key.startsWith(prefix))),
  write: (entries: Record<string, number>) => local.set(entries),
  remove: (keys: string[]) => local.remove(keys),
};

describe('KnownOrders', () => {
  let now: number;
  const open = async () => {
    const known = new KnownOrders(storage, () => now, writeBehind);
    await known.load();
    return known;
  };

  beforeEach(() => {
    fakeBrowser.reset();
    now = 1_800_000_000_000;
  });

  it('lets an order id through once, also when claimed twice at the same moment', async () => {
    const known = await open();
    expect([known.claim(7), known.claim(7), known.claim(8)]).toEqual([true, false, true]);
  });

  it('remembers across a restart', async () => {
    const first = await open();
    first.claim(7);
    await first.flush();
    expect((await open()).claim(7)).toBe(false);
  });

  it('forgets entries older than the maximum age when it loads', async () => {
    await local.set({ [`${KNOWN_ORDER_PREFIX}1`]: now - KNOWN_ORDERS_MAX_AGE_MS - 1, [`${KNOWN_ORDER_PREFIX}2`]: now });
    const known = await open();
    expect(known.size).toBe(1);
    expect(await local.get(`${KNOWN_ORDER_PREFIX}1`)).toEqual({});
  });

  it('stays within its maximum count, dropping the oldest', async () => {
    const entries = Object.fromEntries(
      Array.from({ length: KNOWN_ORDERS_MAX_COUNT }, (_, index) => [
        `${KNOWN_ORDER_PREFIX}${index + 1}`,
        now - 1000 + index / 10,
      ]),
    );
    await local.set(entries);
    const known = await open();
    known.claim(999_999);
    await known.flush();
    expect(known.size).toBe(KNOWN_ORDERS_MAX_COUNT);
    expect(known.claim(1)).toBe(true);
  });

  it('writes a burst of claims in one go', async () => {
    let writes = 0;
    const known = new KnownOrders(
      { ...storage, write: async (entries) => void (writes++, await local.set(entries)) },
      () => now,
      writeBehind,
    );
    await known.load();
    for (let id = 1; id <= 1000; id++) known.claim(id);
    await known.flush();
    expect(writes).toBe(1);
    expect(Object.keys(await storage.readAll(KNOWN_ORDER_PREFIX))).toHaveLength(1000);
  });
});
