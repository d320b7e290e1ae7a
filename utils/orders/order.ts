import * as z from 'zod/mini';
import { CUT_PICTURE, pictureSourceOf, type PictureSource } from '../pictures/pictureSource';
import { shownText, TEXT_LIMITS } from '../text/shownText';

/**
 * One order as the extension keeps it, whichever way it arrived. Only the id is certain:
 * every other field is the shop's habit, not a promise, so each may be absent (null).
 */
export const orderSchema = z.object({
  id: z.int().check(z.positive()),
  number: z.nullable(z.string()),
  customerName: z.nullable(z.string()),
  customerPhone: z.nullable(z.string()),
  amount: z.nullable(z.number()),
  deliveryType: z.nullable(z.string()),
  serviceName: z.nullable(z.string()),
  itemsCount: z.nullable(z.int()),
  createdAt: z.nullable(z.string()),
  imageUrl: z.nullable(z.string()),
  status: z.nullable(z.string()),
});
export type Order = z.infer<typeof orderSchema>;

/** An order read from the server, with the fields it lacked or that had to be converted. */
export interface ParsedOrder {
  order: Order;
  /** Expected fields that were absent, null or of an unusable type: left out, never guessed. */
  missing: string[];
  /** Fields converted to the expected type, e.g. an amount sent as the text `"1500.00"`. */
  coerced: string[];
  /** The customer's picture, when `image_url` holds an image: never stored, only its thumbnail. */
  picture?: PictureSource;
}

const positiveSafeInteger = z.int().check(z.positive());
const digits = z.string().check(z.regex(/^\s*\d{1,16}\s*$/));
const numericText = z.string().check(z.regex(/^\s*-?\d+(\.\d+)?\s*$/));

/** An order id the extension can trust: a positive safe integer, or a string of its digits. */
export function orderIdOf(value: unknown): number | null {
  const id = digits.safeParse(value).success ? Number(value) : value;
  const parsed = positiveSafeInteger.safeParse(id);
  return parsed.success ? parsed.data : null;
}

/** Reads one object's fields best-effort, noting every one it could not take as it is. */
function fieldReader(data: Record<string, unknown>) {
  const missing: string[] = [];
  const coerced: string[] = [];
  return {
    missing,
    coerced,
    /** Text, cleaned for display; a number is taken as its text. `nullable`: null is the protocol's "none". */
    text(key: string, max: number, { nullable = false } = {}): string | null {
      const value = data[key];
      if (typeof value === 'string') return shownText(value, max) || null;
      if (typeof value === 'number' && Number.isFinite(value)) {
        coerced.push(key);
        return String(value);
      }
      if (!(nullable && value === null)) missing.push(key);
      return null;
    },
    number(key: string, { integer = false } = {}): number | null {
      const value = data[key];
      const fits = (n: number) => Number.isFinite(n) && (!integer || Number.isSafeInteger(n));
      if (typeof value === 'number' && fits(value)) return value;
      if (numericText.safeParse(value).success && fits(Number(value))) {
        coerced.push(key);
        return Number(value);
      }
      missing.push(key);
      return null;
    },
  };
}

/**
 * The order in an `order_created` frame's `data`, or null without a usable id: anything
 * with an id is an order and is announced, whatever else is missing. A live order without
 * a readable `created_at` was created now. `cutPicture` is the inline picture that
 * `parseServerFrame` cut out of the frame's text before parsing it.
 */
export function orderFromBroadcast(data: unknown, now: number, cutPicture: string | null = null): ParsedOrder | null {
  if (typeof data !== 'object' || data === null) return null;
  const record = data as Record<string, unknown>;
  const id = orderIdOf(record.order_id);
  if (id === null) return null;
  const read = fieldReader(record);
  const rawPicture = record.image_url === CUT_PICTURE ? cutPicture : record.image_url;
  const picture = pictureSourceOf(rawPicture);
  if (rawPicture === undefined) read.missing.push('image_url');
  const finalAmount = read.number('final_amount');
  const order: Order = {
    id,
    number: read.text('order_number', TEXT_LIMITS.orderNumber),
    customerName: read.text('customer_name', TEXT_LIMITS.customerName),
    customerPhone: read.text('customer_phone', TEXT_LIMITS.customerPhone),
    amount: finalAmount ?? read.number('total_amount'),
    deliveryType: read.text('delivery_type', TEXT_LIMITS.deliveryType),
    serviceName: read.text('service_name', TEXT_LIMITS.serviceName, { nullable: true }),
    itemsCount: read.number('items_count', { integer: true }),
    createdAt: read.text('created_at', TEXT_LIMITS.createdAt) ?? new Date(now).toISOString(),
    // Only an attachment's address is kept: an inline picture is megabytes of customer data.
    imageUrl: picture?.kind === 'remote' ? shownText(picture.url, TEXT_LIMITS.imageUrl) : null,
    // No status today means a new order: its absence is the protocol, not a defect.
    status: record.status === undefined ? null : read.text('status', TEXT_LIMITS.status, { nullable: true }),
  };
  return { order, missing: read.missing, coerced: read.coerced, ...(picture && { picture }) };
}

/** The order in a `recent-orders` row (other field names, fewer details), or null without a usable id. */
export function orderFromRecent(row: unknown): ParsedOrder | null {
  if (typeof row !== 'object' || row === null) return null;
  const record = row as Record<string, unknown>;
  const id = orderIdOf(record.id);
  if (id === null) return null;
  const read = fieldReader(record);
  const order: Order = {
    id,
    number: read.text('order_number', TEXT_LIMITS.orderNumber),
    customerName: read.text('customer', TEXT_LIMITS.customerName),
    customerPhone: null,
    amount: read.number('amount'),
    deliveryType: null,
    serviceName: read.text('service_name', TEXT_LIMITS.serviceName, { nullable: true }),
    itemsCount: null,
    createdAt: read.text('created_at', TEXT_LIMITS.createdAt),
    imageUrl: null,
    status: read.text('status', TEXT_LIMITS.status),
  };
  return { order, missing: read.missing, coerced: read.coerced };
}

/** How staff recognise an order: its number, or its id when the server sent no number. */
export function orderLabel(order: { id: number; number: string | null }): string {
  return order.number ?? `#${order.id}`;
}
