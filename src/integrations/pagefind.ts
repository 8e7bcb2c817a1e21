/**
 * Chinese full-text search with Pagefind, in both modes:
 * - build: `indexBuiltSite` indexes dist/ after Astro writes it (called by
 *   src/integrations/publish.ts), only the pages with a data-pagefind-body, in
 *   parts on large sites (src/lib/search/shards.ts); fails the build when
 *   Pagefind reports errors or finds no page to index;
 * - dev (`npm start`): crawls the dev server, keeps the index in memory, serves
 *   it at <base>pagefind/ and re-indexes when content changes, so a new article
 *   is searchable without a restart.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { internalPageLinks } from '../lib/web/links';
import { normaliseBase } from '../lib/web/base-path';
import { archiveFolder, SHARD_ATTRIBUTE } from '../lib/search/shards';
import { linkFile, linkTree } from './hard-links';
import { quietIndexerRequests, readQuietly } from './quiet-indexer-log';

/**
 * Files Pagefind writes that the site never loads: its ready-made search UIs (the site has
 * its own, src/components/SiteSearch.astro), its highlighter, and its Web Worker (searches
 * run on the page's thread: noWorker in src/lib/search/results.ts). Removed once written, so they
 * are neither compressed at every build (a second of brotli beside the indexing) nor deployed.
 */
export const UNUSED_PAGEFIND_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

/** Paths never indexed: the CMS and Pagefind's own files. */
const SKIP = /\/(admin|pagefind)\//;

async function newIndex() {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind 无法启动 / could not start: ${errors.join('; ')}`);
  return index;
}

const BODY = Buffer.from('data-pagefind-body');
const SHARD = Buffer.from(`${SHARD_ATTRIBUTE}="`);

/**
 * Which index part a built page belongs to (src/lib/search/shards.ts): undefined
 * when it has no `data-pagefind-body` (lists and the like, which Pagefind would
 * read and keep in memory only to drop them later), else its part (0, the main
 * index, without the attribute).
 */
export function pageShard(html: Buffer): number | undefined {
  if (html.indexOf(BODY) < 0) return undefined;
  const at = html.indexOf(SHARD);
  if (at < 0) return 0;
  const value = Number(html.subarray(at + SHARD.length, html.indexOf(0x22, at + SHARD.length)).toString('latin1'));
  return Number.isInteger(value) && value >= 0 ? value : 0;
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/**
 * Lays out Pagefind's input: each part's pages hard-linked (same bytes, no copy)
 * at their own relative paths below `inputDir`/<part>/, so Pagefind reads only
 * pages it indexes, one part at a time, and computes the same URLs. Resolves
 * with each part's key: a hash of its pages' paths and bytes (a new Pagefind
 * changes the lock file, which drops the whole cache: src/integrations/incremental-build.ts).
 */
async function layOutParts(outDir: string, inputDir: string): Promise<Map<number, string>> {
  const pages = new Map<number, string[]>();
  const queue: string[] = [];
  for await (const path of htmlFiles(outDir)) queue.push(path);
  const worker = async () => {
    for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
      const html = await readFile(path);
      const part = pageShard(html);
      if (part === undefined) continue;
      const page = relative(outDir, path);
      const list = pages.get(part) ?? pages.set(part, []).get(part)!;
      list.push(`${page}\0${createHash('sha256').update(html).digest('base64url')}`);
      await linkFile(path, join(inputDir, String(part), page));
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  const keyOf = (list: string[]) => createHash('sha256').update(list.sort().join('\n')).digest('hex');
  return new Map([...pages].sort(([a], [b]) => a - b).map(([part, list]) => [part, keyOf(list)]));
}

/** Drops stored parts this build did not use: an edited part's old index is never right again. */
async function pruneIndexes(cacheDir: string | undefined, keys: Set<string>): Promise<void> {
  if (!cacheDir) return;
  const folder = join(cacheDir, 'search-index');
  const stored = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(
    stored.filter((name) => !keys.has(name)).map((name) => rm(join(folder, name), { recursive: true, force: true })),
  );
}

/**
 * A part's index from the last build when its pages are byte for byte the same
 * (an edit to one article leaves the other parts of a large site untouched):
 * linked into `target`; false when there is none.
 */
async function reuseIndex(cacheDir: string | undefined, key: string, target: string): Promise<boolean> {
  if (!cacheDir) return false;
  const stored = join(cacheDir, 'search-index', key);
  try {
    await linkTree(stored, target);
    return true;
  } catch {
    await rm(target, { recursive: true, force: true });
    return false;
  }
}

/** The written index kept under its key as hard links: an index's files are never rewritten (precompression adds files beside them). */
async function keepIndex(cacheDir: string | undefined, key: string, written: string): Promise<void> {
  if (!cacheDir) return;
  const folder = join(cacheDir, 'search-index');
  // Written under a temporary name first: a build stopped half-way leaves no partial index under a key.
  const partial = join(folder, `${key}.partial`);
  await rm(partial, { recursive: true, force: true });
  await linkTree(written, partial);
  await rm(join(folder, key), { recursive: true, force: true });
  await rename(partial, join(folder, key));
}

/**
 * Indexes the built site in `outDir`: the main index into `outDir`/pagefind/ and,
 * on a site with more articles than one part holds, each archive part into
 * `outDir`/pagefind-archive-<k>/ (src/lib/search/shards.ts), one after another so
 * that Pagefind's memory is bounded by the largest part. With a `cacheDir`, a part
 * whose pages are unchanged since the last build is taken from there, not indexed
 * again. Resolves with the number of pages indexed and of parts reused.
 */
export async function indexBuiltSite(outDir: string, cacheDir?: string): Promise<{ pages: number; reused: number }> {
  const inputDir = join(outDir, '.search-input');
  await rm(inputDir, { recursive: true, force: true });
  let pages = 0;
  let reused = 0;
  try {
    const parts = await layOutParts(outDir, inputDir);
    for (const [part, key] of parts) {
      const output = join(outDir, part === 0 ? 'pagefind' : archiveFolder(part));
      if (await reuseIndex(cacheDir, key, output)) {
        reused += 1;
        continue;
      }
      const index = await newIndex();
      const { errors, page_count } = await index.addDirectory({ path: join(inputDir, String(part)) });
      if (errors.length > 0) throw new Error(`Pagefind 索引出错 / Pagefind reported errors:\n${errors.join('\n')}`);
      const written = await index.writeFiles({ outputPath: output });
      if (written.errors.length > 0)
        throw new Error(`Pagefind 写入失败 / could not write the index:\n${written.errors.join('\n')}`);
      await index.deleteIndex();
      await Promise.all(UNUSED_PAGEFIND_FILES.map((file) => rm(join(output, file), { force: true })));
      await keepIndex(cacheDir, key, output);
      pages += page_count;
    }
    await pruneIndexes(cacheDir, new Set(parts.values()));
    if (parts.size === 0) {
      throw new Error('Pagefind 没有索引到任何页面：检查页面是否有 data-pagefind-body / Pagefind indexed no pages');
    }
  } finally {
    await rm(inputDir, { recursive: true, force: true });
  }
  await pagefind.close();
  return { pages, reused };
}

/** The dev-server half of the search; the build half is `indexBuiltSite`. */
export function pagefindSearch(): AstroIntegration {
  let base = '/';
  let origin = '';
  let files = new Map<string, Uint8Array>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();

  async function indexDevServer(log: (msg: string) => void) {
    const index = await newIndex();
    const queue = [base];
    const seen = new Set(queue);
    let pages = 0;
    while (queue.length > 0) {
      const batch = queue.splice(0, 4);
      await Promise.all(
        batch.map(async (path) => {
          const response = await readQuietly(origin + path, path);
          if (!response?.ok || !response.headers.get('content-type')?.includes('text/html')) return;
          const html = await response.text();
          await index.addHTMLFile({ url: path, content: html });
          pages += 1;
          for (const link of internalPageLinks(html, origin + path, base)) {
            if (!seen.has(link) && !SKIP.test(link)) {
              seen.add(link);
              queue.push(link);
            }
          }
        }),
      );
    }
    const result = await index.getFiles();
    files = new Map(result.files.map((file) => [file.path, file.content]));
    await index.deleteIndex();
    log(`搜索索引已更新 / search index updated: ${pages} pages`);
  }

  function scheduleDevIndex(log: (msg: string) => void, warn: (msg: string) => void) {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running
        .then(() => indexDevServer(log))
        .catch((error: Error) => warn(`搜索索引失败 / indexing failed: ${error.message}`));
    }, 1500);
  }

  return {
    name: 'site:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:server:setup': ({ server, logger }) => {
        quietIndexerRequests();
        const prefix = `${base}pagefind/`;
        server.middlewares.use((req, res, next) => {
          const path = req.url?.split('?')[0] ?? '';
          if (!path.startsWith(prefix)) return next();
          const file = files.get(decodeURIComponent(path.slice(prefix.length)));
          if (!file) {
            res.statusCode = 404;
            return res.end(files.size === 0 ? 'search index not ready yet' : 'not found');
          }
          res.setHeader('Content-Type', contentType(path));
          res.setHeader('Cache-Control', 'no-store');
          res.end(file);
        });
        server.watcher.on('all', (_event, file) => {
          if (file.includes(`${join('src', 'content')}`) || file.includes(join('src', 'pages'))) {
            scheduleDevIndex(
              (m) => logger.info(m),
              (m) => logger.warn(m),
            );
          }
        });
      },
      'astro:server:start': ({ address, logger }) => {
        const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
        origin = `http://${host === '::' || host === '[::]' || host === '0.0.0.0' ? 'localhost' : host}:${address.port}`;
        scheduleDevIndex(
          (m) => logger.info(m),
          (m) => logger.warn(m),
        );
      },
    },
  };
}

function contentType(path: string): string {
  if (path.endsWith('.js')) return 'text/javascript; charset=utf-8';
  if (path.endsWith('.css')) return 'text/css; charset=utf-8';
  if (path.endsWith('.json')) return 'application/json';
  if (path.endsWith('.wasm')) return 'application/wasm';
  return 'application/octet-stream';
}
