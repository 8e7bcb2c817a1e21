/**
 * The sizes an uploaded image is made at for one place on a page: shown at most
 * `width` CSS pixels wide, cropped to `aspect` (width / height) when the place has
 * a fixed shape. Pure arithmetic; src/components/UploadImage.astro hands the result
 * to Astro's image pipeline.
 */

export interface ImageCut {
  /** The `width` and `height` attributes: the file at 1× for the place, in the place's shape. */
  width: number;
  height: number;
  /** Widths of the files in `srcset`, ascending: for small screens, and screens of up to 2 device pixels per CSS pixel. */
  widths: number[];
}

const DENSITIES = [0.5, 1, 1.5, 2];

export function imageCut(original: { width: number; height: number }, width: number, aspect?: number): ImageCut {
  const ratio = aspect ?? original.width / original.height;
  // Never wider than the original allows in this shape: sharp does not enlarge, and a
  // crop it could not fill would come out in another shape than the attributes say.
  const largest = Math.max(1, Math.min(original.width, Math.floor(original.height * ratio)));
  const at = (w: number) => Math.max(1, Math.min(Math.round(w), largest));
  const widths = [...new Set(DENSITIES.map((density) => at(width * density)))].sort((a, b) => a - b);
  const shown = at(width);
  return { width: shown, height: Math.max(1, Math.round(shown / ratio)), widths };
}
