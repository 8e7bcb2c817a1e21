/**
 * The CMS script (Decap with the project's admin/ code, 5.8 MB before
 * compression) bundled apart from the site and reused while nothing it is made
 * of changes: the lock file (every npm package), each project file in its
 * module graph, the base path and this bundler. Bundling it took ~5 s of every
 * build whatever the content; a reused bundle is a copy. The cache lives in
 * node_modules/.cache/, so a CI that keeps node_modules keeps it and a fresh
 * clone bundles once. In dev the admin page loads admin/cms.ts from Vite.
 *
 * The admin page reads the script's address from `virtual:cms-script`. In a
 * build that is a placeholder, filled in when the build is done: bundling then
 * runs beside the page rendering (Rolldown works on its own threads, so a fresh
 * bundle costs a build on two cores a little, not its whole ~5 s).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { build, type Rolldown } from 'vite';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decapChineseSearch } from './decap-chinese-search';
import { decapSaveStatus } from './decap-save-status';
import { decapUploads } from './decap-uploads';
import { precompressFolder } from '../../src/integrations/precompress';
import { normaliseBase } from '../../src/lib/web/base-path';

const ENTRY = 'admin/cms.ts';
const VIRTUAL_ID = 'virtual:cms-script';
/** The page that loads the bundle, as built (src/pages/admin/index.astro). */
const ADMIN_PAGE = 'admin/index.html';
/** What the admin page holds in place of the script's address until the bundle is ready. */
const PLACEHOLDER = '__cms-script-pending__';
/** Files whose change must rebuild the bundle besides its module graph: how it is built. */
const RECIPE = [
  'package-lock.json',
  'admin/build/cms-bundle.ts',
  'admin/build/decap-chinese-search.ts',
  'admin/build/decap-save-status.ts',
  'admin/build/decap-uploads.ts',
  'src/integrations/precompress.ts',
  'src/lib/web/compressible.ts',
];

interface Manifest {
  /** Hash of the base path and the recipe files. */
  recipe: string;
  /** Project files in the module graph, relative to the root, with their hashes. */
  inputs: Record<string, string>;
  /** The entry script, relative to the output folder (`_astro/cms-….js`). */
  entry: string;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const fileHash = (path: string) => (existsSync(path) ? sha256(readFileSync(path)) : 'missing');

/** The project files a bundle was made of: module ids outside node_modules, without Vite's virtual modules and queries. */
export function projectInputs(moduleIds: readonly string[], root: string): string[] {
  const files = new Set<string>();
  for (const id of moduleIds) {
    const path = id.split('?')[0]!;
    if (!isAbsolute(path) || path.includes('/node_modules/')) continue;
    const rel = relative(root, path);
    if (!rel.startsWith('..')) files.add(rel);
  }
  return [...files].sort();
}

/** Whether a cached bundle still matches the project: same recipe, every input unchanged. */
export function isFresh(
  manifest: Manifest | undefined,
  recipe: string,
  hashOf: (file: string) => string,
): manifest is Manifest {
  return (
    manifest !== undefined &&
    manifest.recipe === recipe &&
    Object.entries(manifest.inputs).every(([file, hash]) => hashOf(file) === hash)
  );
}

/**
 * Warnings about Decap's dependencies that nobody here can act on, each named
 * exactly (code and file): a direct `eval` in js-sha256, @iarna/toml and
 * gray-matter (Node-only branches the browser never runs; the admin page's CSP
 * allows 'unsafe-eval' for Decap anyway, see src/lib/web/csp.ts), and the
 * "use client" directive of react-toastify and jotai (meaningless outside React Server Components). Every
 * other warning, and every error, is printed as before.
 */
const KNOWN_DECAP_WARNINGS: readonly { code: string; file: RegExp }[] = [
  { code: 'EVAL', file: /node_modules[\\/](js-sha256|@iarna[\\/]toml|gray-matter)[\\/]/ },
  { code: 'MODULE_LEVEL_DIRECTIVE', file: /node_modules[\\/](react-toastify|jotai)[\\/]/ },
];

export function isKnownDecapWarning(log: { code?: string; id?: string; message: string }): boolean {
  return KNOWN_DECAP_WARNINGS.some(({ code, file }) => log.code === code && file.test(log.id ?? log.message));
}

function quietKnownDecapWarnings(
  level: string,
  log: Rolldown.RolldownLog,
  print: (level: never, log: Rolldown.RolldownLog) => void,
) {
  if (level === 'warn' && isKnownDecapWarning(log)) return;
  print(level as never, log);
}

export function cmsBundle(): AstroIntegration {
  let root = '';
  let base = '/';
  let cache = '';
  let scriptUrl = PLACEHOLDER;
  /** The bundle being made or found, started with the build and awaited when it is done. */
  let ready: Promise<Manifest> | undefined;

  /** Bundles into a fresh folder, moved into place when complete: a build reading the cache never sees half a bundle. */
  async function bundle(recipe: string): Promise<Manifest> {
    const out = join(cache, `building-${process.pid}`);
    const result = await build({
      configFile: false,
      root,
      base,
      logLevel: 'warn',
      plugins: [decapChineseSearch(), decapSaveStatus(), decapUploads()],
      build: {
        outDir: out,
        emptyOutDir: true,
        assetsDir: '_astro',
        copyPublicDir: false,
        // Decap is one large script by nature; it loads on /admin/ only.
        chunkSizeWarningLimit: 8000,
        rolldownOptions: { input: { cms: join(root, ENTRY) }, onLog: quietKnownDecapWarnings },
      },
    });
    const output = (Array.isArray(result) ? result : [result as Rolldown.RolldownOutput]).flatMap((r) => r.output);
    const chunks = output.filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');
    const entry = chunks.find((chunk) => chunk.isEntry && chunk.name === 'cms');
    if (!entry) throw new Error(`CMS 打包没有产生入口脚本 / the CMS bundle has no entry for ${ENTRY}`);
    // Compressed once here; the build's own precompression leaves files that already have copies.
    await precompressFolder(out, '_astro');
    const inputs = Object.fromEntries(
      projectInputs(
        chunks.flatMap((chunk) => chunk.moduleIds),
        root,
      ).map((file) => [file, fileHash(join(root, file))]),
    );
    rmSync(join(cache, 'out'), { recursive: true, force: true });
    try {
      renameSync(out, join(cache, 'out'));
    } catch (error) {
      // Another build on this machine (a second checkout sharing node_modules) moved its bundle of the same
      // recipe into place between the two steps: the same inputs made the same files, so keep that one.
      if (!['ENOTEMPTY', 'EEXIST'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
      rmSync(out, { recursive: true, force: true });
    }
    return { recipe, inputs, entry: entry.fileName };
  }

  /** The cached bundle when it still matches the project, otherwise a new one. */
  async function readyBundle(logger: AstroIntegrationLogger): Promise<Manifest> {
    const started = performance.now();
    const recipe = sha256([base, ...RECIPE.map((file) => fileHash(join(root, file)))].join('\n'));
    const manifestPath = join(cache, 'manifest.json');
    const cached = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest) : undefined;
    if (isFresh(cached, recipe, (file) => fileHash(join(root, file)))) {
      logger.info('CMS 脚本未变，使用缓存 / CMS bundle reused from cache');
      return cached;
    }
    mkdirSync(cache, { recursive: true });
    rmSync(manifestPath, { force: true });
    const manifest = await bundle(recipe);
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
    // Read by npm run bench (tools/bench/report.ts).
    logger.info(`CMS 脚本已打包 / CMS bundle built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return manifest;
  }

  return {
    name: 'site:cms-bundle',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        root = fileURLToPath(config.root);
        base = normaliseBase(config.base);
        // One cache per base path, so builds for / and for a sub-path do not replace each other's.
        cache = join(root, 'node_modules', '.cache', 'dangjian-cms', sha256(base).slice(0, 12));
        if (command === 'dev') scriptUrl = `${base}${ENTRY}`;
        updateConfig({
          vite: {
            // Under npm start Vite serves the CMS from source: pre-bundle Decap and React when the server
            // starts, not when the first editor opens /admin/ (which took ~11 s and then loaded the page twice,
            // once more after Vite had optimised the dependencies it discovered).
            ...(command === 'dev'
              ? {
                  optimizeDeps: {
                    include: [
                      'decap-cms-app',
                      'decap-cms-core/dist/esm/formats/frontmatter',
                      'decap-cms-core/dist/esm/formats/yaml',
                      'pinyin-pro',
                      'decap-cms-locales/dist/esm/zh_Hans',
                      'decap-cms-widget-markdown/dist/esm/serializers',
                      // Imported by admin/ itself (study records, the YAML layout keeper): found late, they made
                      // Vite re-optimise on the first /admin/ visit and reload every open page of the site.
                      'immutable',
                      'yaml',
                      'react',
                      'react-dom',
                      'sanitize-html',
                      'zod',
                    ],
                    // The same fixes to Decap as in the bundle: Vite's pre-bundling does not run the site's plugins.
                    rolldownOptions: { plugins: [decapChineseSearch(), decapSaveStatus(), decapUploads()] },
                  },
                }
              : {}),
            plugins: [
              {
                name: 'site:cms-script',
                resolveId: (id: string) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
                load: (id: string) =>
                  id === `\0${VIRTUAL_ID}` ? `export default ${JSON.stringify(scriptUrl)};` : undefined,
              },
            ],
          },
        });
      },
      'astro:build:start': ({ logger }) => {
        ready = readyBundle(logger);
        // Awaited in astro:build:done; until then a failure must not count as unhandled.
        ready.catch(() => {});
      },
      'astro:build:done': async ({ dir }) => {
        const manifest = await ready!;
        const outDir = fileURLToPath(dir);
        cpSync(join(cache, 'out'), outDir, { recursive: true });
        const page = join(outDir, ADMIN_PAGE);
        const html = readFileSync(page, 'utf8');
        if (!html.includes(PLACEHOLDER))
          throw new Error(
            `${ADMIN_PAGE} 中没有 CMS 脚本占位 / has no placeholder for the CMS script: it must load \`virtual:cms-script\``,
          );
        writeFileSync(page, html.replaceAll(PLACEHOLDER, `${base}${manifest.entry}`));
      },
    },
  };
}
