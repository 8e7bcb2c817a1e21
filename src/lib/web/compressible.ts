/**
 * Which built files get precompressed copies (`.gz`, `.br`): the text assets
 * every visitor shares — scripts, styles and the search runtime under _astro/
 * and pagefind/ — so the server can send them at the strongest levels. Pages,
 * feeds and sitemaps, thousands of files each read by few, are compressed by
 * the server as it sends them (docs/nginx: `gzip on`, `brotli on`), well under
 * a millisecond a page: precompressing them doubled dist/ and, for 10,000
 * articles, added half a minute to every build. Media, images, PDFs and
 * Pagefind's index chunks (gzip inside) gain nothing.
 */
const TEXT_EXTENSIONS = new Set(['css', 'js', 'mjs', 'json', 'svg', 'wasm', 'map']);
export const SHARED_FOLDERS = ['_astro', 'pagefind'] as const;

export function isPrecompressed(path: string): boolean {
  const parts = path.replaceAll('\\', '/').split('/');
  if (!(SHARED_FOLDERS as readonly string[]).includes(parts[0] ?? '')) return false;
  const name = parts.at(-1) ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 && TEXT_EXTENSIONS.has(name.slice(dot + 1).toLowerCase());
}

/**
 * Brotli quality of a precompressed file. The top level (11) is ~60 times
 * slower than level 5 for a 5 % smaller file: worth it for what readers load
 * (the site's scripts and styles, Pagefind's search runtime, all under 50 KB).
 * Above 100 KB it is what readers do not load — the CMS bundle and its image
 * codecs (editors only) — and 5 is enough: at 11 the image codecs alone took 2.5 s.
 */
export const TOP_QUALITY_MAX_BYTES = 100 * 1024;

export function brotliQuality(bytes: number): number {
  return bytes <= TOP_QUALITY_MAX_BYTES ? 11 : 5;
}
