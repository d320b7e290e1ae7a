import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readImageHeader } from '../../../utils/pictures/imageHeader';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));

describe('readImageHeader', () => {
  it('reads a PNG by its signature and IHDR', () => {
    const png = bytes([0x89], 'PNG', [13, 10, 26, 10, 0, 0, 0, 13], 'IHDR', [0, 0, 7, 208, 0, 0, 5, 220]);
    expect(readImageHeader(png)).toEqual({ type: 'image/png', width: 2000, height: 1500 });
  });

  it('reads a JPEG past its EXIF segment to the frame header', () => {
    const exif = [0xff, 0xe1, 0, 8, 1, 2, 3, 4, 5, 6];
    const sof = [0xff, 0xc0, 0, 17, 8, 3, 132, 4, 176, 3];
    expect(readImageHeader(bytes([0xff, 0xd8], exif, sof))).toEqual({ type: 'image/jpeg', width: 1200, height: 900 });
  });

  it('reads a GIF and a lossless WebP', () => {
    // Screen 64 × 32, no colour table, a comment extension, then the image at 0,0, 64 × 32.
    const gif = bytes(
      'GIF89a',
      [64, 0, 32, 0, 0, 0, 0],
      [0x21, 0xfe, 2, 104, 105, 0],
      [0x2c, 0, 0, 0, 0, 64, 0, 32, 0, 0],
    );
    expect(readImageHeader(gif)).toEqual({ type: 'image/gif', width: 64, height: 32 });
    const vp8l = bytes('RIFF', [0, 0, 0, 0], 'WEBP', 'VP8L', [0, 0, 0, 0, 0x2f, 0x3f, 0xc0, 0x03, 0x00]);
    expect(readImageHeader(vp8l)).toEqual({ type: 'image/webp', width: 64, height: 16 });
  });

  it('reads the size a decoder will allocate, not the one a crafted header claims', () => {
    // A 1 × 1 screen around a 20,000 × 20,000 image: the decoder draws the image.
    const gif = bytes('GIF89a', [1, 0, 1, 0, 0, 0, 0], [0x2c, 0, 0, 0, 0, 0x20, 0x4e, 0x20, 0x4e, 0]);
    expect(readImageHeader(gif)).toMatchObject({ width: 20_000, height: 20_000 });
    // TEM has no length: a decoder reads the 20,000 × 20,000 frame right after it, this walk would skip it.
    const tem = bytes([0xff, 0xd8, 0xff, 0x01], [0xff, 0xc0, 0, 17, 8, 0x4e, 0x20, 0x4e, 0x20, 3], [0xff, 0xfe, 0, 8]);
    expect(readImageHeader(tem)).toBeNull();
  });

  it('calls a PDF, an SVG and a truncated JPEG what they are: not a picture', () => {
    expect(readImageHeader(bytes('%PDF-1.4\n'))).toBeNull();
    expect(readImageHeader(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(readImageHeader(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).toBeNull();
  });

  it('never throws and never reports an empty size, whatever the bytes', () => {
    const prefix = fc.constantFrom([0x89, 0x50, 0x4e, 0x47], [0xff, 0xd8, 0xff], [0x47, 0x49, 0x46, 0x38], []);
    fc.assert(
      fc.property(prefix, fc.uint8Array({ maxLength: 200 }), (start, rest) => {
        const header = readImageHeader(new Uint8Array([...start, ...rest]));
        if (header) expect(header.width * header.height).toBeGreaterThan(0);
      }),
      { numRuns: 3_000 },
    );
  });
});
