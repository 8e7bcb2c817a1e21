/**
 * Chinese full-text search with Pagefind, in both modes:
 * - build: `indexBuiltSite` indexes dist/ after Astro writes it (called by
 *   src/integrations/publish.ts); fails the build when Pagefind reports errors
 *   or finds no page to index;
 * - dev (`npm start`): crawls the dev server, keeps the index in memory, serves
 *   it at <base>pagefind/ and re-indexes when content changes, so a new article
 *   is searchable without a restart.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { internalPageLinks } from '../lib/links';
import { normaliseBase } from '../lib/base-path';

/** Paths never indexed: the CMS and Pagefind's own files. */
const SKIP = /\/(admin|pagefind)\//;

async function newIndex() {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind 无法启动 / could not start: ${errors.join('; ')}`);
  return index;
}

/** Indexes the built site in `outDir` into `outDir`/pagefind/; resolves with the number of pages indexed. */
export async function indexBuiltSite(outDir: string): Promise<number> {
  const index = await newIndex();
  const { errors, page_count } = await index.addDirectory({ path: outDir });
  if (errors.length > 0) throw new Error(`Pagefind 索引出错 / Pagefind reported errors:\n${errors.join('\n')}`);
  if (page_count === 0) {
    throw new Error('Pagefind 没有索引到任何页面：检查页面是否有 data-pagefind-body / Pagefind indexed no pages');
  }
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind 写入失败 / could not write the index:\n${written.errors.join('\n')}`);
  await pagefind.close();
  return page_count;
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
          const response = await fetch(origin + path).catch(() => undefined);
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
      running = running.then(() => indexDevServer(log)).catch((error: Error) => warn(`搜索索引失败 / indexing failed: ${error.message}`));
    }, 1500);
  }

  return {
    name: 'site:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:server:setup': ({ server, logger }) => {
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
            scheduleDevIndex((m) => logger.info(m), (m) => logger.warn(m));
          }
        });
      },
      'astro:server:start': ({ address, logger }) => {
        const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
        origin = `http://${host === '::' || host === '[::]' || host === '0.0.0.0' ? 'localhost' : host}:${address.port}`;
        scheduleDevIndex((m) => logger.info(m), (m) => logger.warn(m));
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
