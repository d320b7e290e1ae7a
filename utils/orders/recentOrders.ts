import { readBoundedJson } from '../shop/boundedBody';
import { MAX_ORDER_LIST_BYTES, recentOrdersResponseSchema } from '../shop/schemas';
import { callShopApi } from '../shop/shopRequest';
import { recentOrdersUrl } from '../shop/shopUrls';
import { orderFromRecent, type ParsedOrder } from './order';

/** How many recent orders a long read takes (a catch-up); a longer outage than this many orders is rare. */
export const LONG_READ_LIMIT = 50;

/**
 * `GET {api}/admin/dashboard/recent-orders`, newest first. The server answers its own
 * errors with an empty list, so an empty answer proves nothing; malformed rows are skipped.
 */
export async function fetchRecentOrders(
  fetchImpl: typeof fetch,
  apiBaseUrl: string,
  token: string,
  limit = LONG_READ_LIMIT,
): Promise<ParsedOrder[]> {
  const response = await callShopApi(fetchImpl, recentOrdersUrl(apiBaseUrl, limit), { token, timeoutMs: 10_000 });
  if (!response.ok) throw new Error(`recent-orders answered HTTP ${response.status}`);
  const body = recentOrdersResponseSchema.parse(await readBoundedJson(response, MAX_ORDER_LIST_BYTES));
  // The server may answer more rows than asked for: never take more.
  return body.orders.slice(0, limit).flatMap((row) => orderFromRecent(row) ?? []);
}
