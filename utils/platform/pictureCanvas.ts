import type { ThumbnailCanvas } from '../pictures/thumbnail';

/**
 * The browser's image decoder behind the thumbnail's small drawing interface: a service
 * worker (Chrome, Edge) and Firefox's background page both have `createImageBitmap` and
 * `OffscreenCanvas`; decoding runs off the page's main thread.
 */
export async function drawPicture(picture: Blob, size: { width: number; height: number }): Promise<ThumbnailCanvas> {
  const bitmap = await createImageBitmap(picture);
  try {
    const canvas = new OffscreenCanvas(size.width, size.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D context');
    // A transparent PNG becomes a JPEG: on white, as the customer saw it.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size.width, size.height);
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    return {
      encode: (quality, smaller) => {
        if (smaller.width === size.width && smaller.height === size.height) {
          return canvas.convertToBlob({ type: 'image/jpeg', quality });
        }
        // Drawn from the thumbnail, not decoded again: the picture itself is gone by now.
        const reduced = new OffscreenCanvas(smaller.width, smaller.height);
        const reducedContext = reduced.getContext('2d');
        if (!reducedContext) throw new Error('no 2D context');
        reducedContext.imageSmoothingQuality = 'high';
        reducedContext.drawImage(canvas, 0, 0, smaller.width, smaller.height);
        return reduced.convertToBlob({ type: 'image/jpeg', quality });
      },
      close: () => undefined,
    };
  } finally {
    bitmap.close();
  }
}
