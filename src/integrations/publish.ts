/**
 * What happens to dist/ once Astro has written it: Pagefind indexes the pages
 * (src/integrations/pagefind.ts) while the scripts and styles are precompressed
 * (src/integrations/precompress.ts), then Pagefind's own files are compressed.
 * Pagefind's binary keeps about 1.5 of 2 cores busy; compressing alongside it
 * fills the idle rest instead of waiting for it.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { indexBuiltSite } from './pagefind';
import { precompressFolder, sumTotals } from './precompress';
import { SHARED_FOLDERS } from '../lib/web/compressible';

const [ASSETS_FOLDER, SEARCH_FOLDER] = SHARED_FOLDERS;
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);

export function publish(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'site:publish',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Unchanged index parts are reused where the build keeps a cache (src/integrations/incremental-build.ts).
        cacheDir = config.experimental.incrementalBuild ? fileURLToPath(config.cacheDir) : undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        let indexed = started;
        const [pages, assets] = await Promise.all([
          indexBuiltSite(outDir, cacheDir).then(({ pages, reused }) => {
            indexed = performance.now();
            // The time is read by npm run bench (tools/bench/report.ts) to report Pagefind apart from Astro.
            logger.info(
              `已为 ${pages} 个页面建立搜索索引，用时 ${seconds(started)} 秒，复用 ${reused} 块未变的索引 / indexed ${pages} pages in ${seconds(started)} s, reused ${reused} unchanged index parts`,
            );
            return pages;
          }),
          precompressFolder(outDir, ASSETS_FOLDER),
        ]);
        const search = await precompressFolder(outDir, SEARCH_FOLDER);
        const t = sumTotals(assets, search);
        const kb = (n: number) => `${Math.round(n / 1024)} KB`;
        // Read by npm run bench: the time compression adds once the index is written.
        logger.info(
          `预压缩 ${t.files} 个文件 / precompressed ${t.files} files in ${seconds(started)} s (${seconds(indexed)} s after indexing ${pages} pages): ${kb(t.bytes)} → gzip ${kb(t.gzip)}, brotli ${kb(t.brotli)}`,
        );
      },
    },
  };
}
