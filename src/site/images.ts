/**
 * Uploaded images, read once at build time. Uploads stay in public/uploads because
 * that is where the CMS writes them and reads them back for its preview. Astro
 * copies public/ as it is, so an upload is handed to its image pipeline as an
 * imported image would be (`uploadedImage`): the build reads the original from
 * dist/, resizes, crops and re-encodes it (sharp), and keeps the result in its
 * cache (`.cache/astro/assets/`) under a name that changes with the file's bytes.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImageMetadata } from 'astro';
import { imageMetadata } from 'astro/assets/utils';

export interface ImageSize {
  width: number;
  height: number;
}

/**
 * What Astro knows of an imported image, but `src`, which is the upload's address with
 * the base path (`href`, not readable here: build plumbing reads this module too).
 * `version`, a hash of the bytes, is part of what Astro hashes into the output's name:
 * a file replaced under the same name never gets the old picture from the cache, nor
 * from a reader's browser.
 */
export type UploadedImage = Omit<ImageMetadata, 'src'> & { version: string };

const images = new Map<string, Promise<UploadedImage>>();

/** `publicPath` as stored in content: '/uploads/library/book.jpg' (no base path). */
export function uploadedImage(publicPath: string): Promise<UploadedImage> {
  let image = images.get(publicPath);
  if (!image) {
    const file = join(process.cwd(), 'public', decodeURI(publicPath));
    image = readFile(file)
      .catch(() => {
        throw new Error(
          `上传的图片不存在 / Uploaded image not found: public${publicPath} — 请在内容管理后台重新上传，或改正路径 / upload it again or fix the path`,
        );
      })
      .then(async (data) => {
        const { width, height, format, orientation } = await imageMetadata(data, publicPath);
        const version = createHash('sha256').update(data).digest('hex').slice(0, 16);
        return { width, height, format, orientation, version };
      });
    images.set(publicPath, image);
  }
  return image;
}

/** The width and height of an uploaded image's file. */
export async function uploadedImageSize(publicPath: string): Promise<ImageSize> {
  const { width, height } = await uploadedImage(publicPath);
  return { width, height };
}

/** Sizes of the uploaded images a rendered HTML fragment shows (`<img src="/uploads/…">`); unreadable ones are left out. */
export async function uploadedImageSizes(html: string): Promise<Map<string, ImageSize>> {
  const paths = new Set([...html.matchAll(/<img\b[^>]*?\ssrc="(\/uploads\/[^"]+)"/g)].map((match) => match[1]!));
  const found = new Map<string, ImageSize>();
  await Promise.all(
    [...paths].map((path) =>
      uploadedImageSize(path).then(
        (size) => found.set(path, size),
        () => undefined,
      ),
    ),
  );
  return found;
}
