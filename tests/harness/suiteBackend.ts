import { afterAll, beforeAll } from 'vitest';
import { startShopBackend, type ShopBackend } from '../../server/shopBackend';

/** One reference backend for the tests of a describe: started before the first, closed after the last. */
export function suiteBackend(): () => ShopBackend {
  let backend: ShopBackend | undefined;
  beforeAll(async () => {
    backend = await startShopBackend();
  });
  afterAll(() => backend?.close());
  return () => {
    if (!backend) throw new Error('The suite backend has not started');
    return backend;
  };
}
