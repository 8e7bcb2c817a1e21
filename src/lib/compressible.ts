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

/**
 * Brotli quality for a built file. The top level (11) is ~60 times slower than
 * level 5 for a 5 % smaller file: worth it for the scripts, styles and search
 * bundle that every visitor downloads (few files, under _astro/ and pagefind/),
 * not for thousands of pages each read by few (10,000 articles would take the
 * build over half an hour). Megabyte bundles (the CMS, loaded by editors only)
 * get 5 too: 1.3 s instead of 10 s at level 9, for a file 5 % larger.
 */
export function brotliQuality(path: string, bytes: number): number {
  const shared = /(^|\/)(_astro|pagefind)\//.test(path.replaceAll('\\', '/'));
  if (!shared) return 5;
  return bytes > 1_000_000 ? 5 : 11;
}
