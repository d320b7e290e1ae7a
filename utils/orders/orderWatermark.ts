import * as z from 'zod/mini';
import { newOnFirstRead, type FirstReadNews } from './firstRead';
import type { Order } from './order';
import { LONG_READ_LIMIT } from './recentOrders';
import { storedValueParser } from '../storedValueParser';

/** The highest order id this server has shown us: a read of the order list announces only what lies above. */
const orderWatermarkSchema = z.object({ apiBaseUrl: z.string(), highestOrderId: z.int() });
export type OrderWatermark = z.infer<typeof orderWatermarkSchema>;

export const parseOrderWatermark = storedValueParser(orderWatermarkSchema);

/** What a read of the order list announces, where the watermark moves (null: nowhere yet), and whether its window was too short. */
export interface AboveWatermark {
  missed: Order[];
  watermark: OrderWatermark | null;
  /** Every row read lies above the watermark: orders older than the window may be missed too. */
  gap: boolean;
}

/**
 * Which recent orders were missed: those above the watermark that this computer has not
 * taken in yet, oldest first. The watermark moves only to ids the server itself lists, so
 * no frame can poison it; a server whose newest id lies below it (a reset database, or a
 * mark an older version stored) brings it back down, announcing what is unknown. Without
 * a watermark for this server (a first sign-in) history is not news, but an order created
 * after the sign-in is (its broadcast may have been lost, or come before the stream
 * opened); an empty first answer (perhaps the server's error) sets no mark at all.
 */
export function ordersAboveWatermark(
  recent: readonly Order[],
  watermark: OrderWatermark | null,
  apiBaseUrl: string,
  {
    limit = LONG_READ_LIMIT,
    known = () => false,
    firstRead = null,
  }: { limit?: number; known?: (orderId: number) => boolean; firstRead?: FirstReadNews | null } = {},
): AboveWatermark {
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
    if (rows.length === 0) return { missed: [], watermark: null, gap: false };
    const isNews = newOnFirstRead(firstRead);
    const missed = rows.filter((order) => !known(order.id) && isNews(order)).sort((a, b) => a.id - b.id);
    return { missed, watermark: { apiBaseUrl, highestOrderId: highest }, gap: false };
  }
  // The server answers its own errors with an empty list: that proves nothing.
  if (rows.length === 0) return { missed: [], watermark, gap: false };
  const mark = highest < watermark.highestOrderId ? 0 : watermark.highestOrderId;
  const missed = rows.filter((order) => order.id > mark && !known(order.id)).sort((a, b) => a.id - b.id);
  const gap = mark > 0 && rows.length >= limit && lowest > mark + 1;
  return { missed, watermark: { apiBaseUrl, highestOrderId: highest < mark ? mark : highest }, gap };
}
