/**
 * Sizes of uploaded images, read from the file at build time. Uploads stay in
 * public/uploads because that is where the CMS writes them, and Astro does not
 * transform images there; reading the real width and height lets every <img>
 * reserve its box (no layout shift) while CSS scales it responsively.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { imageMetadata } from 'astro/assets/utils';

export interface ImageSize {
  width: number;
  height: number;
}

const sizes = new Map<string, Promise<ImageSize>>();

/** `publicPath` as stored in content: '/uploads/library/book.jpg' (no base path). */
export function uploadedImageSize(publicPath: string): Promise<ImageSize> {
  let size = sizes.get(publicPath);
  if (!size) {
    const file = join(process.cwd(), 'public', decodeURI(publicPath));
    size = readFile(file)
      .catch(() => {
        throw new Error(
          `上传的图片不存在 / Uploaded image not found: public${publicPath} — 请在内容管理后台重新上传，或改正路径 / upload it again or fix the path`,
        );
      })
      .then((data) => imageMetadata(data, publicPath))
      .then(({ width, height }) => ({ width, height }));
    sizes.set(publicPath, size);
  }
  return size;
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
