import * as z from 'zod/mini';
import { recentOrdersResponseSchema } from '../shop/schemas';
import { normalizeBaseUrl } from '../shop/shopUrls';
import { orderFromRecent, type Order, type ParsedOrder } from './order';

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
): Promise<ParsedOrder[]> {
  const response = await fetchImpl(`${normalizeBaseUrl(apiBaseUrl)}/admin/dashboard/recent-orders?limit=${limit}`, {
    headers: { Authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`recent-orders answered HTTP ${response.status}`);
  const body = recentOrdersResponseSchema.parse(await response.json());
  // The server may answer more rows than asked for: never take more.
  return body.orders.slice(0, limit).flatMap((row) => orderFromRecent(row) ?? []);
}

/** What a catch-up announces, where the watermark moves, and whether its window was too short. */
export interface CatchUpPlan {
  missed: Order[];
  watermark: OrderWatermark;
  /** Every row read lies above the watermark: orders older than the window may be missed too. */
  gap: boolean;
}

/**
 * Which recent orders were missed: those above the watermark that this computer has not
 * taken in yet, oldest first. The watermark moves only to ids the server itself lists, so
 * no frame can poison it; a server whose newest id lies below it (a reset database, or a
 * mark an older version stored) brings it back down, announcing what is unknown. Without
 * a watermark for this server (a first sign-in) nothing is announced: history is not news.
 */
export function ordersToCatchUp(
  recent: readonly Order[],
  watermark: OrderWatermark | null,
  apiBaseUrl: string,
  { limit = CATCH_UP_LIMIT, known = () => false }: { limit?: number; known?: (orderId: number) => boolean } = {},
): CatchUpPlan {
  // The first of each id only: a server listing an order twice must not announce it twice.
  const seen = new Set<number>();
  const rows = recent.slice(0, limit).filter(({ id }) => !seen.has(id) && seen.add(id));
  // A loop, not Math.max(...rows): no argument-count limit.
  let highest = 0;
  let lowest = Infinity;
  for (const { id } of rows) {
    highest = Math.max(highest, id);
    lowest = Math.min(lowest, id);
  }
  if (!watermark || watermark.apiBaseUrl !== apiBaseUrl) {
    return { missed: [], watermark: { apiBaseUrl, highestOrderId: highest }, gap: false };
  }
  // The server answers its own errors with an empty list: that proves nothing.
  if (rows.length === 0) return { missed: [], watermark, gap: false };
  const mark = highest < watermark.highestOrderId ? 0 : watermark.highestOrderId;
  const missed = rows.filter((order) => order.id > mark && !known(order.id)).sort((a, b) => a.id - b.id);
  const gap = mark > 0 && rows.length >= limit && lowest > mark + 1;
  return { missed, watermark: { apiBaseUrl, highestOrderId: highest < mark ? mark : highest }, gap };
}
