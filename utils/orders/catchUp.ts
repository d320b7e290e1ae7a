import * as z from 'zod/mini';
import { readBoundedJson } from '../shop/boundedBody';
import { MAX_ORDER_LIST_BYTES, recentOrdersResponseSchema } from '../shop/schemas';
import { callShopApi } from '../shop/shopRequest';
import { recentOrdersUrl } from '../shop/shopUrls';
import { parseCreatedAt } from './createdAt';
import { orderFromRecent, type Order, type ParsedOrder } from './order';
import { storedValueParser } from '../storedValueParser';

/** The highest order id this server has shown us: catch-up announces only what lies above. */
const orderWatermarkSchema = z.object({ apiBaseUrl: z.string(), highestOrderId: z.int() });
export type OrderWatermark = z.infer<typeof orderWatermarkSchema>;

export const parseOrderWatermark = storedValueParser(orderWatermarkSchema);

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
  const response = await callShopApi(fetchImpl, recentOrdersUrl(apiBaseUrl, limit), { token, timeoutMs: 10_000 });
  if (!response.ok) throw new Error(`recent-orders answered HTTP ${response.status}`);
  const body = recentOrdersResponseSchema.parse(await readBoundedJson(response, MAX_ORDER_LIST_BYTES));
  // The server may answer more rows than asked for: never take more.
  return body.orders.slice(0, limit).flatMap((row) => orderFromRecent(row) ?? []);
}

/**
 * The computer's clock and the server's may disagree by this much: on a first read, an
 * order created this long before the sign-in still counts as news (one announced twice is
 * impossible, the dedupe store sees to that; one missed is what must never happen).
 */
const SIGN_IN_CLOCK_SKEW_MS = 2 * 60_000;

/**
 * On a first read (no mark for this server yet), what was there at sign-in: orders above the
 * id the list showed then are news; without that id, orders created after the sign-in are.
 */
export interface FirstReadNews {
  highestOrderIdAtSignIn: number | null;
  signedInAt: number;
  serverTimeZone: string;
}

/** What a catch-up announces, where the watermark moves (null: nowhere yet), and whether its window was too short. */
export interface CatchUpPlan {
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
export function ordersToCatchUp(
  recent: readonly Order[],
  watermark: OrderWatermark | null,
  apiBaseUrl: string,
  {
    limit = CATCH_UP_LIMIT,
    known = () => false,
    firstRead = null,
  }: { limit?: number; known?: (orderId: number) => boolean; firstRead?: FirstReadNews | null } = {},
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
    if (rows.length === 0) return { missed: [], watermark: null, gap: false };
    const since = firstRead ? firstRead.signedInAt - SIGN_IN_CLOCK_SKEW_MS : null;
    const createdSinceSignIn = ({ id, createdAt }: Order) => {
      const listedAtSignIn = firstRead?.highestOrderIdAtSignIn ?? null;
      if (listedAtSignIn !== null) return id > listedAtSignIn;
      if (since === null || createdAt === null) return false;
      const at = parseCreatedAt(createdAt, firstRead!.serverTimeZone);
      return at !== null && at >= since;
    };
    const missed = rows.filter((order) => !known(order.id) && createdSinceSignIn(order)).sort((a, b) => a.id - b.id);
    return { missed, watermark: { apiBaseUrl, highestOrderId: highest }, gap: false };
  }
  // The server answers its own errors with an empty list: that proves nothing.
  if (rows.length === 0) return { missed: [], watermark, gap: false };
  const mark = highest < watermark.highestOrderId ? 0 : watermark.highestOrderId;
  const missed = rows.filter((order) => order.id > mark && !known(order.id)).sort((a, b) => a.id - b.id);
  const gap = mark > 0 && rows.length >= limit && lowest > mark + 1;
  return { missed, watermark: { apiBaseUrl, highestOrderId: highest < mark ? mark : highest }, gap };
}
