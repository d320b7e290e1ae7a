import { decode as decodeJpeg, encode as encodeJpeg } from 'jpeg-js';
import { PNG } from 'pngjs';
import { dataUrlOf, type CustomerFile } from './customerFiles';

/**
 * The files of an order, the way the shop handles them from the customer's browser to its disk.
 *
 * The form (frontend/src/components/OrderModal.tsx, `serializeFile`) sends every upload as a
 * `data:` URL four times over; the server (backend/routers/orders.py, `create_order`) copies the
 * first design file of the first item whose URL starts with `data:image` or `http` into the
 * broadcast's `image_url`, then `_persist_design_files` writes each upload to
 * `uploads/orders/<order number>/item-<n>/<safe name>` (served by the `/uploads` static mount) and
 * keeps the entry, `data_url` included, in `order_items.design_files`.
 *
 * What the real code does that the brief did not expect, and this module reproduces:
 * - `image_url` is never an attachment route's address. The fallback that would build
 *   `{PUBLIC_BASE_URL}/api/orders/{id}/attachments/{file_key}` reads `file_key` from the
 *   persisted entries, and `_persist_design_files` pops `file_key` from every entry: it never
 *   fires. A PDF alone gives `image_url: null`; an `http…` link given as a design file (whatever
 *   it names, a PDF too) becomes `image_url` as it is.
 * - `GET /api/orders/{id}/attachments/{key}` keys files `{order_id}-{order_item_id}-{index}`, and
 *   answers 500 for every file written to disk: `normalize_attachment_entry` reads `file_url`
 *   before assigning it (UnboundLocalError) unless the entry's path is a `data:` URL. With that
 *   one line repaired it streams the bytes from the kept `data_url` (see `repaired`).
 */

/** A link the customer's order carries instead of an upload: the form forwards it as it is. */
interface LinkedDesignFile {
  url: string;
}

/** An upload from the customer's device, or a link. */
export type DesignFile = CustomerFile | LinkedDesignFile;

const isLinked = (file: DesignFile): file is LinkedDesignFile => 'url' in file;

/** One design file as the shop's order form sends it (`SerializedDesignFile`). */
export interface FormEntry {
  file_key: string;
  filename: string;
  url: string;
  download_url: string;
  raw_path: string;
  data_url: string;
  mime_type?: string;
  size_in_bytes?: number;
}

/** An entry of `order_items.design_files` after `_persist_design_files`, which drops `file_key`. */
export type PersistedEntry = Omit<FormEntry, 'file_key'>;

/** The form re-encodes images over this size before sending them. */
export const FORM_COMPRESS_OVER_BYTES = 5 * 1024 * 1024;
const FORM_MAX_SIDE = 2000;
const FORM_JPEG_QUALITY = 85;

interface Rgba {
  width: number;
  height: number;
  data: Uint8Array;
}

function decodeImage(file: CustomerFile): Rgba | null {
  try {
    if (file.mimeType === 'image/png') return PNG.sync.read(file.bytes);
    if (file.mimeType === 'image/jpeg') return decodeJpeg(file.bytes, { useTArray: true, maxMemoryUsageInMB: 1024 });
  } catch {
    // The form keeps the original when the browser cannot draw it.
  }
  return null;
}

/**
 * What the form's canvas does to an image over 5 MiB: scaled to fit 2000 × 2000 (sides
 * truncated to whole pixels, as a canvas does), transparency drawn over black, JPEG at 0.85.
 * The pixels are this double's (nearest neighbour), not a browser's; the shape and the type are
 * the form's. Null when the image cannot be decoded here (PNG and JPEG only): the form then sends
 * the original, as it does when its canvas fails.
 */
export function compressLikeTheForm(file: CustomerFile): Buffer | null {
  const image = decodeImage(file);
  if (!image) return null;
  let width = image.width;
  let height = image.height;
  if (width > FORM_MAX_SIDE || height > FORM_MAX_SIDE) {
    if (width > height) {
      height = (height * FORM_MAX_SIDE) / width;
      width = FORM_MAX_SIDE;
    } else {
      width = (width * FORM_MAX_SIDE) / height;
      height = FORM_MAX_SIDE;
    }
  }
  const outWidth = Math.trunc(width);
  const outHeight = Math.trunc(height);
  const out = Buffer.alloc(outWidth * outHeight * 4);
  for (let y = 0; y < outHeight; y++) {
    const sourceY = Math.min(image.height - 1, Math.floor(((y + 0.5) * image.height) / outHeight));
    for (let x = 0; x < outWidth; x++) {
      const sourceX = Math.min(image.width - 1, Math.floor(((x + 0.5) * image.width) / outWidth));
      const from = (sourceY * image.width + sourceX) * 4;
      const to = (y * outWidth + x) * 4;
      const alpha = image.data[from + 3]! / 255;
      out[to] = Math.round(image.data[from]! * alpha);
      out[to + 1] = Math.round(image.data[from + 1]! * alpha);
      out[to + 2] = Math.round(image.data[from + 2]! * alpha);
      out[to + 3] = 255;
    }
  }
  return Buffer.from(encodeJpeg({ width: outWidth, height: outHeight, data: out }, FORM_JPEG_QUALITY).data);
}

/** Re-encoding takes the better part of a second: once per file's bytes, per process. */
const compressedByBytes = new WeakMap<Buffer, Buffer | null>();
function compressedOnce(file: CustomerFile): Buffer | null {
  if (!compressedByBytes.has(file.bytes)) compressedByBytes.set(file.bytes, compressLikeTheForm(file));
  return compressedByBytes.get(file.bytes) ?? null;
}

/**
 * The entry the form sends for the file at `index` of the item's files. An upload: key
 * `<name>-<size>-<lastModified>`, the data URL in `url`, `download_url`, `raw_path` and
 * `data_url`, the original `File.type` and size (even when the image was re-encoded). A link:
 * `ensureSerializedEntry`'s string case, the link in every URL field.
 */
export function formEntry(file: DesignFile, index: number): FormEntry {
  if (isLinked(file)) {
    const filename = file.url.split('/').pop() || `file-${index + 1}`;
    return {
      file_key: `${filename}-${index}`,
      filename,
      url: file.url,
      download_url: file.url,
      raw_path: file.url,
      data_url: file.url,
    };
  }
  const compressed =
    file.bytes.length > FORM_COMPRESS_OVER_BYTES && file.mimeType.startsWith('image/') ? compressedOnce(file) : null;
  const dataUrl = compressed ? dataUrlOf({ mimeType: 'image/jpeg', bytes: compressed }) : dataUrlOf(file);
  // `mime_type: file.type || undefined`: JSON leaves an empty type out.
  return {
    file_key: `${file.filename}-${file.bytes.length}-${file.lastModified ?? 0}`,
    filename: file.filename,
    url: dataUrl,
    download_url: dataUrl,
    raw_path: dataUrl,
    data_url: dataUrl,
    ...(file.mimeType ? { mime_type: file.mimeType } : {}),
    size_in_bytes: file.bytes.length,
  };
}

/**
 * `first_order_image_url` for the first item: the first entry whose `url` (or `file_url`,
 * `download_url`, `data_url`) starts with `data:image` or `http`, else null. The code's second
 * chance (an attachment route on the public base) never fires: see the module comment.
 */
export function firstOrderImageUrl(entries: readonly FormEntry[]): string | null {
  for (const entry of entries) {
    const url = entry.url || entry.download_url || entry.data_url;
    if (url && (url.startsWith('data:image') || url.startsWith('http'))) return url;
  }
  return null;
}

/** Python's `mimetypes.guess_extension` for the types a customer sends; `.bin` otherwise. */
const EXTENSIONS: Record<string, string> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/gif': '.gif',
  'image/webp': '.webp',
  'application/pdf': '.pdf',
  'text/plain': '.txt',
};

/** Python's `mimetypes.guess_type` by extension, as the `/uploads` static mount serves files. */
const TYPES_BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  txt: 'text/plain',
  json: 'application/json',
};

export function guessType(path: string): string | null {
  const extension = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase();
  return (extension && TYPES_BY_EXTENSION[extension]) || null;
}

/** `_secure_filename`: the last path segment, every run of other than `A-Za-z0-9.-_` as `_`. */
export function secureFilename(filename: string): string {
  const last = (filename || 'attachment').trim().replaceAll('\\', '/').split('/').pop() ?? '';
  return last.replace(/[^A-Za-z0-9.\-_]+/g, '_') || 'attachment';
}

/** `_decode_data_url`: the bytes and type of a `data:` URL, or null (strict base64, as `validate=True`). */
export function decodeDataUrl(dataUrl: string): { bytes: Buffer; mimeType: string } | null {
  if (!dataUrl.startsWith('data:')) return null;
  const comma = dataUrl.indexOf(',');
  if (comma === -1) return null;
  const encoded = dataUrl.slice(comma + 1);
  if (encoded.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) return null;
  const mimeType = dataUrl.slice(5, comma).split(';')[0] || 'application/octet-stream';
  return { bytes: Buffer.from(encoded, 'base64'), mimeType };
}

/**
 * `_persist_design_files` for item `itemIndex`: each upload written under
 * `/uploads/orders/<order number>/item-<n>/<safe name>` (its URL fields now that path, its
 * `data_url` kept, `file_key` dropped), each link kept as a link.
 */
export function persistDesignFiles(orderNumber: string, itemIndex: number, entries: readonly FormEntry[]) {
  const webBase = `/uploads/orders/${orderNumber}/item-${itemIndex + 1}`;
  return entries.map((entry, index): PersistedEntry => {
    const { file_key: _dropped, ...saved } = entry;
    const source = entry.data_url || entry.url || entry.download_url || entry.raw_path;
    const decoded = source.startsWith('data:') ? decodeDataUrl(source) : null;
    if (decoded) {
      const extension = EXTENSIONS[decoded.mimeType] ?? '.bin';
      const path = `${webBase}/${secureFilename(saved.filename || `attachment-${index + 1}${extension}`)}`;
      return { ...saved, url: path, download_url: path, raw_path: path, size_in_bytes: decoded.bytes.length };
    }
    return { ...saved, url: source, download_url: source, raw_path: source };
  });
}

/** What `GET /api/orders/{id}/attachments/{key}` answers. */
export type AttachmentAnswer =
  | { kind: 'file'; mimeType: string; bytes: Buffer; filename: string }
  | { kind: 'redirect'; location: string }
  /** An exception the route does not catch: uvicorn answers a bare 500. */
  | { kind: 'crash'; reason: string }
  | { kind: 'error'; status: number; detail: string };

export interface OrderItemFiles {
  itemId: number;
  entries: readonly PersistedEntry[];
}

interface NormalizedEntry {
  key: string;
  filename: string;
  url: string;
  rawPath: string;
  dataUrl: string | null;
}

/** `normalize_attachment_entry`, for the entries this double persists. */
function normalizeEntry(
  entry: PersistedEntry,
  key: string,
  repaired: boolean,
  publicBaseUrl: string,
): NormalizedEntry | { crash: string } {
  let rawPath = entry.url || entry.download_url || entry.raw_path;
  const preferred = entry.raw_path;
  if (preferred && !preferred.startsWith('data:') && /^(\/uploads\/|https?:\/\/)/.test(preferred)) {
    rawPath = preferred;
  }
  let fileUrl: string;
  let fileExists = false;
  if (rawPath.startsWith('data:')) {
    fileUrl = rawPath;
    fileExists = true;
  } else if (!repaired) {
    return { crash: "UnboundLocalError: cannot access local variable 'file_url'" };
  } else if (rawPath.startsWith('http://') || rawPath.startsWith('https://')) {
    fileUrl = rawPath;
    fileExists = true;
  } else {
    // The file was written to the server's disk: served from the public base.
    fileExists = rawPath.startsWith('/uploads/');
    fileUrl = `${publicBaseUrl}${rawPath.startsWith('/') ? '' : '/'}${rawPath}`;
  }
  let dataUrl: string | null = entry.data_url?.startsWith('data:') ? entry.data_url : null;
  if (rawPath.startsWith('data:') && fileUrl === rawPath) dataUrl = rawPath;
  const primary = !fileExists && dataUrl ? dataUrl : fileUrl;
  return { key, filename: entry.filename || 'ملف', url: primary, rawPath, dataUrl };
}

/** Python's `base64.b64decode` without `validate`: anything outside the alphabet is skipped. */
function lenientBase64(encoded: string): Buffer | null {
  const clean = encoded.replace(/[^A-Za-z0-9+/=]/g, '');
  const unpadded = clean.replace(/=+$/, '');
  if (unpadded.includes('=') || unpadded.length % 4 === 1) return null;
  return Buffer.from(unpadded, 'base64');
}

const isLatin1 = (text: string) => Buffer.from(text, 'latin1').toString('latin1') === text;

/**
 * `download_order_attachment` over the order's items. `repaired` models the route with
 * `file_url` initialised (the one-line fix); without it, any entry persisted to disk or kept as
 * a link crashes the route before the key is even compared.
 */
export function downloadAttachment(
  orderId: number,
  items: readonly OrderItemFiles[],
  fileKey: string,
  { repaired, publicBaseUrl }: { repaired: boolean; publicBaseUrl: string },
): AttachmentAnswer {
  let found: NormalizedEntry | null = null;
  for (const item of items) {
    for (const [index, entry] of item.entries.entries()) {
      const normalized = normalizeEntry(entry, `${orderId}-${item.itemId}-${index}`, repaired, publicBaseUrl);
      if ('crash' in normalized) return { kind: 'crash', reason: normalized.crash };
      if (normalized.key === fileKey) {
        found = normalized;
        break;
      }
    }
    if (found) break;
  }
  if (!found) return { kind: 'error', status: 404, detail: 'الملف غير موجود لهذا الطلب' };
  const inline = [found.url, found.rawPath, found.dataUrl].find((url) => url?.startsWith('data:'));
  if (inline) {
    const comma = inline.indexOf(',');
    const header = inline.slice(0, comma);
    const bytes = comma === -1 ? null : lenientBase64(inline.slice(comma + 1));
    if (!bytes) return { kind: 'error', status: 500, detail: 'تعذر تحويل الملف من base64' };
    const mimeType = header.includes(';')
      ? header.split(';')[0]!.replace('data:', '') || 'application/octet-stream'
      : 'application/octet-stream';
    // Starlette encodes header values as latin-1: any other name raises, uncaught.
    if (!isLatin1(found.filename)) return { kind: 'crash', reason: "UnicodeEncodeError: 'latin-1' codec" };
    return { kind: 'file', mimeType, bytes, filename: found.filename };
  }
  if (found.url.startsWith('http://') || found.url.startsWith('https://')) {
    return { kind: 'redirect', location: found.url };
  }
  return { kind: 'error', status: 404, detail: 'الملف غير موجود' };
}
