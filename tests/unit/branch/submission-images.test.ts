/**
 * Images in submissions, the page's side: the same limits as the service, the
 * size a photo is scaled to, and the service's list read defensively.
 */
import { describe, expect, it } from 'vitest';
import { IMAGE_LIMITS as SERVICE_LIMITS } from '../../../services/branch/submission-images.mjs';
import {
  IMAGE_LIMITS,
  acceptedImage,
  downloadName,
  readImages,
  scaledSize,
} from '../../../src/lib/branch/submission-images';

describe('submission images on the page', () => {
  it('uses the service’s limits', () => {
    expect({ perPiece: IMAGE_LIMITS.perPiece, bytes: IMAGE_LIMITS.bytes }).toEqual(SERVICE_LIMITS);
  });

  it('scales the longest side down to 1600 px, keeping the proportions, and never enlarges', () => {
    expect(scaledSize(4000, 3000)).toEqual({ width: 1600, height: 1200 });
    expect(scaledSize(1080, 2400)).toEqual({ width: 720, height: 1600 });
    expect(scaledSize(800, 600)).toEqual({ width: 800, height: 600 });
    expect(scaledSize(10_000, 1)).toEqual({ width: 1600, height: 1 });
  });

  it('takes photos and screenshots, nothing else', () => {
    expect(['image/jpeg', 'image/png', 'image/webp'].every(acceptedImage)).toBe(true);
    expect(['image/gif', 'image/heic', 'application/pdf', ''].some(acceptedImage)).toBe(false);
  });

  it('reads only well-formed images from an answer, and names downloads in ASCII', () => {
    expect(readImages([{ id: 1, type: 'image/jpeg', bytes: 10 }, { id: 'x' }, null])).toEqual([
      { id: 1, type: 'image/jpeg', bytes: 10 },
    ]);
    expect(readImages(undefined)).toEqual([]);
    expect(downloadName(12, 2, 'image/jpeg')).toBe('submission-12-2.jpg');
    expect(downloadName(12, 1, 'image/webp')).toBe('submission-12-1.webp');
  });
});
