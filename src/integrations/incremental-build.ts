/**
 * A production build after an edit reuses what the edit did not change: Astro's
 * content store (only changed files are read and rendered again), pages whose
 * key and code are unchanged (Astro's experimental.incrementalBuild; the keyed
 * routes and what a key covers: src/site/page-keys.ts), and search-index parts
 * whose pages are unchanged (src/integrations/pagefind.ts). All of it lives in
 * Astro's cacheDir (`.cache/astro/`, kept between runs by the deploy workflow).
 *
 * A page key covers a page's own inputs only. What every page reads besides —
 * the code and settings under src/ (outside src/content/ and the discussion
 * snapshot in src/data/), public/ (image sizes are read from the files), the
 * lock file, the environment variables the site reads, the build day — is stamped here: when the stamp differs from the last
 * build's, the whole cache is dropped and the build is a clean one. An editor's
 * 发布 changes content only, so it keeps the cache; a code change, a new day
 * or a new setting rebuilds everything, which is always right.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { civilDateInShanghai } from '../lib/civil-date';
import { GISCUS_ENV } from '../lib/discussion/giscus';
import { DISCUSSION_ENV } from '../lib/discussion/provider';
import { BRANCH_SERVICE_ENV } from '../lib/branch/service';
import { BUILD_DAY_ENV } from '../lib/content/publishing';
import { linkFiles } from './hard-links';

/** Environment variables that change what the site's pages contain (tests/unit/incremental-build.test.ts finds every one read under src/). */
export const SITE_ENVIRONMENT = [
  'SITE_URL',
  'BASE_PATH',
  'SEARCH_SHARD_ARTICLES',
  'DISCUSSIONS_SNAPSHOT',
  'BRANCH_STATS_SNAPSHOT',
  BRANCH_SERVICE_ENV,
  'MEMBERS_DIR',
  'CMS_PROXY_PORT',
  ...Object.values(DISCUSSION_ENV),
  ...Object.values(GISCUS_ENV),
] as const;

const STAMP_FILE = 'site-inputs.json';

/** Files below `dir`, relative to `root`, sorted; `skip` folders left out. */
function filesBelow(root: string, dir: string, skip: Set<string> = new Set()): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => ![...skip].some((folder) => path.startsWith(folder)))
    .sort();
}

/** One hash of everything outside the page keys that a build's pages depend on. */
export function siteInputsStamp(
  root: string,
  env: Record<string, string | undefined>,
  buildDay: string,
  config: unknown,
): string {
  const hash = createHash('sha256');
  const add = (label: string, value: string | Buffer) => hash.update(`${label}\0`).update(value).update('\0');
  add('day', buildDay);
  add('config', JSON.stringify(config));
  for (const name of SITE_ENVIRONMENT) add(`env ${name}`, env[name] ?? '');
  const files = [
    ...['astro.config.ts', 'package-lock.json', 'tsconfig.json'].filter((file) => existsSync(join(root, file))),
    // Not the discussion snapshot: the sync before each deploy rewrites it, and only pages without a key
    // (always rendered) read it.
    ...filesBelow(root, join(root, 'src'), new Set(['src/content/', 'src/data/'])),
    ...filesBelow(root, join(root, 'public')),
  ];
  for (const file of files) add(file, readFileSync(join(root, file)));
  return hash.digest('hex');
}

interface Stamp {
  stamp: string;
  complete: boolean;
}

function readStamp(file: string): Stamp | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
}

const ASIDE_PREFIX = 'previous-dist-';

/** Astro's record of the last build's keyed pages (experimental.incrementalBuild): their files, relative to dist/. */
function keyedPageFiles(cacheDir: string): string[] {
  try {
    const manifest = JSON.parse(readFileSync(join(cacheDir, 'incremental-build.json'), 'utf8')) as {
      routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
    };
    return Object.values(manifest.routes).flatMap((route) => Object.values(route.paths).map((path) => path.outputFile));
  } catch {
    return [];
  }
}

/**
 * dist/ is emptied here rather than by Astro, and the last build's keyed pages are put
 * back at once as hard links: Astro leaves a page it can reuse where it finds it, and
 * otherwise copies it from its cache (13,910 copies: 10 s of a 70 s build after one
 * edit at 10,000 articles) after deleting the old dist/ (another 5 s). The old dist/ is
 * renamed into the cache folder (same disk) and deleted while the build runs.
 * A page Astro renders again is written over its link, changing only the old dist/'s
 * file (Astro's cached copy is a file of its own). Resolves with the pages put back,
 * for `removeUnbuilt`.
 */
async function replaceOutDir(outDir: string, cacheDir: string): Promise<string[]> {
  for (const name of readdirSync(cacheDir)) {
    if (name.startsWith(ASIDE_PREFIX)) void rm(join(cacheDir, name), { recursive: true, force: true });
  }
  if (!existsSync(outDir)) return [];
  const aside = join(cacheDir, `${ASIDE_PREFIX}${process.pid}-${Date.now()}`);
  renameSync(outDir, aside);
  const kept = keyedPageFiles(cacheDir).filter((file) => existsSync(join(aside, file)));
  await linkFiles(aside, outDir, kept);
  void rm(aside, { recursive: true, force: true });
  return kept;
}

/** Pages put back that this build neither reused nor wrote (an article removed since): deleted before the search index reads dist/. */
async function removeUnbuilt(outDir: string, cacheDir: string, kept: string[], since: number): Promise<number> {
  const current = new Set(keyedPageFiles(cacheDir));
  const unbuilt = kept.filter(
    (file) =>
      !current.has(file) && (statSync(join(outDir, file), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) < since,
  );
  await Promise.all(unbuilt.map((file) => rm(join(outDir, file), { force: true })));
  return unbuilt.length;
}

export function incrementalBuild(): AstroIntegration {
  let finish: (() => void) | undefined;
  let pruneUnbuilt: (() => Promise<number>) | undefined;
  return {
    name: 'site:incremental-build',
    hooks: {
      'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
        if (command !== 'build') return;
        // Only the site's own build (npm run build, into dist/) keeps a cache: the tests build variants
        // of the site into other folders of the same project, which must neither use nor drop it.
        if (config.outDir.href !== new URL('./dist/', config.root).href) {
          updateConfig({ experimental: { incrementalBuild: false } });
          return;
        }
        process.env[BUILD_DAY_ENV] ??= civilDateInShanghai(new Date());
        const root = fileURLToPath(config.root);
        const cacheDir = fileURLToPath(config.cacheDir);
        const stamp = siteInputsStamp(root, process.env, process.env[BUILD_DAY_ENV], config.experimental);
        const stampFile = join(cacheDir, STAMP_FILE);
        const previous = readStamp(stampFile);
        // A build that stopped half-way may have rewritten cached pages without recording their new keys.
        if (previous?.stamp !== stamp || !previous.complete) {
          if (previous)
            logger.info(
              '代码、设置、公共文件或日期有变化，或上次构建没有完成：完整构建 / inputs changed or the last build did not finish: clean build',
            );
          rmSync(cacheDir, { recursive: true, force: true });
          mkdirSync(cacheDir, { recursive: true });
        }
        writeFileSync(stampFile, JSON.stringify({ stamp, complete: false }));
        finish = () => writeFileSync(stampFile, JSON.stringify({ stamp, complete: true }));
        // A dist/ holding a Git repository (published as a branch) is left to Astro, which empties it but keeps .git.
        const outDir = fileURLToPath(config.outDir);
        if (existsSync(join(outDir, '.git'))) return;
        const started = Date.now();
        const kept = await replaceOutDir(outDir, cacheDir);
        updateConfig({ vite: { build: { emptyOutDir: false } } });
        pruneUnbuilt = () => removeUnbuilt(outDir, cacheDir, kept, started);
      },
      'astro:build:generated': async ({ logger }) => {
        const removed = (await pruneUnbuilt?.()) ?? 0;
        if (removed > 0) logger.info(`删除了 ${removed} 个不再生成的页面 / removed ${removed} pages no longer built`);
      },
      // Listed after site:publish in astro.config.ts, so this runs once the search index is written.
      'astro:build:done': () => finish?.(),
    },
  };
}
