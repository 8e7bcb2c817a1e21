/**
 * How Astro keeps the content store (docs/performance.md, large sites). Astro's
 * default is one data-store.json, which the build also bundles as one module:
 * near 50,000 articles (about 250 MB of Markdown, a 530 MB store) that module
 * passes V8's largest string and the build stops with "Failed to convert rust
 * `&str` into napi `string`". Astro's experimental chunked storage (20 MB parts,
 * each its own chunk of the build) has no such ceiling. Up to Astro 7.3 it synced
 * about three times slower (it encoded every character on its own to find part
 * boundaries); since 7.4 it is as fast (5,000 articles: astro sync 7.7 s either
 * way; build 47–57 s either way), but it stays the exception, for large content,
 * while the default single file is Astro's stable path.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Above this many bytes of content files (store ≈ 2.1 × sources, ~40 % of the limit), the store is chunked. */
export const CHUNKED_STORE_FROM_BYTES = 100 * 1024 * 1024;

/** Bytes of the files below `dir` (0 when it does not exist). */
export function contentBytes(dir: string): number {
  let total = 0;
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  return total;
}

/** Astro's `experimental.collectionStorage` for content of `bytes` bytes. */
export const collectionStorage = (bytes: number): 'chunked' | 'single-file' =>
  bytes > CHUNKED_STORE_FROM_BYTES ? 'chunked' : 'single-file';
