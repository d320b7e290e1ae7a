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
  it('resolves a relative attachment against the API and keeps https anywhere', () => {
    expect(remotePictureUrl('/api/orders/4/attachments/k', API)).toBe(
      'https://www.khawam.net/api/orders/4/attachments/k',
    );
    expect(remotePictureUrl('https://cdn.example/p.jpg', API)).toBe('https://cdn.example/p.jpg');
  });

  it('refuses plain http off this computer and addresses carrying credentials', () => {
    expect(remotePictureUrl('http://cdn.example/p.jpg', API)).toBeNull();
    expect(remotePictureUrl('https://user:pw@cdn.example/p.jpg', API)).toBeNull();
    expect(remotePictureUrl('http://127.0.0.1:9/p.jpg', API)).toBe('http://127.0.0.1:9/p.jpg');
  });
});
