import { orderFromBroadcast, type ParsedOrder } from '../orders/order';
import { serverMessageSchema } from '../shop/schemas';

/** Frames above this size are refused unparsed: no order comes near it. */
export const MAX_FRAME_CHARS = 64 * 1024;

export const IGNORED_FRAME_REASONS = ['binary', 'tooLarge', 'notJson', 'unknownMessage', 'invalidOrder'] as const;
export type IgnoredFrameReason = (typeof IGNORED_FRAME_REASONS)[number];

export type ServerMessage = { kind: 'ping' } | { kind: 'order'; parsed: ParsedOrder };
export type ParsedFrame = { ok: true; message: ServerMessage } | { ok: false; reason: IgnoredFrameReason };

/**
 * The validated message, or why the frame is ignored: malformed, oversized, unknown, or an
 * order without a usable id. An order is an order however little else it carries.
 */
export function parseServerFrame(frame: unknown, now: number): ParsedFrame {
  if (typeof frame !== 'string') return { ok: false, reason: 'binary' };
  if (frame.length > MAX_FRAME_CHARS) return { ok: false, reason: 'tooLarge' };
  let json: unknown;
  try {
    json = JSON.parse(frame);
  } catch {
    return { ok: false, reason: 'notJson' };
  }
  const parsed = serverMessageSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'unknownMessage' };
  if ('type' in parsed.data) return { ok: true, message: { kind: 'ping' } };
  const order = orderFromBroadcast(parsed.data.data, now);
  return order ? { ok: true, message: { kind: 'order', parsed: order } } : { ok: false, reason: 'invalidOrder' };
}
