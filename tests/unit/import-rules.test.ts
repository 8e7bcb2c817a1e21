/**
 * The import rules of docs/architecture.md, as data and a test: every import in
 * src/, admin/, scripts/, services/ and tools/ is read from the source
 * (tools/import-graph.ts) and checked against the table below, which is the
 * documented policy. An edge the table does not allow fails with the file, the
 * line and the rule; so does a file that belongs to no layer.
 *
 * Besides the direct edges, three rules follow imports all the way down,
 * because they are about what ends up running somewhere:
 * - browser code (processed <script> blocks and what they import) never loads
 *   the whole strings module, the model, the site's collection readers or Node;
 * - the CMS bundle (admin/cms.ts) never loads Node or Astro's content layer;
 * - code that runs outside Astro's content layer (build plumbing, scripts,
 *   tools, astro.config.ts) never reaches `astro:content`.
 */
import { describe, expect, it } from 'vitest';
import { type ImportEdge, importGraph, sourceFiles } from '../../tools/import-graph';

const ROOT = new URL('../..', import.meta.url).pathname;
const PLACES = [
  'src',
  'admin',
  'scripts',
  'services',
  'tools',
  'astro.config.ts',
  'playwright.config.ts',
  'vitest.config.ts',
];

/** Layers by path prefix; the longest matching prefix names a file's layer. */
const LAYERS: Record<string, readonly string[]> = {
  i18n: ['src/i18n/'],
  lib: ['src/lib/'],
  model: ['src/model/'],
  site: ['src/site/'],
  integrations: ['src/integrations/'],
  components: ['src/components/', 'src/layouts/'],
  pages: ['src/pages/'],
  styles: ['src/styles/'],
  'content config': ['src/content.config.ts', 'src/virtual-modules.d.ts'],
  cms: ['admin/'],
  'cms config': ['admin/config/', 'admin/theme.css'],
  'cms build': ['admin/build/'],
  'astro config': ['astro.config.ts'],
  scripts: ['scripts/'],
  // Node's resolve hook that lets commands and tools run the site's TypeScript as it is.
  'ts hook': ['scripts/ts-resolve.ts'],
  // Commands that measure or test the project rather than run the branch's site.
  'dev scripts': [
    'scripts/test.',
    'scripts/bench.',
    'scripts/eval-search.',
    'scripts/lighthouse.',
    'scripts/page-weight.',
    'scripts/audit-dependencies.',
    'scripts/brand/',
  ],
  tools: ['tools/', 'playwright.config.ts', 'vitest.config.ts'],
  services: ['services/'],
};

interface Rule {
  /** Layers whose files this layer may import. */
  may: readonly string[];
  /** Layers it may import types from (erased from running code), besides `may`. */
  typesFrom?: readonly string[];
  /** Why, where it is not obvious. */
  why?: string;
}

/** The policy: docs/architecture.md, "What may import what". */
export const IMPORT_RULES: Record<string, Rule> = {
  i18n: { may: ['i18n'], why: 'the strings and their fill() are the bottom layer: anything may show text' },
  lib: { may: ['lib', 'i18n'], typesFrom: ['model'], why: 'pure logic below the model, which builds on it' },
  model: { may: ['model', 'lib'] },
  site: { may: ['site', 'model', 'lib', 'i18n'] },
  integrations: {
    may: ['integrations', 'lib', 'model', 'site'],
    why: 'build plumbing; it may use site helpers that do not read collections (checked below)',
  },
  components: { may: ['components', 'site', 'model', 'lib', 'i18n', 'styles'] },
  pages: {
    may: ['pages', 'components', 'site', 'model', 'lib', 'i18n', 'styles', 'cms', 'cms config'],
    why: '/admin/ is an Astro page that bundles the CMS, and pages that explain the CMS read its configuration',
  },
  styles: { may: ['styles'] },
  'content config': { may: ['model', 'lib'] },
  cms: { may: ['cms', 'cms config', 'model', 'lib', 'i18n', 'styles'] },
  'cms config': { may: ['cms config', 'model', 'lib', 'i18n'], why: 'computed at build time by the /admin/ page' },
  'cms build': { may: ['cms build', 'integrations', 'lib', 'model'] },
  'astro config': { may: ['integrations', 'cms build', 'site', 'lib', 'model'] },
  scripts: {
    may: ['scripts', 'ts hook', 'site', 'model', 'lib', 'i18n', 'integrations', 'services'],
    why: 'commands the secretary runs; measurement and test tooling stays in tools/',
  },
  'ts hook': { may: [] },
  'dev scripts': {
    may: ['ts hook', 'dev scripts', 'scripts', 'tools', 'site', 'model', 'lib', 'i18n', 'integrations'],
  },
  tools: {
    may: [
      'tools',
      'ts hook',
      'site',
      'model',
      'lib',
      'i18n',
      'integrations',
      'cms',
      'cms config',
      'cms build',
      'services',
    ],
    why: 'test and measurement tooling; nothing imports it but tests',
  },
  services: { may: ['services'], why: 'the branch service is its own package, deployed without the site' },
};

/** Where the browser runs code: no Node, no collections, no model, only the strings handed over. */
const BROWSER_FORBIDDEN = [
  /^node:/,
  /^astro:content$/,
  /^src\/model\//,
  /^src\/site\/(?!paths\.ts$)/,
  /^src\/i18n\/zh\.ts$/,
];
/** The CMS bundle carries the model and the strings, but runs in the browser too. */
const CMS_FORBIDDEN = [/^node:/, /^astro:/, /^src\/site\//];
/** Run by Node or Astro's config loader, before or without the content layer. */
const OUTSIDE_ASTRO = ['integrations', 'cms build', 'astro config', 'scripts', 'dev scripts', 'tools'];

function layerOf(file: string): string | undefined {
  let best: [string, number] | undefined;
  for (const [layer, prefixes] of Object.entries(LAYERS)) {
    for (const prefix of prefixes) {
      if ((file === prefix || file.startsWith(prefix)) && (!best || prefix.length > best[1]))
        best = [layer, prefix.length];
    }
  }
  return best?.[0];
}

const edges = importGraph(ROOT, PLACES);
const where = (edge: ImportEdge) => `${edge.from}:${edge.line} → ${edge.to}`;

/** Files reachable from `start` through imports that run (type-only imports are erased). */
function reach(start: readonly string[]): Map<string, string> {
  const runs = new Map<string, ImportEdge[]>();
  for (const edge of edges) if (!edge.typeOnly) runs.set(edge.from, [...(runs.get(edge.from) ?? []), edge]);
  const via = new Map<string, string>(start.map((file) => [file, file]));
  const queue = [...start];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const edge of runs.get(file) ?? []) {
      if (via.has(edge.to)) continue;
      via.set(edge.to, file);
      if (!edge.external) queue.push(edge.to);
    }
  }
  return via;
}

/** How `target` is reached: the chain of importers back to a starting file. */
function chain(via: Map<string, string>, target: string): string {
  const path = [target];
  for (let file = via.get(target); file && file !== path[0]; file = via.get(file)) {
    path.unshift(file);
    if (via.get(file) === file) break;
  }
  return path.join(' → ');
}

function forbiddenReached(start: readonly string[], forbidden: readonly RegExp[]): string[] {
  const via = reach(start);
  return [...via.keys()]
    .filter((file) => forbidden.some((pattern) => pattern.test(file)))
    .map((file) => chain(via, file));
}

describe('import rules (docs/architecture.md)', () => {
  it('reads the imports of every layer', () => {
    expect(edges.length).toBeGreaterThan(500);
    for (const layer of Object.keys(LAYERS)) expect(IMPORT_RULES[layer], layer).toBeDefined();
  });

  it('puts every source file in a layer', () => {
    const orphans = PLACES.flatMap((place) => sourceFiles(ROOT, place)).filter((file) => !layerOf(file));
    expect(orphans).toEqual([]);
  });

  it('resolves every import of a project file to a file that exists', () => {
    const missing = edges.filter((edge) => !edge.external && layerOf(edge.to) === undefined && !edge.to.includes('$'));
    expect(missing.map(where)).toEqual([]);
  });

  it('allows only the edges the table names', () => {
    const broken = edges
      .filter((edge) => !edge.external)
      .filter((edge) => {
        const rule = IMPORT_RULES[layerOf(edge.from) ?? ''];
        const target = layerOf(edge.to) ?? '';
        if (!rule) return true;
        return !rule.may.includes(target) && !(edge.typeOnly && rule.typesFrom?.includes(target));
      })
      .map((edge) => `${where(edge)} (${layerOf(edge.from)} may not import ${layerOf(edge.to)})`);
    expect(broken).toEqual([]);
  });

  it('keeps pure logic and the model free of Astro', () => {
    const astro = edges.filter(
      (edge) => ['lib', 'model'].includes(layerOf(edge.from) ?? '') && /^astro(:|\/|$)/.test(edge.to),
    );
    expect(astro.map(where)).toEqual([]);
  });

  it('sends the browser no Node, no collections, no model and not the whole strings module', () => {
    const roots = [
      ...new Set(edges.filter((edge) => edge.inScript && !edge.external && !edge.typeOnly).map((edge) => edge.to)),
    ];
    expect(roots.length).toBeGreaterThan(10);
    expect(forbiddenReached(roots, BROWSER_FORBIDDEN)).toEqual([]);
  });

  it('bundles no Node and no site code into the CMS', () => {
    expect(forbiddenReached(['admin/cms.ts'], CMS_FORBIDDEN)).toEqual([]);
  });

  it('never reaches Astro’s content layer from code that runs outside it', () => {
    const starts = [...new Set(edges.map((edge) => edge.from))].filter((file) =>
      OUTSIDE_ASTRO.includes(layerOf(file) ?? ''),
    );
    expect(forbiddenReached(starts, [/^astro:content$/])).toEqual([]);
  });
});
