import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutInlinePicture, parseServerFrame } from '../../../utils/connection/parseServerFrame';
import { CUT_PICTURE } from '../../../utils/pictures/pictureSource';
import { orderCreatedFrame, sampleBroadcast } from '../sampleOrder';

const NOW = Date.UTC(2026, 11, 1, 9);
/** A base64 data URL as the shop's order form makes it (FileReader), of `bytes` bytes. */
const dataUrl = (bytes: number, type = 'image/jpeg') =>
  `data:${type};base64,${Buffer.alloc(bytes, 7).toString('base64')}`;
/** Starlette 0.27's `send_json`: compact and ASCII-only, which is what the shop's server sends. */
const pythonFrame = (data: unknown) =>
  orderCreatedFrame(data).replace(
    /[\u0080-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

function parsedOrder(frame: string) {
  const parsed = parseServerFrame(frame, NOW);
  if (!parsed.ok || parsed.message.kind !== 'order') throw new Error(`not an order: ${JSON.stringify(parsed)}`);
  return parsed.message.parsed;
}

describe('orders carrying the customer picture', () => {
  it('announces an order whose frame carries a 6.5 MB picture, with its picture kept apart from the order', () => {
    const picture = dataUrl(4_900_000, 'image/png');
    const frame = pythonFrame(sampleBroadcast({ image_url: picture }));
    expect(frame.length).toBeGreaterThan(6_500_000);
    const parsed = parsedOrder(frame);
    expect(parsed.order).toMatchObject({ id: 42, customerName: 'أحمد الخطيب', imageUrl: null });
    expect(parsed.picture).toEqual({ kind: 'inline', dataUrl: picture });
    expect(parsed.missing).toEqual([]);
  });

  it('reads a frame of 16 MB whose size is not a picture', () => {
    const parsed = parsedOrder(pythonFrame(sampleBroadcast({ service_name: 'x'.repeat(16 * 1024 * 1024) })));
    expect(parsed.order.serviceName).toHaveLength(60);
  });

  it('keeps an attachment address (another origin) and announces without a picture for a PDF data URL', () => {
    const url = 'https://khawam-pro-production.up.railway.app/api/orders/42/attachments/file-1';
    expect(parsedOrder(pythonFrame(sampleBroadcast({ image_url: url }))).picture).toEqual({ kind: 'remote', url });
    const pdf = parsedOrder(pythonFrame(sampleBroadcast({ image_url: dataUrl(1000, 'application/pdf') })));
    expect(pdf.picture).toBeUndefined();
    expect(pdf.order.imageUrl).toBeNull();
  });

  it('parses a picture URL written with escapes the slow way, to the same order', () => {
    const picture = dataUrl(3000);
    const escaped = orderCreatedFrame(sampleBroadcast({ image_url: picture })).replace('data:image/', 'data:image\\/');
    expect(parsedOrder(escaped).picture).toEqual({ kind: 'inline', dataUrl: picture });
  });

  it('never takes the cut-out marker from the server as a picture', () => {
    const forged = parsedOrder(pythonFrame(sampleBroadcast({ image_url: CUT_PICTURE })));
    expect(forged.picture).toBeUndefined();
  });

  it('cutting the picture out changes nothing but the cost: the same order as parsing the whole frame', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 });
    fc.assert(
      fc.property(text, text, fc.option(fc.nat({ max: 3000 }), { nil: null }), (name, service, pictureBytes) => {
        const frame = orderCreatedFrame(
          sampleBroadcast({
            customer_name: name,
            service_name: service,
            image_url: pictureBytes === null ? null : dataUrl(pictureBytes),
          }),
        );
        const { json, picture } = cutInlinePicture(frame);
        const whole = JSON.parse(frame) as { data: { image_url: string | null } };
        const cut = JSON.parse(json) as { data: { image_url: string | null } };
        expect(picture ?? cut.data.image_url).toBe(whole.data.image_url);
        expect({ ...cut.data, image_url: null }).toEqual({ ...whole.data, image_url: null });
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on any frame, however a hostile server mixes quotes, escapes and data URLs', () => {
    const piece = fc.constantFrom('"image_url":"data:', '"', '\\', 'data:image/png;base64,', '{', '}', ',', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        expect(() => parseServerFrame(pieces.join(''), NOW)).not.toThrow();
      }),
      { numRuns: 2_000 },
    );
  });
});
