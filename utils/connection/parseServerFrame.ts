import { orderFromBroadcast, type ParsedOrder } from '../orders/order';
import type { Outcome } from '../outcome';
import { CUT_PICTURE } from '../pictures/pictureSource';
import { serverMessageSchema } from '../shop/schemas';

/**
 * Frames above this size are not parsed. A customer's picture travels inside the frame
 * (several MB is normal) but is cut out before parsing, so only the rest counts here.
 */
export const MAX_FRAME_CHARS = 32 * 1024 * 1024;

export const IGNORED_FRAME_REASONS = ['binary', 'tooLarge', 'notJson', 'unknownMessage', 'invalidOrder'] as const;
export type IgnoredFrameReason = (typeof IGNORED_FRAME_REASONS)[number];

type ServerMessage = { kind: 'ping' } | { kind: 'order'; parsed: ParsedOrder };
export type ParsedFrame = Outcome<{ message: ServerMessage }, IgnoredFrameReason>;

const INLINE_PICTURE_VALUE = /"image_url"\s*:\s*"(?=data:)/g;

/**
 * The frame's text with an inline picture's `data:` URL cut out, and that URL. Parsing
 * megabytes of base64 into a string only to skip it costs milliseconds per order; finding
 * its two quotes costs a fraction of one. A URL with an escape in it is left in place
 * (the whole frame is then parsed, slower but the same result).
 */
export function cutInlinePicture(frame: string): { json: string; picture: string | null } {
  INLINE_PICTURE_VALUE.lastIndex = 0;
  const key = INLINE_PICTURE_VALUE.exec(frame);
  if (!key) return { json: frame, picture: null };
  const start = key.index + key[0].length;
  const end = frame.indexOf('"', start);
  const escape = frame.indexOf('\\', start);
  if (end === -1 || (escape !== -1 && escape < end)) return { json: frame, picture: null };
  return { json: `${frame.slice(0, start)}${CUT_PICTURE}${frame.slice(end)}`, picture: frame.slice(start, end) };
}

/**
 * The validated message, or why the frame is ignored: malformed, oversized, unknown, or an
 * order without a usable id. An order is an order however little else it carries.
 */
export function parseServerFrame(frame: unknown, now: number): ParsedFrame {
  if (typeof frame !== 'string') return { ok: false, problem: 'binary' };
  const { json: text, picture } = cutInlinePicture(frame);
  if (text.length > MAX_FRAME_CHARS) return { ok: false, problem: 'tooLarge' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  const parsed = serverMessageSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problem: 'unknownMessage' };
  if ('type' in parsed.data) return { ok: true, message: { kind: 'ping' } };
  const order = orderFromBroadcast(parsed.data.data, now, picture);
  return order ? { ok: true, message: { kind: 'order', parsed: order } } : { ok: false, problem: 'invalidOrder' };
}
