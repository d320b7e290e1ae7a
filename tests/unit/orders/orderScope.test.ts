import { describe, expect, it } from 'vitest';
import { orderScope, ScopeGeneration } from '../../../utils/orders/orderScope';

/** An order scope over in-memory stores: what it erased, and whether work begun before is still current. */
function scopeOver(stored: unknown, markServer: string | null = null) {
  let recorded = stored;
  const erased: string[] = [];
  const generation = new ScopeGeneration();
  const scope = orderScope({
    generation,
    readScope: async () => recorded,
    writeScope: async (origin) => void (recorded = origin),
    markServer: async () => markServer,
    reset: async () => void erased.push(JSON.stringify(recorded ?? 'none')),
    onCarriedForward: () => undefined,
  });
  return { scope, erased, generation, recorded: () => recorded };
}

describe('the order scope', () => {
  it('erases the old server’s orders on a move, and a read begun before it is stale', async () => {
    const { scope, erased, generation, recorded } = scopeOver('https://old.example');
    const readBegun = generation.begin();
    await scope.follow('https://new.example/api');
    expect(erased).toEqual(['"https://old.example"']);
    expect(recorded()).toBe('https://new.example');
    expect(readBegun()).toBe(false);
  });

  it('keeps the orders, and work under way, when the server stays (another path on it)', async () => {
    const { scope, erased, generation } = scopeOver('https://shop.example');
    const readBegun = generation.begin();
    await scope.follow('https://shop.example/v2/api');
    expect(erased).toEqual([]);
    expect(readBegun()).toBe(true);
  });

  it('carries a release without scopes forward to the server its mark names', async () => {
    const { scope, erased, generation, recorded } = scopeOver(null, 'https://shop.example');
    const readBegun = generation.begin();
    await scope.follow('https://shop.example/api');
    expect(erased).toEqual([]);
    expect(recorded()).toBe('https://shop.example');
    expect(readBegun()).toBe(true);
  });

  it.each([42, { origin: 'https://shop.example' }, 'not an origin', 'https://shop.example/api', ''])(
    'erases the orders under a malformed stored scope (%j) at sign-in, never carries them forward',
    async (malformed) => {
      const { scope, erased, recorded } = scopeOver(malformed, 'https://shop.example');
      await scope.follow('https://shop.example/api');
      expect(erased).toEqual([JSON.stringify(malformed)]);
      expect(recorded()).toBe('https://shop.example');
    },
  );
});
