import { serverMessageSchema, type ServerMessage } from '../shop/schemas';

/** Frames above this size are refused unparsed: no order comes near it. */
export const MAX_FRAME_CHARS = 64 * 1024;

export const IGNORED_FRAME_REASONS = ['binary', 'tooLarge', 'notJson', 'unknownMessage', 'invalidOrder'] as const;
export type IgnoredFrameReason = (typeof IGNORED_FRAME_REASONS)[number];

export type ParsedFrame = { ok: true; message: ServerMessage } | { ok: false; reason: IgnoredFrameReason };

/** The validated message, or why the frame is ignored: malformed, oversized, unknown or invalid. */
export function parseServerFrame(frame: unknown): ParsedFrame {
  if (typeof frame !== 'string') return { ok: false, reason: 'binary' };
  if (frame.length > MAX_FRAME_CHARS) return { ok: false, reason: 'tooLarge' };
  let json: unknown;
  try {
    json = JSON.parse(frame);
  } catch {
    return { ok: false, reason: 'notJson' };
  }
  const parsed = serverMessageSchema.safeParse(json);
  if (parsed.success) return { ok: true, message: parsed.data };
  const looksLikeOrder =
    typeof json === 'object' && json !== null && (json as { event?: unknown }).event === 'order_created';
  return { ok: false, reason: looksLikeOrder ? 'invalidOrder' : 'unknownMessage' };
}
