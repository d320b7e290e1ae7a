import * as z from 'zod/mini';
import { recentOrderSchema, recentOrdersResponseSchema } from '../shop/schemas';
import { normalizeBaseUrl } from '../shop/shopUrls';
import { orderFromRecent, type Order } from './order';

/** The highest order id this server has shown us: catch-up announces only what lies above. */
export const orderWatermarkSchema = z.object({ apiBaseUrl: z.string(), highestOrderId: z.int() });
export type OrderWatermark = z.infer<typeof orderWatermarkSchema>;

export function parseOrderWatermark(stored: unknown): OrderWatermark | null {
  const parsed = orderWatermarkSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/** How many recent orders one catch-up reads; a longer outage than this many orders is rare. */
export const CATCH_UP_LIMIT = 50;

/**
 * `GET {api}/admin/dashboard/recent-orders`, newest first. The server answers its own
 * errors with an empty list, so an empty answer proves nothing; malformed rows are skipped.
 */
export async function fetchRecentOrders(
  fetchImpl: typeof fetch,
  apiBaseUrl: string,
  token: string,
  limit = CATCH_UP_LIMIT,
): Promise<Order[]> {
  const response = await fetchImpl(`${normalizeBaseUrl(apiBaseUrl)}/admin/dashboard/recent-orders?limit=${limit}`, {
    headers: { Authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`recent-orders answered HTTP ${response.status}`);
  const body = recentOrdersResponseSchema.parse(await response.json());
  return body.orders.flatMap((row) => {
    const parsed = recentOrderSchema.safeParse(row);
    return parsed.success ? [orderFromRecent(parsed.data)] : [];
  });
}

/**
 * Which recent orders were missed: those above the watermark, oldest first. Without a
 * watermark for this server (first sign-in) nothing is announced: history is not news.
 */
export function ordersToCatchUp(
  recent: readonly Order[],
  watermark: OrderWatermark | null,
  apiBaseUrl: string,
): { missed: Order[]; watermark: OrderWatermark } {
  const highestRecent = Math.max(0, ...recent.map((order) => order.id));
  if (!watermark || watermark.apiBaseUrl !== apiBaseUrl) {
    return { missed: [], watermark: { apiBaseUrl, highestOrderId: highestRecent } };
  }
  const missed = recent.filter((order) => order.id > watermark.highestOrderId).sort((a, b) => a.id - b.id);
  return { missed, watermark: { apiBaseUrl, highestOrderId: Math.max(watermark.highestOrderId, highestRecent) } };
}
