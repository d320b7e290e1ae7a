import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode as decodeJpeg } from 'jpeg-js';
import { PNG } from 'pngjs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { nextMessage } from '../../harness/nextMessage';
import { compressLikeTheForm, FORM_COMPRESS_OVER_BYTES } from '../../../server/designFiles';
import { startShopBackend, type ShopBackend, type ShopBackendOptions } from '../../../server/shopBackend';
import {
  brokenImage,
  customerPhoto,
  dataUrlOf,
  largePng,
  linkedPictureFrame,
  oversizedPng,
  picturedOrderFrame,
  tinyPdf,
} from '../../fixtures/shopFrames';

const backends: ShopBackend[] = [];
const dirs: string[] = [];

async function backend(options: ShopBackendOptions = {}) {
  const started = await startShopBackend(options);
  backends.push(started);
  return started;
}

afterEach(async () => {
  await Promise.all(backends.splice(0).map((started) => started.close()));
});
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function openStream(server: ShopBackend): Promise<WebSocket> {
  const socket = new WebSocket(`${server.apiBaseUrl.replace(/^http/, 'ws')}/ws/orders?token=admin_token_1`);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return socket;
}

const imageUrlIn = (frame: string) => (JSON.parse(frame) as { data: { image_url: string | null } }).data.image_url;

async function bytesOf(response: Response): Promise<Buffer> {
  return Buffer.from(await response.arrayBuffer());
}

describe('customer files, made at run time', () => {
  it('a phone photo: a real 1200 × 900 JPEG of several hundred KB, made once per process', () => {
    const photo = customerPhoto();
    expect(photo.mimeType).toBe('image/jpeg');
    expect(photo.bytes.length).toBeGreaterThan(300_000);
    expect(photo.bytes.length).toBeLessThan(600_000);
    expect(customerPhoto().bytes).toBe(photo.bytes);
    const decoded = decodeJpeg(photo.bytes, { useTArray: true });
    expect([decoded.width, decoded.height]).toEqual([1200, 900]);
  });

  it('a 4.9 MB PNG, just under the form’s 5 MiB limit: a 6.5 MB data URL', () => {
    const png = largePng();
    expect(png.bytes.length).toBe(4_901_683);
    expect(png.bytes.length).toBeLessThan(FORM_COMPRESS_OVER_BYTES);
    expect(dataUrlOf(png).length).toBe(6_535_602);
    const decoded = PNG.sync.read(png.bytes);
    expect([decoded.width, decoded.height]).toEqual([1400, 875]);
    expect(oversizedPng().bytes.length).toBeGreaterThan(FORM_COMPRESS_OVER_BYTES);
  });

  it('a valid one-page PDF: every cross-reference points at its object', () => {
    const pdf = tinyPdf().bytes.toString('latin1');
    expect(pdf.startsWith('%PDF-1.4\n')).toBe(true);
    expect(pdf.endsWith('%%EOF\n')).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n/.exec(pdf)![1]);
    expect(pdf.slice(startxref, startxref + 4)).toBe('xref');
    const offsets = [...pdf.matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]));
    expect(offsets).toHaveLength(5);
    offsets.forEach((offset, index) => expect(pdf.slice(offset).startsWith(`${index + 1} 0 obj`)).toBe(true));
  });

  it('a broken image: JPEG’s first bytes, labelled image/jpeg, that no decoder reads', () => {
    const broken = brokenImage();
    expect(broken.mimeType).toBe('image/jpeg');
    expect([...broken.bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(() => decodeJpeg(broken.bytes)).toThrow();
  });
});

describe('orders with pictures, the way the shop makes them', () => {
  it('an uploaded photo: the frame carries its whole data URL, as the fixtures build it', async () => {
    const server = await backend();
    const socket = await openStream(server);
    const received = nextMessage(socket);
    const order = server.createOrder({ design_files: [customerPhoto()] });
    const frame = await received;
    expect(imageUrlIn(frame)).toBe(dataUrlOf(customerPhoto()));
    expect(order.image_url).toBe(dataUrlOf(customerPhoto()));
    expect(frame).toBe(picturedOrderFrame([customerPhoto()], order));
    socket.close();
  });

  it('a 4.9 MB PNG travels whole: a frame of about 6.5 MB', async () => {
    const server = await backend();
    const socket = await openStream(server);
    const received = nextMessage(socket);
    server.createOrder({ design_files: [largePng()] });
    const frame = await received;
    expect(frame.length).toBeGreaterThan(6_535_602);
    expect(frame.length).toBeLessThan(6_536_000);
    expect(imageUrlIn(frame)).toBe(dataUrlOf(largePng()));
    socket.close();
  });

  it('an image over 5 MiB is re-encoded by the form as JPEG (at most 2000 px) before it is sent', async () => {
    const server = await backend();
    const order = server.createOrder({ design_files: [oversizedPng()] });
    expect(order.image_url?.startsWith('data:image/jpeg;base64,')).toBe(true);
    const jpeg = Buffer.from(order.image_url!.split(',')[1]!, 'base64');
    const decoded = decodeJpeg(jpeg, { useTArray: true });
    expect([decoded.width, decoded.height]).toEqual([1200, 1100]);
    expect(jpeg.length).toBeLessThan(oversizedPng().bytes.length);
  });

  it('the form scales an image wider than 2000 px down to 2000, keeping its shape', () => {
    const wide = new PNG({ width: 2500, height: 1001 });
    wide.data.fill(200);
    const jpeg = compressLikeTheForm({ filename: 'wide.png', mimeType: 'image/png', bytes: PNG.sync.write(wide) });
    const decoded = decodeJpeg(jpeg!, { useTArray: true });
    // 1001 × 2000 / 2500 = 800.8: a canvas truncates it to 800.
    expect([decoded.width, decoded.height]).toEqual([2000, 800]);
    expect(compressLikeTheForm(brokenImage())).toBeNull();
  });

  it('a PDF alone gives no picture; a PDF then a photo gives the photo; broken bytes are sent as they are', async () => {
    const server = await backend();
    expect(server.createOrder({ design_files: [tinyPdf()] }).image_url).toBeNull();
    expect(server.createOrder({ design_files: [tinyPdf(), customerPhoto()] }).image_url).toBe(
      dataUrlOf(customerPhoto()),
    );
    expect(server.createOrder({ design_files: [brokenImage()] }).image_url).toBe(dataUrlOf(brokenImage()));
    // An explicit image_url wins over the derived one (for tests that need odd values).
    expect(server.createOrder({ design_files: [customerPhoto()], image_url: null }).image_url).toBeNull();
  });

  it('a link on the public host becomes image_url as it is: another origin, whatever it names', async () => {
    const server = await backend({ attachmentHost: true });
    expect(server.attachmentOrigin).not.toBeNull();
    expect(server.attachmentOrigin).not.toBe(server.origin);
    expect(server.publicBaseUrl).toBe(server.attachmentOrigin);

    const photo = server.createOrder({ design_files: server.pictureFiles('linkedPhoto') });
    expect(photo.image_url).toBe(`${server.attachmentOrigin}/uploads/shared/IMG_20251127_141503.jpg`);
    expect(linkedPictureFrame(photo.image_url!, photo)).toBe(picturedOrderFrame([{ url: photo.image_url! }], photo));
    const fetched = await fetch(photo.image_url!, { headers: { Origin: 'chrome-extension://abc' } });
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('content-type')).toBe('image/jpeg');
    expect(fetched.headers.get('access-control-allow-origin')).toBe('*');
    expect((await bytesOf(fetched)).equals(customerPhoto().bytes)).toBe(true);

    const pdf = server.createOrder({ design_files: server.pictureFiles('linkedPdf') });
    const pdfAnswer = await fetch(pdf.image_url!);
    expect(pdfAnswer.headers.get('content-type')).toBe('application/pdf');
    expect((await bytesOf(pdfAnswer)).equals(tinyPdf().bytes)).toBe(true);

    const missing = server.createOrder({ design_files: server.pictureFiles('linkedMissing') });
    const gone = await fetch(missing.image_url!);
    expect(gone.status).toBe(404);
    expect(await gone.text()).toBe('{"detail":"Not Found"}');
  });

  it('serves each upload where the server wrote it, under /uploads on both origins', async () => {
    const server = await backend({ attachmentHost: true });
    const order = server.createOrder({ design_files: [tinyPdf(), customerPhoto()] });
    const [pdf, photo] = server.attachmentsOf(order.order_id);
    expect(photo?.uploadUrl).toBe(
      `${server.attachmentOrigin}/uploads/orders/${order.order_number}/item-1/IMG_20251127_141503.jpg`,
    );
    const onHost = await fetch(photo!.uploadUrl!);
    expect(onHost.headers.get('content-type')).toBe('image/jpeg');
    expect((await bytesOf(onHost)).equals(customerPhoto().bytes)).toBe(true);
    const onApi = await fetch(pdf!.uploadUrl!.replace(server.attachmentOrigin!, server.origin));
    expect(onApi.headers.get('content-type')).toBe('application/pdf');
    // The attachment host serves the shop's files and nothing else.
    expect((await fetch(`${server.attachmentOrigin}/api/admin/dashboard/recent-orders`)).status).toBe(404);
  });

  it('keeps the files across a restart, as the disk and the database do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khawam-pictures-'));
    dirs.push(dir);
    const dataFile = join(dir, 'orders.json');
    const first = await backend({ dataFile });
    const order = first.createOrder({ design_files: [customerPhoto()] });
    const hosted = first.hostFile(tinyPdf());
    await first.close();
    const second = await backend({ dataFile });
    const [photo] = second.attachmentsOf(order.order_id);
    const answer = await fetch(photo!.uploadUrl!.replace(first.origin, second.origin));
    expect((await bytesOf(answer)).equals(customerPhoto().bytes)).toBe(true);
    expect((await fetch(hosted.replace(first.origin, second.origin))).status).toBe(200);
  });
});

describe('GET /api/orders/{id}/attachments/{key}', () => {
  it('as deployed: answers a bare 500 for a file the server wrote to disk (its UnboundLocalError)', async () => {
    const server = await backend({ attachmentHost: true });
    const order = server.createOrder({ design_files: [customerPhoto()] });
    const [photo] = server.attachmentsOf(order.order_id);
    expect(photo?.key).toBe(`${order.order_id}-1-0`);
    expect(photo?.attachmentUrl).toBe(
      `${server.attachmentOrigin}/api/orders/${order.order_id}/attachments/${photo?.key}`,
    );
    const answer = await fetch(photo!.attachmentUrl, { headers: { Origin: 'chrome-extension://abc' } });
    expect(answer.status).toBe(500);
    expect(answer.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect(await answer.text()).toBe('Internal Server Error');
  });

  it('repaired: streams the bytes with their type, on the other origin, with CORS', async () => {
    const server = await backend({ attachmentHost: true, attachmentDownloads: 'repaired' });
    server.createOrder({ items_count: 3 });
    const order = server.createOrder({ design_files: [tinyPdf(), customerPhoto()] });
    const [pdf, photo] = server.attachmentsOf(order.order_id);
    // Item ids are a serial across orders: the first order had three items.
    expect([pdf?.key, photo?.key]).toEqual([`${order.order_id}-4-0`, `${order.order_id}-4-1`]);
    const answer = await fetch(photo!.attachmentUrl, { headers: { Origin: 'chrome-extension://abc' } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('image/jpeg');
    expect(answer.headers.get('content-disposition')).toBe('attachment; filename="IMG_20251127_141503.jpg"');
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(answer.headers.get('access-control-allow-credentials')).toBe('true');
    expect((await bytesOf(answer)).equals(customerPhoto().bytes)).toBe(true);
    const pdfAnswer = await fetch(pdf!.attachmentUrl.replace(server.attachmentOrigin!, server.origin));
    expect(pdfAnswer.headers.get('content-type')).toBe('application/pdf');
    expect((await bytesOf(pdfAnswer)).equals(tinyPdf().bytes)).toBe(true);
  });

  it('answers 404 as the real route for a missing order or file, 422 for an id that is no number', async () => {
    const server = await backend({ attachmentDownloads: 'repaired' });
    const bare = server.createOrder();
    const pictured = server.createOrder({ design_files: [customerPhoto()] });
    const get = async (path: string) => {
      const answer = await fetch(`${server.apiBaseUrl}/orders/${path}`);
      return [answer.status, await answer.text()];
    };
    expect(await get('999/attachments/999-1-0')).toEqual([404, '{"detail":"الطلب غير موجود"}']);
    expect(await get(`${bare.order_id}/attachments/x`)).toEqual([404, '{"detail":"الملف غير موجود لهذا الطلب"}']);
    expect(await get(`${pictured.order_id}/attachments/${pictured.order_id}-2-7`)).toEqual([
      404,
      '{"detail":"الملف غير موجود لهذا الطلب"}',
    ]);
    const [status, body] = await get('abc/attachments/x');
    expect(status).toBe(422);
    expect(JSON.parse(body as string)).toMatchObject({ detail: [{ type: 'int_parsing', loc: ['path', 'order_id'] }] });
  });

  it('repaired: an Arabic file name still fails (Starlette writes headers in latin-1); a link redirects', async () => {
    const server = await backend({ attachmentHost: true, attachmentDownloads: 'repaired' });
    const arabic = server.createOrder({ design_files: [{ ...customerPhoto(), filename: 'صورة الطلب.jpg' }] });
    const [photo] = server.attachmentsOf(arabic.order_id);
    expect(photo?.uploadUrl).toMatch(/\/item-1\/_\.jpg$/);
    expect((await fetch(photo!.attachmentUrl)).status).toBe(500);

    const linked = server.createOrder({ design_files: server.pictureFiles('linkedPhoto') });
    const [link] = server.attachmentsOf(linked.order_id);
    const answer = await fetch(link!.attachmentUrl, { redirect: 'manual' });
    expect(answer.status).toBe(302);
    expect(answer.headers.get('location')).toBe(linked.image_url);
  });
});

describe('pictures through the control API', () => {
  const control = (server: ShopBackend, path: string, body: unknown) =>
    fetch(`${server.origin}/__control/${path}`, { method: 'POST', body: JSON.stringify(body) });

  it('creates pictured orders by name, or from uploads and links given as JSON', async () => {
    const server = await backend({ attachmentHost: true });
    const photo = (await (await control(server, 'orders', { picture: 'photo', broadcast: false })).json()) as {
      order_id: number;
      image_url: string;
    };
    expect(photo.image_url).toBe(dataUrlOf(customerPhoto()));
    const linked = (await (await control(server, 'orders', { picture: 'linkedPdf' })).json()) as { image_url: string };
    expect(linked.image_url.startsWith(server.attachmentOrigin!)).toBe(true);
    expect((await control(server, 'orders', { picture: 'painting' })).status).toBe(400);

    const upload = { filename: 'note.pdf', mimeType: 'application/pdf', base64: tinyPdf().bytes.toString('base64') };
    const given = (await (
      await control(server, 'orders', { designFiles: [upload, { url: 'https://cdn.example/x.png' }] })
    ).json()) as { order_id: number; image_url: string };
    expect(given.image_url).toBe('https://cdn.example/x.png');
    const listed = (await (await fetch(`${server.origin}/__control/orders/${given.order_id}/attachments`)).json()) as {
      attachments: { filename: string; link: string | null }[];
    };
    expect(listed.attachments.map((file) => [file.filename, file.link])).toEqual([
      ['note.pdf', null],
      ['x.png', 'https://cdn.example/x.png'],
    ]);

    expect(await (await control(server, 'attachment-downloads', { repaired: true })).json()).toEqual({
      attachmentDownloads: 'repaired',
    });
    const [file] = server.attachmentsOf(photo.order_id);
    expect((await fetch(file!.attachmentUrl)).status).toBe(200);
    const hosted = (await (await control(server, 'hosted-files', upload)).json()) as { url: string };
    expect(hosted.url).toBe(`${server.attachmentOrigin}/uploads/shared/note.pdf`);
  });
});
