/**
 * Writes `.gz` and `.br` beside every text asset of the build, for servers that
 * serve precompressed files (nginx `gzip_static on; brotli_static on;`).
 * Compressing at build time lets the server use the strongest levels without
 * spending CPU per request. Run by src/integrations/publish.ts.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { availableParallelism } from 'node:os';
import { brotliQuality, isCompressible } from '../lib/compressible';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export interface CompressionTotals {
  files: number;
  bytes: number;
  gzip: number;
  brotli: number;
}

async function* files(dir: string, skip: ReadonlySet<string>): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (skip.has(path)) continue;
    if (entry.isDirectory()) yield* files(path, skip);
    else yield path;
  }
}

/**
 * Compresses the text files below `root`/`only` (default: all of `root`),
 * leaving out the top-level folders in `except`. Paths stay relative to `root`
 * for the choice of quality (src/lib/compressible.ts).
 */
export async function precompressDirectory(root: string, { only = '', except = [] }: { only?: string; except?: string[] } = {}): Promise<CompressionTotals> {
  const totals: CompressionTotals = { files: 0, bytes: 0, gzip: 0, brotli: 0 };
  async function compress(path: string) {
    const content = await readFile(path);
    const quality = brotliQuality(relative(root, path), content.length);
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
  const skip = new Set(except.map((folder) => join(root, folder)));
  for await (const path of files(join(root, only), skip)) if (isCompressible(path)) queue.push(path);
  const worker = async () => {
    for (let path = queue.pop(); path !== undefined; path = queue.pop()) await compress(path);
  };
  await Promise.all(Array.from({ length: Math.max(2, availableParallelism() * 2) }, worker));
  return totals;
}

/** Adds up the totals of several runs. */
export function sumTotals(...runs: CompressionTotals[]): CompressionTotals {
  return runs.reduce((sum, run) => ({ files: sum.files + run.files, bytes: sum.bytes + run.bytes, gzip: sum.gzip + run.gzip, brotli: sum.brotli + run.brotli }));
}
