/**
 * How Astro keeps the content store (docs/performance.md, large sites). Astro's
 * default is one data-store.json, which the build also bundles as one module:
 * near 50,000 articles (about 250 MB of Markdown, a 530 MB store) that module
 * passes V8's largest string and the build stops with "Failed to convert rust
 * `&str` into napi `string`". Astro 7.1's chunked storage (20 MB parts, each its
 * own chunk of the build) has no such ceiling, but syncs content about three
 * times slower (it rewrites every part each time it saves during a sync: 5,000
 * articles 9 s → 29 s), so a site uses it only when its content is large.
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
export const collectionStorage = (bytes: number): 'chunked' | 'single-file' => (bytes > CHUNKED_STORE_FROM_BYTES ? 'chunked' : 'single-file');
