/**
 * Which built files get precompressed copies: text formats only. Media, images,
 * PDFs and Pagefind's index chunks (already gzip inside) gain nothing.
 */
const TEXT_EXTENSIONS = new Set(['html', 'css', 'js', 'mjs', 'json', 'xml', 'svg', 'txt', 'vtt', 'webmanifest', 'wasm', 'map', 'md']);

export function isCompressible(path: string): boolean {
  const name = path.split('/').pop() ?? '';
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return false;
  return TEXT_EXTENSIONS.has(name.slice(dot + 1).toLowerCase());
}
