/**
 * Images in a 思想汇报 or 征文 (services/branch/submission-images.mjs): the
 * limits both sides use, the size a photo is scaled to before it is sent, and
 * the service's list of a piece's images read into plain values. Pure.
 */

/** The same limits as the service's IMAGE_LIMITS; `side` is the longest side the page scales to, in pixels. */
export const IMAGE_LIMITS = { perPiece: 3, bytes: 500 * 1024, side: 1600 } as const;

/** What the page takes from the member's phone (and turns into a JPEG); anything else is refused with a plain message. */
export const ACCEPTED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

export const acceptedImage = (type: string) => (ACCEPTED_IMAGE_TYPES as readonly string[]).includes(type);

/** The size to draw a `width` × `height` image at: the longest side at most `side`, never enlarged. */
export function scaledSize(width: number, height: number, side: number = IMAGE_LIMITS.side) {
  const factor = Math.min(1, side / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * factor)), height: Math.max(1, Math.round(height * factor)) };
}

/** One stored image as the service describes it (the bytes have their own route). */
export interface StoredImage {
  id: number;
  type: string;
  bytes: number;
}

const isStoredImage = (v: unknown): v is StoredImage =>
  Number.isInteger((v as StoredImage)?.id) &&
  typeof (v as StoredImage).type === 'string' &&
  Number.isInteger((v as StoredImage).bytes);

/** A piece's `images` from the service's answer; none when missing. */
export const readImages = (value: unknown): StoredImage[] => (Array.isArray(value) ? value.filter(isStoredImage) : []);

/** The routes of a piece's images. */
export const imageRoutes = {
  add: (piece: number, requestId: string) => `submissions/${piece}/images?requestId=${requestId}`,
  own: (piece: number, image: number) => `submissions/${piece}/images/${image}`,
  remove: (piece: number, image: number) => `submissions/${piece}/images/${image}/delete`,
  forEditor: (piece: number, image: number) => `review/${piece}/images/${image}`,
};

/** The ASCII name an editor's download gets: the piece's id and the image's number. */
export const downloadName = (piece: number, position: number, type: string) =>
  `submission-${piece}-${position}.${type === 'image/webp' ? 'webp' : 'jpg'}`;

/** Sizes as members read them. */
export const kilobytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;
