import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import jpeg from 'jpeg-js';
import { describe, expect, it, vi } from 'vitest';
import { OrderPictures, MAX_WAITING_PICTURES } from '../../../utils/pictures/orderPictures';
import { MAX_THUMBNAIL_CHARS } from '../../../utils/pictures/pictureSource';
import {
  makeThumbnail,
  thumbnailSize,
  type ThumbnailDeps,
  type ThumbnailOutcome,
} from '../../../utils/pictures/thumbnail';
import { browserTimers } from '../../../utils/timers';

const API = 'https://www.khawam.net/api';
// A PNG header claiming 2000 × 1500: enough for the header reader; the fake canvas "decodes" it.
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 7, 208, 0, 0, 5, 220,
]);
const pngDataUrl = `data:image/png;base64,${Buffer.from(PNG).toString('base64')}`;

function deps(overrides: Partial<ThumbnailDeps> = {}, encodedBytes = 3000) {
  const drawn: { width: number; height: number }[] = [];
  const requests: { url: string; init?: RequestInit }[] = [];
  const all: ThumbnailDeps = {
    fetch: (async (url: string, init?: RequestInit) => {
      requests.push({ url, init });
      return fetch(url, init);
    }) as typeof fetch,
    draw: async (_picture, size) => {
      drawn.push(size);
      return { encode: async () => new Blob([new Uint8Array(encodedBytes)]), close: () => undefined };
    },
    apiBaseUrl: API,
    ...browserTimers,
    ...overrides,
  };
  return { deps: all, drawn, requests };
}

describe('makeThumbnail', () => {
  it('draws an inline picture at most 360 × 240, proportions kept, as a small JPEG data URL', async () => {
    const { deps: d, drawn } = deps();
    const outcome = await makeThumbnail({ kind: 'inline', dataUrl: pngDataUrl }, d).outcome;
    expect(outcome).toMatchObject({ ok: true, dataUrl: expect.stringMatching(/^data:image\/jpeg;base64,/) });
    expect(drawn).toEqual([{ width: 320, height: 240 }]);
    expect(thumbnailSize(100, 50)).toEqual({ width: 100, height: 50 });
  });

  it("fetches an attachment from the shop's origin without credentials and refuses what is not an image", async () => {
    const served = (body: BodyInit, type: string) => new Response(body, { headers: { 'content-type': type } });
    const requests: RequestInit[] = [];
    const { deps: d } = deps({
      fetch: (async (_url: string, init: RequestInit) => {
        requests.push(init);
        return served('%PDF-1.4', 'application/pdf');
      }) as typeof fetch,
    });
    expect(await makeThumbnail({ kind: 'remote', url: `${API}/orders/1/attachments/a` }, d).outcome).toEqual({
      ok: false,
      problem: 'notImage',
    });
    expect(requests[0]).toMatchObject({ credentials: 'omit', redirect: 'error' });

    const lying = deps({ fetch: (async () => served('%PDF-1.4', 'image/png')) as unknown as typeof fetch }).deps;
    expect(await makeThumbnail({ kind: 'remote', url: `${API}/orders/1/attachments/a` }, lying).outcome).toEqual({
      ok: false,
      problem: 'notImage',
    });
  });

  it('never fetches a link off the shop server: a tracking pixel, this computer, the staff network', async () => {
    const { deps: d, requests } = deps();
    for (const url of ['https://tracker.example/p.jpg', 'http://127.0.0.1:5000/p.png', 'http://10.0.0.1/x.jpg']) {
      expect(await makeThumbnail({ kind: 'remote', url }, d).outcome).toEqual({ ok: false, problem: 'notShopOrigin' });
    }
    expect(requests).toEqual([]);
  });

  it('asks no server for a linked picture once signed out (its own server is gone)', async () => {
    const { deps: d, requests } = deps();
    const relative = { kind: 'remote', url: '/api/orders/7/attachments/a.jpg' } as const;
    expect(await makeThumbnail(relative, { ...d, apiBaseUrl: null }).outcome).toEqual({
      ok: false,
      problem: 'notShopOrigin',
    });
    expect(requests).toEqual([]);
  });

  it("follows no redirect from the shop's origin to another host", async () => {
    const elsewhere: string[] = [];
    const listen = (server: Server) =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
      );
    const other = createServer((request, response) => {
      elsewhere.push(request.url ?? '');
      response.writeHead(200, { 'Content-Type': 'image/png' }).end(Buffer.from(PNG));
    });
    const otherOrigin = await listen(other);
    const shop = createServer((request, response) =>
      response.writeHead(302, { Location: `${otherOrigin}/internal${request.url}` }).end(),
    );
    const shopApi = `${await listen(shop)}/api`;
    try {
      const { deps: d } = deps({ apiBaseUrl: shopApi });
      expect(await makeThumbnail({ kind: 'remote', url: '/api/orders/1/attachments/k' }, d).outcome).toEqual({
        ok: false,
        problem: 'fetchFailed',
      });
      expect(elsewhere).toEqual([]);
    } finally {
      shop.close();
      other.close();
    }
  });

  it('gives up on an attachment over 8 MB, a failed download, a broken image and an oversized result', async () => {
    const big = deps({
      fetch: (async () =>
        new Response(new Uint8Array(9 * 1024 * 1024), {
          headers: { 'content-type': 'image/png' },
        })) as unknown as typeof fetch,
    }).deps;
    expect(await makeThumbnail({ kind: 'remote', url: `${API}/orders/1/attachments/big` }, big).outcome).toEqual({
      ok: false,
      problem: 'tooLarge',
    });
    const failing = deps({ fetch: (async () => new Response('', { status: 404 })) as unknown as typeof fetch }).deps;
    expect(await makeThumbnail({ kind: 'remote', url: `${API}/orders/1/attachments/gone` }, failing).outcome).toEqual({
      ok: false,
      problem: 'fetchFailed',
    });
    const broken = deps({ draw: () => Promise.reject(new Error('The source image could not be decoded.')) }).deps;
    expect(await makeThumbnail({ kind: 'inline', dataUrl: pngDataUrl }, broken).outcome).toEqual({
      ok: false,
      problem: 'decodeFailed',
    });
    const heavy = deps({}, MAX_THUMBNAIL_CHARS).deps;
    expect(await makeThumbnail({ kind: 'inline', dataUrl: pngDataUrl }, heavy).outcome).toEqual({
      ok: false,
      problem: 'tooLarge',
    });
  });

  it('gives up after 10 s on an attachment that never comes', async () => {
    vi.useFakeTimers();
    try {
      const hanging = deps({
        fetch: ((_url: string, init: RequestInit) =>
          new Promise((_resolve, reject) =>
            init.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
          )) as typeof fetch,
      }).deps;
      const outcome = makeThumbnail({ kind: 'remote', url: `${API}/orders/1/attachments/slow` }, hanging).outcome;
      await vi.advanceTimersByTimeAsync(10_000);
      expect(await outcome).toEqual({ ok: false, problem: expect.stringMatching(/timeout|fetchFailed/) });
    } finally {
      vi.useRealTimers();
    }
  });
});

/** A small seeded generator: the same pictures on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Pixels = { width: number; height: number; data: Uint8Array };

/** A busy phone photo: a gradient under hundreds of small coloured discs, with sensor grain. */
function busyPhoto(width: number, height: number): Pixels {
  const random = seededRandom(1600);
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      data.set([70 + (120 * y) / height, 110 + (80 * x) / width, 190 - (90 * y) / height, 255], (y * width + x) * 4);
    }
  }
  for (let disc = 0; disc < 600; disc++) {
    const [cx, cy, radius] = [random() * width, random() * height, 4 + random() * 26];
    const colour = [random() * 255, random() * 255, random() * 255];
    for (let y = Math.max(0, Math.floor(cy - radius)); y < Math.min(height, cy + radius); y++) {
      for (let x = Math.max(0, Math.floor(cx - radius)); x < Math.min(width, cx + radius); x++) {
        if ((x - cx) ** 2 + (y - cy) ** 2 < radius ** 2) data.set(colour, (y * width + x) * 4);
      }
    }
  }
  for (let at = 0; at < data.length; at++) if (at % 4 !== 3) data[at] = data[at]! + (random() - 0.5) * 20;
  return { width, height, data };
}

/** Every pixel random: the worst a picture can be for JPEG. */
function noise(width: number, height: number): Pixels {
  const random = seededRandom(404);
  return { width, height, data: Uint8Array.from({ length: width * height * 4 }, () => random() * 256) };
}

/** Each pixel the average of the source pixels it covers, as a browser's smoothing does. */
function reduced(source: Pixels, width: number, height: number): Pixels {
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [x0, y0] = [Math.floor((x * source.width) / width), Math.floor((y * source.height) / height)];
      const x1 = Math.max(x0 + 1, Math.floor(((x + 1) * source.width) / width));
      const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * source.height) / height));
      for (let channel = 0; channel < 4; channel++) {
        let sum = 0;
        for (let sy = y0; sy < y1; sy++) {
          for (let sx = x0; sx < x1; sx++) sum += source.data[(sy * source.width + sx) * 4 + channel]!;
        }
        data[(y * width + x) * 4 + channel] = sum / ((x1 - x0) * (y1 - y0));
      }
    }
  }
  return { width, height, data };
}

/** A real JPEG decoder and encoder (jpeg-js) behind the thumbnail's canvas: real sizes, not a fake's. */
const jpegCanvas: ThumbnailDeps['draw'] = async (picture, size) => {
  const decoded = jpeg.decode(new Uint8Array(await picture.arrayBuffer()), { useTArray: true });
  const drawn = reduced(decoded, size.width, size.height);
  return {
    encode: async (quality, smaller) => {
      const encoded = jpeg.encode(reduced(drawn, smaller.width, smaller.height), Math.round(quality * 100));
      return new Blob([new Uint8Array(encoded.data)]);
    },
    close: () => undefined,
  };
};

const jpegDataUrl = (pixels: Pixels, quality: number) =>
  `data:image/jpeg;base64,${Buffer.from(jpeg.encode(pixels, quality).data).toString('base64')}`;

describe('a thumbnail of a real customer photo', () => {
  it('a busy 1600 × 1200 phone photo (~300 KB as a data URL) gets a thumbnail within the budget', async () => {
    const photo = jpegDataUrl(busyPhoto(1600, 1200), 50);
    expect(photo.length).toBeGreaterThan(250_000);
    const outcome = await makeThumbnail({ kind: 'inline', dataUrl: photo }, deps({ draw: jpegCanvas }).deps).outcome;
    expect(outcome).toMatchObject({ ok: true });
    expect((outcome as { dataUrl: string }).dataUrl.length).toBeLessThanOrEqual(MAX_THUMBNAIL_CHARS);
  });

  it('even a picture of pure noise gets one: the size goes down until it fits', async () => {
    const outcome = await makeThumbnail(
      { kind: 'inline', dataUrl: jpegDataUrl(noise(900, 600), 90) },
      deps({ draw: jpegCanvas }).deps,
    ).outcome;
    expect(outcome).toMatchObject({ ok: true });
    expect((outcome as { dataUrl: string }).dataUrl.length).toBeLessThanOrEqual(MAX_THUMBNAIL_CHARS);
  });
});

describe('OrderPictures', () => {
  it('makes one thumbnail at a time, shares it among askers and skips the oldest of a flood', async () => {
    let running = 0;
    let most = 0;
    const missed: [number, string][] = [];
    const kept: number[] = [];
    const pictures = new OrderPictures({
      makeThumbnail: () => {
        running += 1;
        most = Math.max(most, running);
        const outcome = new Promise<ThumbnailOutcome>((resolve) =>
          setTimeout(() => {
            running -= 1;
            resolve({ ok: true, dataUrl: 'data:image/jpeg;base64,AA==' });
          }, 1),
        );
        return { outcome, ended: outcome.then(() => undefined) };
      },
      onThumbnail: (orderId) => kept.push(orderId),
      onNoThumbnail: (orderId, problem) => missed.push([orderId, problem]),
    });
    const source = { kind: 'inline', dataUrl: 'data:image/png;base64,AA==' } as const;
    const first = pictures.thumbnail(1, source);
    expect(pictures.thumbnail(1, source)).toBe(first);
    const all = Array.from({ length: 20 }, (_, index) => pictures.thumbnail(index + 2, source));
    const results = await Promise.all([first, ...all]);
    expect(most).toBe(1);
    // 21 asked for at once (the first starts only once the caller's code has run): the newest 8 are made.
    expect(results.filter((result) => result === null)).toHaveLength(21 - MAX_WAITING_PICTURES);
    expect(missed.every(([, problem]) => problem === 'skipped')).toBe(true);
    // The newest orders keep their thumbnails.
    expect(kept.slice(-3)).toEqual([19, 20, 21]);
  });

  it('starts the next decode only once the previous one has really ended, even after it timed out', async () => {
    vi.useFakeTimers();
    try {
      const decodes: { finish: () => void }[] = [];
      const slowDecoder = deps({
        draw: () =>
          new Promise((resolve) =>
            decodes.push({ finish: () => resolve({ encode: async () => new Blob([]), close: () => undefined }) }),
          ),
      }).deps;
      const missed: [number, string][] = [];
      const pictures = new OrderPictures({
        makeThumbnail: (source) => makeThumbnail(source, slowDecoder),
        onThumbnail: () => undefined,
        onNoThumbnail: (orderId, problem) => missed.push([orderId, problem]),
      });
      const source = { kind: 'inline', dataUrl: pngDataUrl } as const;
      const first = pictures.thumbnail(1, source);
      pictures.thumbnail(2, source).catch(() => undefined);
      await vi.advanceTimersByTimeAsync(10_000);
      // The first gave up at 10 s; its decode goes on (it cannot be cancelled): the second waits.
      expect(await first).toBeNull();
      expect(missed).toEqual([[1, 'timeout']]);
      await vi.advanceTimersByTimeAsync(30_000);
      expect(decodes).toHaveLength(1);
      decodes[0]!.finish();
      await vi.advanceTimersByTimeAsync(0);
      expect(decodes).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
