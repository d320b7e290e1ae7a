import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_INLINE_PICTURE_CHARS, pictureSourceOf, remotePictureUrl } from '../../../utils/pictures/pictureSource';

const API = 'https://www.khawam.net/api';

describe('pictureSourceOf', () => {
  it.each([
    ['a JPEG data URL', 'data:image/jpeg;base64,/9j/4AAQ', 'inline'],
    ['a PNG data URL', 'data:image/png;base64,iVBORw0K', 'inline'],
    ['an attachment on the hosting provider', 'https://x.up.railway.app/api/orders/4/attachments/k', 'remote'],
    ['an attachment relative to the API', '/api/orders/4/attachments/k', 'remote'],
  ])('takes %s', (_name, value, kind) => {
    expect(pictureSourceOf(value)?.kind).toBe(kind);
  });

  it.each([
    ['a PDF data URL', 'data:application/pdf;base64,JVBERi0x'],
    ['an SVG (script-capable) data URL', 'data:image/svg+xml;base64,PHN2Zz4='],
    ['a data URL that is not base64', 'data:image/png,raw'],
    ['a script address', 'javascript:alert(1)'],
    ['a protocol-relative address', '//evil.example/x.png'],
    ['no picture', null],
    ['a number', 42],
  ])('refuses %s', (_name, value) => {
    expect(pictureSourceOf(value)).toBeNull();
  });

  it('refuses an inline picture past its bound without reading it', () => {
    expect(pictureSourceOf(`data:image/png;base64,${'A'.repeat(MAX_INLINE_PICTURE_CHARS)}`)).toBeNull();
  });

  it('never throws, whatever the server puts in image_url', () => {
    fc.assert(fc.property(fc.anything(), (value) => void pictureSourceOf(value)));
  });
});

describe('remotePictureUrl', () => {
  it("takes the shop's attachment route, relative or absolute, on the API's origin", () => {
    const attachment = 'https://www.khawam.net/api/orders/4/attachments/k';
    expect(remotePictureUrl('/api/orders/4/attachments/k', API)).toEqual({ ok: true, url: attachment });
    expect(remotePictureUrl(attachment, API)).toEqual({ ok: true, url: attachment });
  });

  it('refuses any other origin: a tracking pixel, this computer, the staff network, plain http', () => {
    for (const link of [
      'https://tracker.example/pixel.jpg',
      'http://127.0.0.1:9/p.jpg',
      'http://localhost:8080/admin',
      'http://192.168.1.1/router.png',
      'http://www.khawam.net/api/orders/4/attachments/k',
      'https://www.khawam.net.evil.example/p.jpg',
      '//tracker.example/p.jpg',
    ]) {
      expect(remotePictureUrl(link, API)).toEqual({ ok: false, problem: 'notShopOrigin' });
    }
    expect(remotePictureUrl('https://user:pw@www.khawam.net/p.jpg', API)).toEqual({ ok: false, problem: 'notImage' });
  });

  it('never lets an address off the API origin through, whatever the customer types', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string()), (link) => {
        const address = remotePictureUrl(link, API);
        if (address.ok) expect(new URL(address.url).origin).toBe('https://www.khawam.net');
      }),
    );
  });
});
