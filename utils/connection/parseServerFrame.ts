import { serverMessageSchema, type ServerMessage } from '../shop/schemas';

/** Frames above this size are refused unparsed: no order comes near it. */
export const MAX_FRAME_CHARS = 64 * 1024;

/** The validated message, or null for anything malformed, oversized or unknown. */
export function parseServerFrame(frame: unknown): ServerMessage | null {
  if (typeof frame !== 'string' || frame.length > MAX_FRAME_CHARS) return null;
  let json: unknown;
  try {
    json = JSON.parse(frame);
  } catch {
    return null;
  }
  const parsed = serverMessageSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
