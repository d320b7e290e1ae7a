/**
 * Where an order's picture comes from. The shop's order form sends every upload as a
 * `data:` URL and the server copies the first image into the broadcast's `image_url`, so
 * most pictures arrive inline, megabytes long; otherwise `image_url` is a link the customer
 * typed (any address, possibly a PDF), or the shop's attachment route. The picture is never
 * stored: only a small thumbnail made from it is.
 */
export type PictureSource =
  | { kind: 'inline'; dataUrl: string }
  /** Absolute, or relative to the API's origin (resolved when the thumbnail is made). */
  | { kind: 'remote'; url: string };

/** Stands in a frame's parsed JSON where `parseServerFrame` cut the inline picture out of its text. */
export const CUT_PICTURE = 'data:,picture-cut-from-frame';

/** What one thumbnail may weigh in storage (≈ 10 KB of JPEG, as a data URL). */
export const MAX_THUMBNAIL_CHARS = 14_000;

/** Inline pictures larger than this are not decoded (≈ 18 MB of image): the order still is announced. */
export const MAX_INLINE_PICTURE_CHARS = 24 * 1024 * 1024;
const MAX_REMOTE_URL_CHARS = 2_000;

/** Only these are decoded; anything else (a PDF, SVG, a document) simply has no thumbnail. */
const INLINE_IMAGE = /^data:image\/(?:jpeg|jpg|pjpeg|png|gif|webp)(?:;[\w.+-]+=[\w.+-]+)*;base64,/i;

/** The picture an `image_url` value stands for, or null: not an image, unreadable, or absurdly large. */
export function pictureSourceOf(value: unknown): PictureSource | null {
  if (typeof value !== 'string') return null;
  // The prefix alone is tested: a regular expression never runs over megabytes.
  if (value.startsWith('data:')) {
    if (value.length > MAX_INLINE_PICTURE_CHARS || !INLINE_IMAGE.test(value.slice(0, 200))) return null;
    return { kind: 'inline', dataUrl: value };
  }
  if (value.length > MAX_REMOTE_URL_CHARS || /[\s\\]/.test(value)) return null;
  if (/^https?:\/\//i.test(value) || (value.startsWith('/') && !value.startsWith('//'))) {
    return { kind: 'remote', url: value };
  }
  return null;
}

export type RemotePictureAddress =
  | { ok: true; url: string }
  /** `notShopOrigin`: a link off the shop's API origin, never fetched. */
  | { ok: false; problem: 'notShopOrigin' | 'notImage' };

/**
 * The address to fetch a remote picture from: resolved against the API, and on the API's
 * own origin, where the shop's attachment route (`{api}/orders/{id}/attachments/{key}`)
 * lives. A link the customer typed may name any address: fetched from every staff
 * computer, it would tell the customer each one's IP address and when the order arrived,
 * or reach into the staff's own network. Such a picture gets no thumbnail.
 */
export function remotePictureUrl(url: string, apiBaseUrl: string): RemotePictureAddress {
  let resolved: URL;
  let api: URL;
  try {
    resolved = new URL(url, apiBaseUrl);
    api = new URL(apiBaseUrl);
  } catch {
    return { ok: false, problem: 'notImage' };
  }
  if (resolved.origin !== api.origin) return { ok: false, problem: 'notShopOrigin' };
  if (resolved.username || resolved.password) return { ok: false, problem: 'notImage' };
  return { ok: true, url: resolved.href };
}
