import type { Outcome } from '../outcome';
import { BodyTooLargeError, readBoundedBody } from '../shop/boundedBody';
import type { Timers } from '../timers';
import { readImageHeader } from './imageHeader';
import { MAX_THUMBNAIL_CHARS, remotePictureUrl, type PictureSource } from './pictureSource';

/** Chrome's image notification shows a 3:2 picture; the popup shows it small. */
const THUMBNAIL_BOX = { width: 360, height: 240 } as const;
/** An attachment larger than this is not downloaded. */
const MAX_REMOTE_PICTURE_BYTES = 8 * 1024 * 1024;
/** A picture with more pixels than this is not decoded (a small file can claim a huge canvas). */
const MAX_PICTURE_PIXELS = 40_000_000;
/** The whole job, download and decode, gives up after this. */
const THUMBNAIL_TIMEOUT_MS = 10_000;
/**
 * How a thumbnail is made to fit MAX_THUMBNAIL_CHARS, tried in turn: a busy 1600 × 1200
 * phone photo weighs ~15,400 characters at 360 × 240 even at quality 0.3, and a smaller
 * picture looks better than a blockier one, so the size goes down first, the quality last.
 * At a quarter of the box (90 × 60) and 0.3, even random noise fits (docs/TESTING.md).
 */
const ENCODINGS = [
  { scale: 1, quality: 0.7 },
  { scale: 1, quality: 0.5 },
  { scale: 0.75, quality: 0.5 },
  { scale: 0.5, quality: 0.5 },
  { scale: 0.5, quality: 0.3 },
  { scale: 0.25, quality: 0.3 },
] as const;

/** A picture drawn at thumbnail size, ready to encode at that size or a smaller one. */
export interface ThumbnailCanvas {
  encode(quality: number, size: { width: number; height: number }): Promise<Blob>;
  close(): void;
}

export interface ThumbnailDeps extends Timers {
  fetch: typeof fetch;
  /** Decodes the picture and draws it at this size (the browser's decoder, off the main thread). */
  draw(picture: Blob, size: { width: number; height: number }): Promise<ThumbnailCanvas>;
  /** The shop's API: a remote picture is fetched from its origin only; null (signed out meanwhile): from none. */
  apiBaseUrl: string | null;
}

export type ThumbnailFailure =
  | 'notImage'
  /** A link off the shop's API origin: never fetched (pictureSource's `remotePictureUrl`). */
  | 'notShopOrigin'
  | 'tooLarge'
  | 'fetchFailed'
  | 'decodeFailed'
  | 'timeout';
export type ThumbnailOutcome = Outcome<{ dataUrl: string }, ThumbnailFailure>;

/** A thumbnail being made: its outcome (within 10 s), and when its work has really ended. */
export interface ThumbnailJob {
  outcome: Promise<ThumbnailOutcome>;
  /**
   * Settles once the decode has returned, which may be long after a timeout: the browser's
   * decoder cannot be cancelled, so the next decode waits for this (a 40-megapixel decode
   * holds ~160 MB).
   */
  ended: Promise<void>;
}

class ThumbnailError extends Error {
  constructor(readonly problem: ThumbnailFailure) {
    super(problem);
  }
}

/** The largest size within the box that keeps the picture's proportions; never enlarged. */
export function thumbnailSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, THUMBNAIL_BOX.width / width, THUMBNAIL_BOX.height / height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** The body, refused past `maxBytes` without reading further. */
async function cappedBody(response: Response, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  try {
    return new Uint8Array(await (await readBoundedBody(response, maxBytes)).arrayBuffer());
  } catch (error) {
    throw new ThumbnailError(error instanceof BodyTooLargeError ? 'tooLarge' : 'fetchFailed');
  }
}

async function pictureBytes(
  source: PictureSource,
  deps: ThumbnailDeps,
  signal: AbortSignal,
): Promise<Uint8Array<ArrayBuffer>> {
  if (source.kind === 'inline') return inlineBytes(source.dataUrl);
  if (deps.apiBaseUrl === null) throw new ThumbnailError('notShopOrigin');
  const address = remotePictureUrl(source.url, deps.apiBaseUrl);
  if (!address.ok) throw new ThumbnailError(address.problem);
  // No cookies, no token; and no redirect, which could lead anywhere from the shop's origin.
  const response = await deps.fetch(address.url, { credentials: 'omit', redirect: 'error', signal }).catch(() => null);
  if (!response?.ok) throw new ThumbnailError('fetchFailed');
  const type = response.headers.get('content-type');
  if (type !== null && !/^image\//i.test(type.trim())) {
    await response.body?.cancel().catch(() => undefined);
    throw new ThumbnailError('notImage');
  }
  return cappedBody(response, MAX_REMOTE_PICTURE_BYTES);
}

type Base64Decoder = { fromBase64?(text: string): Uint8Array<ArrayBuffer> };

/**
 * The picture's bytes from its data URL (length bounded when it was read). Decoded here, not
 * by fetching the URL: a fetch would make the browser parse megabytes of URL first.
 */
function inlineBytes(dataUrl: string): Uint8Array<ArrayBuffer> {
  const text = dataUrl.slice(dataUrl.indexOf(',') + 1);
  try {
    const native = (Uint8Array as unknown as Base64Decoder).fromBase64;
    if (native) return native.call(Uint8Array, text);
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let at = 0; at < binary.length; at++) bytes[at] = binary.charCodeAt(at);
    return bytes;
  } catch {
    throw new ThumbnailError('decodeFailed');
  }
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(binary);
}

async function thumbnailOf(source: PictureSource, deps: ThumbnailDeps, signal: AbortSignal): Promise<string> {
  const bytes = await pictureBytes(source, deps, signal);
  const header = readImageHeader(bytes);
  if (!header) throw new ThumbnailError('notImage');
  if (header.width * header.height > MAX_PICTURE_PIXELS) throw new ThumbnailError('tooLarge');
  const size = thumbnailSize(header.width, header.height);
  const canvas = await deps.draw(new Blob([bytes], { type: header.type }), size).catch(() => {
    throw new ThumbnailError('decodeFailed');
  });
  try {
    // Given up on meanwhile: the picture is drawn, but nobody waits for it any more.
    if (signal.aborted) throw new ThumbnailError('timeout');
    for (const { scale, quality } of ENCODINGS) {
      const smaller = {
        width: Math.max(1, Math.round(size.width * scale)),
        height: Math.max(1, Math.round(size.height * scale)),
      };
      const encoded = new Uint8Array(await (await canvas.encode(quality, smaller)).arrayBuffer());
      const dataUrl = `data:image/jpeg;base64,${base64(encoded)}`;
      if (dataUrl.length <= MAX_THUMBNAIL_CHARS) return dataUrl;
    }
    throw new ThumbnailError('tooLarge');
  } finally {
    canvas.close();
  }
}

/**
 * A small JPEG of the customer's picture as a data URL, or why there is none: only real
 * images are decoded (their signature checked, their pixel count bounded), an attachment is
 * downloaded only up to 8 MB, and everything gives up after 10 s.
 */
export function makeThumbnail(source: PictureSource, deps: ThumbnailDeps): ThumbnailJob {
  const controller = new AbortController();
  let timer: unknown;
  const timedOut = new Promise<never>((_resolve, reject) => {
    timer = deps.setTimeout(() => {
      controller.abort();
      reject(new ThumbnailError('timeout'));
    }, THUMBNAIL_TIMEOUT_MS);
  });
  const work = thumbnailOf(source, deps, controller.signal);
  const outcome = Promise.race([work, timedOut]).then(
    (dataUrl): ThumbnailOutcome => ({ ok: true, dataUrl }),
    (error: unknown): ThumbnailOutcome => ({
      ok: false,
      problem: error instanceof ThumbnailError ? error.problem : 'decodeFailed',
    }),
  );
  const ended = work.then(
    () => undefined,
    () => undefined,
  );
  const stopTimer = () => deps.clearTimeout(timer);
  outcome.then(stopTimer, stopTimer);
  return { outcome, ended };
}
