import * as z from 'zod/mini';
import { STATUS_CHANGE_PROBLEMS } from '../shop/orderStatuses';
import { shownText, TEXT_LIMITS } from '../text/shownText';
import { MAX_THUMBNAIL_CHARS } from '../pictures/pictureSource';
import { orderSchema } from './order';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** This computer's attempt to accept an order (PUT status `accepted`) and how it went. */
const acceptanceSchema = z.object({
  state: z.enum(['accepting', 'accepted', 'failed']),
  at: z.number(),
  problem: z.optional(z.enum(STATUS_CHANGE_PROBLEMS)),
  /** The server's own words (`detail`) for a refusal. */
  detail: z.optional(z.string()),
});
export type Acceptance = z.infer<typeof acceptanceSchema>;

/** A thumbnail of the customer's picture: a small JPEG data URL, nothing else (it is shown as an image). */
const thumbnailSchema = z
  .string()
  .check(z.maxLength(MAX_THUMBNAIL_CHARS), z.regex(/^data:image\/jpeg;base64,[A-Za-z0-9+/]+={0,2}$/));

/**
 * An order read from the order list (a catch-up, the safety net or list reading), not from the
 * stream. Stored in every row's `source` as 'catchUp', the name the first releases gave it: kept.
 */
export const FROM_ORDER_LIST = 'catchUp';

/** An order as the popup lists it: what arrived, when, how, and what staff did with it here. */
const receivedOrderSchema = z.object({
  ...orderSchema.shape,
  receivedAt: z.number(),
  seen: z.boolean(),
  source: z.enum(['live', FROM_ORDER_LIST]),
  acceptance: z.optional(acceptanceSchema),
  thumbnail: z.optional(thumbnailSchema),
});
export type ReceivedOrder = z.infer<typeof receivedOrderSchema>;
export type OrderSource = ReceivedOrder['source'];

/** The stored list, row by row: a corrupt row is dropped, never the whole list. */
export function parseReceivedOrders(stored: unknown): ReceivedOrder[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((row: unknown) => {
    // A broken thumbnail costs the thumbnail, never the order.
    if (isRecord(row) && row.thumbnail !== undefined && !thumbnailSchema.safeParse(row.thumbnail).success) {
      const { thumbnail: _broken, ...rest } = row;
      row = rest;
    }
    // Older releases stored the server's words whole: shown as one bounded plain line, like customer text.
    if (isRecord(row) && isRecord(row.acceptance) && typeof row.acceptance.detail === 'string') {
      row = {
        ...row,
        acceptance: { ...row.acceptance, detail: shownText(row.acceptance.detail, TEXT_LIMITS.serverDetail) },
      };
    }
    const parsed = receivedOrderSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

/** When the latest of these orders reached this computer; null when none has. */
export function lastReceivedAt(orders: readonly ReceivedOrder[]): number | null {
  return orders.length > 0 ? Math.max(...orders.map((order) => order.receivedAt)) : null;
}
