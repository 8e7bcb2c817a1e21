/**
 * A photo from the member's phone made small enough to send: drawn on a
 * canvas at most IMAGE_LIMITS.side pixels on its longest side and saved as a
 * JPEG, at lower quality (then smaller) until it fits IMAGE_LIMITS.bytes. This
 * also drops what a photo carries besides the picture (location, camera data).
 */
import { IMAGE_LIMITS, scaledSize } from '../../lib/branch/submission-images';

const QUALITIES = [0.85, 0.7, 0.55];

const toJpeg = (canvas: HTMLCanvasElement, quality: number) =>
  new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));

/** The scaled JPEG, or undefined when the browser cannot read the file as a picture or cannot make it small enough. */
export async function scaleImage(file: Blob): Promise<Blob | undefined> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' }).catch(() => undefined);
  if (!bitmap) return undefined;
  let { width, height } = scaledSize(bitmap.width, bitmap.height);
  const canvas = document.createElement('canvas');
  try {
    for (let tries = 0; tries < 4; tries += 1) {
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d');
      if (!context) return undefined;
      // A transparent screenshot gets a white page, not JPEG's black.
      context.fillStyle = '#fff';
      context.fillRect(0, 0, width, height);
      context.drawImage(bitmap, 0, 0, width, height);
      for (const quality of QUALITIES) {
        const blob = await toJpeg(canvas, quality);
        if (blob && blob.size <= IMAGE_LIMITS.bytes) return blob;
      }
      ({ width, height } = scaledSize(width, height, Math.round(Math.max(width, height) * 0.75)));
    }
    return undefined;
  } finally {
    bitmap.close();
  }
}
