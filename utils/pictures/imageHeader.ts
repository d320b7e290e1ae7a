/** An image's format and size read from its first bytes, before anything is decoded. */
export interface ImageHeader {
  type: 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp';
  width: number;
  height: number;
}

const u16be = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u16le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u24le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
const u32be = (b: Uint8Array, at: number) =>
  ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;
const ascii = (b: Uint8Array, at: number, text: string) =>
  [...text].every((char, i) => b[at + i] === char.charCodeAt(0));

/**
 * JPEG: walk the segments to the first start-of-frame marker (EXIF may come first). A marker
 * without a length (TEM, RSTn, a second SOI) before the frame is refused: a decoder skips it
 * where this walk would read a length, so the two would disagree on the size.
 */
function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) return null;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: u16be(b, at + 5), width: u16be(b, at + 7) };
    at += 2 + u16be(b, at + 2);
  }
  return null;
}

/**
 * GIF: the logical screen, grown to hold the first image (a decoder draws a frame larger than
 * the screen it claims), or null when no image descriptor is found.
 */
function gifSize(b: Uint8Array): { width: number; height: number } | null {
  let at = 13 + (b[10]! & 0x80 ? 3 * 2 ** ((b[10]! & 0x07) + 1) : 0);
  while (at < b.length) {
    if (b[at] === 0x2c && at + 9 < b.length) {
      const [left, top, width, height] = [1, 3, 5, 7].map((offset) => u16le(b, at + offset)) as [
        number,
        number,
        number,
        number,
      ];
      return { width: Math.max(u16le(b, 6), left + width), height: Math.max(u16le(b, 8), top + height) };
    }
    if (b[at] !== 0x21) return null;
    // An extension: its label, then sub-blocks up to an empty one.
    at += 2;
    while (at < b.length && b[at] !== 0) at += b[at]! + 1;
    at += 1;
  }
  return null;
}

function webpSize(b: Uint8Array): { width: number; height: number } | null {
  if (ascii(b, 12, 'VP8 ') && b.length >= 30) return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  if (ascii(b, 12, 'VP8L') && b.length >= 25) {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (ascii(b, 12, 'VP8X') && b.length >= 30) return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  return null;
}

/**
 * The format by its signature (never by what the server or the data URL claims) and the
 * pixel size, or null for anything that is not a JPEG, PNG, GIF or WebP picture. Never
 * throws, whatever the bytes.
 */
export function readImageHeader(bytes: Uint8Array): ImageHeader | null {
  const b = bytes;
  let found: ImageHeader | null = null;
  if (b.length >= 24 && b[0] === 0x89 && ascii(b, 1, 'PNG') && ascii(b, 12, 'IHDR')) {
    found = { type: 'image/png', width: u32be(b, 16), height: u32be(b, 20) };
  } else if (b.length >= 13 && (ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a'))) {
    const size = gifSize(b);
    found = size && { type: 'image/gif', ...size };
  } else if (b.length >= 16 && ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP')) {
    const size = webpSize(b);
    found = size && { type: 'image/webp', ...size };
  } else if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) {
    const size = jpegSize(b);
    found = size && { type: 'image/jpeg', ...size };
  }
  return found && found.width > 0 && found.height > 0 ? found : null;
}
