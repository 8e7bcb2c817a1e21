/**
 * Writes `.gz` and `.br` beside the shared text assets of the build (which:
 * src/lib/web/compressible.ts), for servers that serve precompressed files (nginx
 * `gzip_static on; brotli_static on;`): the strongest levels without spending
 * CPU per request. Run by src/integrations/publish.ts.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { availableParallelism } from 'node:os';
import { brotliQuality, isPrecompressed } from '../lib/web/compressible';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export interface CompressionTotals {
  files: number;
  bytes: number;
  gzip: number;
  brotli: number;
}

async function* files(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Compresses the files of `root`/`folder` that get precompressed copies and have none yet (the cached CMS bundle brings its own). */
export async function precompressFolder(root: string, folder: string): Promise<CompressionTotals> {
  const totals: CompressionTotals = { files: 0, bytes: 0, gzip: 0, brotli: 0 };
  async function compress(path: string) {
    const content = await readFile(path);
    const [gz, br] = await Promise.all([
      gzipAsync(content, { level: 9 }),
      brotliAsync(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: brotliQuality(content.length),
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
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
  for await (const path of files(join(root, folder))) {
    if (isPrecompressed(relative(root, path)) && !(existsSync(`${path}.gz`) && existsSync(`${path}.br`)))
      queue.push(path);
  }
  const worker = async () => {
    for (let path = queue.pop(); path !== undefined; path = queue.pop()) await compress(path);
  };
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism() * 2) }, worker));
  return totals;
}

/** Adds up the totals of several runs. */
export function sumTotals(...runs: CompressionTotals[]): CompressionTotals {
  return runs.reduce((sum, run) => ({
    files: sum.files + run.files,
    bytes: sum.bytes + run.bytes,
    gzip: sum.gzip + run.gzip,
    brotli: sum.brotli + run.brotli,
  }));
}
