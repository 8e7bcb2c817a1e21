/**
 * Every import of the project's own code, read from the source as text: static
 * and dynamic imports, re-exports and require() in TypeScript, JavaScript and
 * .astro files (front matter and <script> blocks alike). Relative specifiers
 * are resolved to the file they name, so a rule can speak of folders; package
 * specifiers (`astro:content`, `node:fs`, `zod`) are kept as written.
 * Used by the import-rules test (tests/unit/import-rules.test.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';

export interface ImportEdge {
  /** The importing file, relative to the project root. */
  from: string;
  /** The imported file (relative to the root) or, for a package, its specifier. */
  to: string;
  /** True for a package, false for a file of the project. */
  external: boolean;
  /** `import type …` or every name marked `type`: erased from the running code. */
  typeOnly: boolean;
  /** Inside a processed `<script>` of an .astro file: code that Vite bundles for the browser. */
  inScript: boolean;
  line: number;
}

const SOURCE = /\.(ts|mts|mjs|cjs|js|astro)$/;
const SKIP = new Set(['node_modules', 'dist', '.astro', '.cache', '.git', 'test-results', 'fixtures']);
/** What a specifier may leave out, tried in order. */
const SUFFIXES = ['', '.ts', '.mjs', '.js', '.cjs', '.astro', '/index.ts'];

/** Source files under `folder` (relative to root), recursively, skipping build output and dependencies. */
export function sourceFiles(root: string, folder: string): string[] {
  const start = join(root, folder);
  if (!existsSync(start)) return [];
  if (statSync(start).isFile()) return SOURCE.test(start) ? [folder] : [];
  const files: string[] = [];
  for (const name of readdirSync(start)) {
    if (SKIP.has(name)) continue;
    const path = join(start, name);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(root, relative(root, path)));
    else if (SOURCE.test(name) && !name.endsWith('.d.ts')) files.push(relative(root, path));
  }
  return files;
}

// One pattern per way a module is named: `import … from '…'` / `export … from '…'`
// (the clause may span lines), `import '…'`, `import('…')`, `require('…')`.
const STATIC = /^[ \t]*(import|export)\s+(type\s+)?([^;]*?)\s+from\s+['"]([^'"]+)['"]/gm;
const BARE = /^[ \t]*import\s+['"]([^'"]+)['"]/gm;
const DYNAMIC = /\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Whether an import clause names only types: `{ type A, type B }`. */
function clauseIsTypes(clause: string): boolean {
  const names = /^\{([\s\S]*)\}$/.exec(clause.trim());
  if (!names?.[1]) return false;
  const parts = names[1]
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.length > 0 && parts.every((part) => part.startsWith('type '));
}

interface ScriptBlock {
  /** Where the code between the tags starts and ends. */
  start: number;
  end: number;
  /** `is:inline`: copied into the page as written, not bundled by Vite. */
  inline: boolean;
}

/** An .astro file's `<script>` blocks. */
function scriptBlocks(text: string): ScriptBlock[] {
  return [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((match) => {
    const start = match.index + match[0].indexOf('>') + 1;
    return { start, end: start + (match[2] ?? '').length, inline: /\bis:inline\b/.test(match[1] ?? '') };
  });
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** The file a relative specifier names, or the specifier itself for a package. */
function resolveSpecifier(root: string, from: string, specifier: string): { to: string; external: boolean } {
  if (!specifier.startsWith('.')) return { to: specifier, external: true };
  const base = posix.normalize(posix.join(posix.dirname(from), specifier.split('?')[0] ?? specifier));
  for (const suffix of SUFFIXES) {
    const candidate = base + suffix;
    if (existsSync(join(root, candidate)) && statSync(join(root, candidate)).isFile())
      return { to: candidate, external: false };
  }
  return { to: base, external: false };
}

/**
 * The text with comments and template literals blanked out (same length, line
 * breaks kept), so that an import written inside generated code or a comment
 * is not read as one. Quoted strings stay: they hold the specifiers.
 */
export function codeOnly(text: string): string {
  const out = text.split('');
  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (out[i] !== '\n') out[i] = ' ';
  };
  let i = 0;
  while (i < text.length) {
    const two = text.slice(i, i + 2);
    const char = text[i];
    if (two === '//') {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      blank(i, stop);
      i = stop;
    } else if (two === '/*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (char === "'" || char === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== char && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      i = j + 1;
    } else if (char === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== '`') j += text[j] === '\\' ? 2 : 1;
      blank(i + 1, j);
      i = j + 1;
    } else i++;
  }
  return out.join('');
}

/** An .astro file's code: its front matter and its <script> blocks; the markup blanked. */
function astroCode(text: string, scripts: readonly ScriptBlock[]): string {
  const keep: Array<[number, number]> = scripts.map(({ start, end }) => [start, end]);
  const front = /^---\n([\s\S]*?)\n---/.exec(text);
  if (front) keep.push([4, 4 + (front[1] ?? '').length]);
  let code = text.replace(/[^\n]/g, ' ');
  for (const [start, end] of keep) code = code.slice(0, start) + codeOnly(text.slice(start, end)) + code.slice(end);
  return code;
}

/** The imports of one file. */
export function importsOf(root: string, file: string): ImportEdge[] {
  const source = readFileSync(join(root, file), 'utf8');
  const scripts = file.endsWith('.astro') ? scriptBlocks(source) : [];
  const text = file.endsWith('.astro') ? astroCode(source, scripts) : codeOnly(source);
  const bundled = scripts.filter((script) => !script.inline);
  const edges: ImportEdge[] = [];
  const add = (specifier: string, typeOnly: boolean, index: number) =>
    edges.push({
      from: file,
      ...resolveSpecifier(root, file, specifier),
      typeOnly,
      inScript: bundled.some(({ start, end }) => index >= start && index < end),
      line: lineAt(text, index),
    });
  for (const match of text.matchAll(STATIC)) {
    const [, , typeKeyword, clause = '', specifier = ''] = match;
    add(specifier, Boolean(typeKeyword) || clauseIsTypes(clause), match.index);
  }
  for (const match of text.matchAll(BARE)) add(match[1] ?? '', false, match.index);
  for (const match of text.matchAll(DYNAMIC)) add(match[1] ?? '', false, match.index);
  return edges;
}

/** Every import in the given top-level folders and files. */
export function importGraph(root: string, places: readonly string[]): ImportEdge[] {
  return places.flatMap((place) => sourceFiles(root, place)).flatMap((file) => importsOf(root, file));
}
