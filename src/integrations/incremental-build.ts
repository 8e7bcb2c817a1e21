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
 * snapshot in src/data/), public/ (image sizes
 * are read from the files), the lock file, the environment variables the site
 * reads, the build day — is stamped here: when the stamp differs from the last
 * build's, the whole cache is dropped and the build is a clean one. An editor's
 * 发布 changes content only, so it keeps the cache; a code change, a new day
 * or a new setting rebuilds everything, which is always right.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { civilDateInShanghai } from '../lib/civil-date';
import { GISCUS_ENV } from '../lib/giscus';
import { DISCUSSION_ENV } from '../lib/discussion';
import { BUILD_DAY_ENV } from '../lib/publishing';

/** Environment variables that change what the site's pages contain (tests/unit/incremental-build.test.ts finds every one read under src/). */
export const SITE_ENVIRONMENT = [
  'SITE_URL',
  'BASE_PATH',
  'SEARCH_SHARD_ARTICLES',
  'DISCUSSIONS_SNAPSHOT',
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
export function siteInputsStamp(root: string, env: Record<string, string | undefined>, buildDay: string, config: unknown): string {
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

export function incrementalBuild(): AstroIntegration {
  let finish: (() => void) | undefined;
  return {
    name: 'site:incremental-build',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
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
          if (previous) logger.info('代码、设置、公共文件或日期有变化，或上次构建没有完成：完整构建 / inputs changed or the last build did not finish: clean build');
          rmSync(cacheDir, { recursive: true, force: true });
          mkdirSync(cacheDir, { recursive: true });
        }
        writeFileSync(stampFile, JSON.stringify({ stamp, complete: false }));
        finish = () => writeFileSync(stampFile, JSON.stringify({ stamp, complete: true }));
      },
      // Listed after site:publish in astro.config.ts, so this runs once the search index is written.
      'astro:build:done': () => finish?.(),
    },
  };
}
