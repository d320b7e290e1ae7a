import { encode as encodeJpeg } from 'jpeg-js';
import { PNG } from 'pngjs';

/**
 * Files a customer attaches to an order in the shop's order form, made at run time (no binary
 * is committed): a phone photo, a large PNG design, a PDF, and a broken image. Every builder
 * is deterministic (a seeded generator draws the pixels, so sizes are stable from run to run)
 * and cached per process: the 4.9 MB PNG is encoded once, however many tests ask for it.
 * Used by the reference backend's control API and demo, the unit and e2e tests and the bench.
 * The cached bytes are shared: never write into a returned `bytes`.
 */
export interface CustomerFile {
  /** The name on the customer's device, as the form's `File.name`. */
  filename: string;
  /** `File.type`: what the browser labels the file, right or wrong. */
  mimeType: string;
  bytes: Buffer;
  /** `File.lastModified` (ms); part of the key the form gives the upload. */
  lastModified?: number;
}

/** The `data:` URL a `FileReader.readAsDataURL` makes of the file, as the shop's form sends it. */
export function dataUrlOf(file: Pick<CustomerFile, 'mimeType' | 'bytes'>): string {
  return `data:${file.mimeType || 'application/octet-stream'};base64,${file.bytes.toString('base64')}`;
}

/** A small fast generator (mulberry32): the same seed draws the same pixels everywhere. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface PictureSpec {
  width: number;
  height: number;
  seed: number;
  /** Amplitude of the per-pixel grain (0–127): sensor noise, which JPEG cannot compress away. */
  grain: number;
  /** How many coloured discs, and their radius: a few large ones by default, a busy scene with many small ones. */
  discs?: { count: number; radius: readonly [number, number] };
}

/**
 * RGBA pixels that look like a snapshot of a printed poster: a sky-to-ground gradient, coloured
 * discs (the later over the earlier), and grain.
 */
function photoPixels({ width, height, seed, grain, discs = { count: 14, radius: [40, 200] } }: PictureSpec): Buffer {
  const random = seededRandom(seed);
  const [minRadius, maxRadius] = discs.radius;
  const shapes = Array.from({ length: discs.count }, () => ({
    x: random() * width,
    y: random() * height,
    radius: minRadius + random() * (maxRadius - minRadius),
    colour: [random() * 255, random() * 255, random() * 255] as const,
  }));
  const colours = new Float64Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      colours.set([70 + (120 * y) / height, 110 + (80 * x) / width, 190 - (90 * y) / height], (y * width + x) * 3);
    }
  }
  // Each disc only over its bounding box: a busy scene has hundreds.
  for (const { x: cx, y: cy, radius, colour } of shapes) {
    for (let y = Math.max(0, Math.ceil(cy - radius)); y < Math.min(height, cy + radius); y++) {
      for (let x = Math.max(0, Math.ceil(cx - radius)); x < Math.min(width, cx + radius); x++) {
        if ((x - cx) ** 2 + (y - cy) ** 2 < radius * radius) colours.set(colour, (y * width + x) * 3);
      }
    }
  }
  const pixels = Buffer.alloc(width * height * 4);
  const clamp = (value: number) => Math.max(0, Math.min(255, Math.round(value)));
  for (let at = 0; at < width * height; at++) {
    const noise = (random() - 0.5) * 2 * grain;
    pixels[at * 4] = clamp(colours[at * 3]! + noise);
    pixels[at * 4 + 1] = clamp(colours[at * 3 + 1]! + noise);
    pixels[at * 4 + 2] = clamp(colours[at * 3 + 2]! + noise);
    pixels[at * 4 + 3] = 255;
  }
  return pixels;
}

/** A baseline JPEG of the pixels (jpeg-js, quality 1–100). */
function jpegOf(spec: PictureSpec, quality: number): Buffer {
  return Buffer.from(encodeJpeg({ width: spec.width, height: spec.height, data: photoPixels(spec) }, quality).data);
}

/**
 * An RGBA PNG of the pixels, stored without compression (deflate level 0, no row filter): its
 * size is `height × (1 + 4 × width)` plus a few hundred bytes whatever the pixels, and it is
 * quick to make. A screenshot or an exported design is often this heavy.
 */
function pngOf(spec: PictureSpec): Buffer {
  const png = new PNG({ width: spec.width, height: spec.height, deflateLevel: 0, filterType: 0 });
  photoPixels(spec).copy(png.data);
  return PNG.sync.write(png, { deflateLevel: 0, filterType: 0 });
}

function cached<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** 14:15:03 on 27 Nov 2025 (UTC), when the customer's files were last changed. */
const LAST_MODIFIED = Date.UTC(2025, 10, 27, 14, 15, 3, 120);

/** The pixels of {@link customerPhoto}: 1200 × 900, grain 20, quality 90. */
const PHOTO_SPEC: PictureSpec = { width: 1200, height: 900, seed: 20251127, grain: 20 };
/** The pixels of {@link largePng}: 1400 × 875 RGBA, ≈ 4.9 MB stored, under the form's 5 MiB limit. */
const LARGE_PNG_SPEC: PictureSpec = { width: 1400, height: 875, seed: 4_900_000, grain: 12 };
/** The pixels of {@link oversizedPng}: 1200 × 1100 RGBA, ≈ 5.3 MB stored, over the form's 5 MiB limit. */
const OVERSIZED_PNG_SPEC: PictureSpec = { width: 1200, height: 1100, seed: 5_300_000, grain: 12 };

/** The pixels of {@link busyPhoto}: 1600 × 1200, 600 small discs, grain 24, quality 30: ≈ 231 KB, a 309 KB data URL. */
const BUSY_PHOTO_SPEC: PictureSpec = {
  width: 1600,
  height: 1200,
  seed: 20261203,
  grain: 24,
  discs: { count: 600, radius: [4, 30] },
};

const photoBytes = cached(() => jpegOf(PHOTO_SPEC, 90));
const busyPhotoBytes = cached(() => jpegOf(BUSY_PHOTO_SPEC, 30));
const largePngBytes = cached(() => pngOf(LARGE_PNG_SPEC));
const oversizedPngBytes = cached(() => pngOf(OVERSIZED_PNG_SPEC));

/** A phone photo of a poster to print: a real 1200 × 900 JPEG of 474,631 bytes (≈ 633 KB as a data URL). */
export function customerPhoto(): CustomerFile {
  return {
    filename: 'IMG_20251127_141503.jpg',
    mimeType: 'image/jpeg',
    bytes: photoBytes(),
    lastModified: LAST_MODIFIED,
  };
}

/**
 * A busy phone photo as the order form sends it (a crowded scene, sensor grain): a 1600 × 1200
 * JPEG whose thumbnail does not fit the budget at the first size and quality tried.
 */
export function busyPhoto(): CustomerFile {
  return {
    filename: 'IMG_20261203_101500.jpg',
    mimeType: 'image/jpeg',
    bytes: busyPhotoBytes(),
    lastModified: LAST_MODIFIED,
  };
}

/** A design exported as PNG, ≈ 4.9 MB: just under 5 MiB, so the form sends it as it is (≈ 6.5 MB as a data URL). */
export function largePng(): CustomerFile {
  return { filename: 'poster-design.png', mimeType: 'image/png', bytes: largePngBytes(), lastModified: LAST_MODIFIED };
}

/** A PNG over 5 MiB: the shop's form re-encodes such an image as JPEG before sending it. */
export function oversizedPng(): CustomerFile {
  return {
    filename: 'banner-print.png',
    mimeType: 'image/png',
    bytes: oversizedPngBytes(),
    lastModified: LAST_MODIFIED,
  };
}

const pdfBytes = cached(() => {
  const text = 'BT /F1 18 Tf 20 45 Td (Khawam print order) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
});

/** A one-page PDF (valid, with a correct cross-reference table): a print order's document. */
export function tinyPdf(): CustomerFile {
  return { filename: 'order-sheet.pdf', mimeType: 'application/pdf', bytes: pdfBytes(), lastModified: LAST_MODIFIED };
}

const brokenBytes = cached(() => {
  const random = seededRandom(404);
  const junk = Buffer.from(Array.from({ length: 2048 }, () => Math.floor(random() * 256)));
  // A JPEG's first marker and JFIF header, then noise: no frame, no scan, no end.
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]), junk]);
});

/**
 * Bytes labelled `image/jpeg` that are no picture: a JPEG's first marker and JFIF header, then
 * noise where the next marker must be. Neither a decoder nor a header reader finds an image in it.
 */
export function brokenImage(): CustomerFile {
  return {
    filename: 'IMG_20251127_141720.jpg',
    mimeType: 'image/jpeg',
    bytes: brokenBytes(),
    lastModified: LAST_MODIFIED,
  };
}
