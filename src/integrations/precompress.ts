/**
 * Writes `.gz` and `.br` beside every text asset of the build, for servers that
 * serve precompressed files (nginx `gzip_static on; brotli_static on;`). Runs
 * after Pagefind so its bundle is compressed too. Compressing at build time
 * lets the server use the strongest levels without spending CPU per request.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { availableParallelism } from 'node:os';
import { brotliQuality, isCompressible } from '../lib/compressible';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

export async function precompressDirectory(dir: string): Promise<{ files: number; bytes: number; gzip: number; brotli: number }> {
  const totals = { files: 0, bytes: 0, gzip: 0, brotli: 0 };
  async function compress(path: string) {
    const content = await readFile(path);
    const quality = brotliQuality(relative(dir, path), content.length);
    const [gz, br] = await Promise.all([
      gzipAsync(content, { level: 9 }),
      brotliAsync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
    ]);
    // A compressed copy that is not smaller would only cost the server a lookup.
    if (gz.length < content.length) await writeFile(`${path}.gz`, gz);
    if (br.length < content.length) await writeFile(`${path}.br`, br);
    totals.files += 1;
    totals.bytes += content.length;
    totals.gzip += Math.min(gz.length, content.length);
    totals.brotli += Math.min(br.length, content.length);
  }
  // Several files at once, so zlib's worker threads keep every core busy.
  const queue: string[] = [];
  for await (const path of files(dir)) if (isCompressible(path)) queue.push(path);
  const worker = async () => {
    for (let path = queue.pop(); path !== undefined; path = queue.pop()) await compress(path);
  };
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism() * 2) }, worker));
  return totals;
}

export function precompress(): AstroIntegration {
  return {
    name: 'site:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const t = await precompressDirectory(fileURLToPath(dir));
        const kb = (n: number) => `${Math.round(n / 1024)} KB`;
        // The time is read by npm run bench (src/lib/bench-report.ts).
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`预压缩 ${t.files} 个文件 / precompressed ${t.files} files in ${seconds} s: ${kb(t.bytes)} → gzip ${kb(t.gzip)}, brotli ${kb(t.brotli)}`);
      },
    },
  };
}
