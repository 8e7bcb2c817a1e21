import { describe, expect, it } from 'vitest';
import { imageCut } from '../../../src/lib/web/image-cut';

describe('imageCut', () => {
  it('cuts a 1080×1440 phone photo to 16:9 for a 672 px place, with files for small and sharp screens', () => {
    expect(imageCut({ width: 1080, height: 1440 }, 672, 16 / 9)).toEqual({
      width: 672,
      height: 378,
      widths: [336, 672, 1008, 1080],
    });
  });

  it('keeps the shape of an image without a fixed place shape', () => {
    expect(imageCut({ width: 1200, height: 800 }, 832)).toEqual({ width: 832, height: 555, widths: [416, 832, 1200] });
  });

  it('never asks for more pixels than the original has in that shape', () => {
    // A 300×420 book cover cut to 3:4 is at most 300×400: a larger crop would be enlarged or come out in another shape.
    expect(imageCut({ width: 300, height: 420 }, 200, 3 / 4)).toEqual({
      width: 200,
      height: 267,
      widths: [100, 200, 300],
    });
    expect(imageCut({ width: 160, height: 90 }, 672, 16 / 9)).toEqual({ width: 160, height: 90, widths: [160] });
    // A wide panorama in a square place: the height limits the crop.
    expect(imageCut({ width: 4000, height: 500 }, 800, 1)).toEqual({ width: 500, height: 500, widths: [400, 500] });
  });
});
