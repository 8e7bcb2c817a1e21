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
 * runtime that every visitor downloads (small files under _astro/ and
 * pagefind/), not for thousands of pages each read by few (10,000 articles
 * would take the build over half an hour). Shared files above 100 KB are not
 * what readers load — the CMS bundle and its image codecs (editors only),
 * Pagefind's ready-made UIs the site does not use (its own search runtime is
 * under 50 KB) — and get 5 too: at 11 the image codecs alone took 2.5 s.
 */
export const TOP_QUALITY_MAX_BYTES = 100 * 1024;

export function brotliQuality(path: string, bytes: number): number {
  const shared = /(^|\/)(_astro|pagefind)\//.test(path.replaceAll('\\', '/'));
  return shared && bytes <= TOP_QUALITY_MAX_BYTES ? 11 : 5;
}
