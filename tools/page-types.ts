/**
 * One built page of each kind (route shape), found in dist/ rather than listed by
 * hand, so a section added later is checked too: the home page, each section's
 * index, each kind of detail page (`articles/*`, `articles/tags/*`, `school/x/*`…).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
const ROOT = join(import.meta.dirname, '..');

/** The kind of a page path: its last segment replaced by `*` below the section. */
function kindOf(segments: string[]): string {
  return segments.length <= 1 ? segments.join('/') : [...segments.slice(0, -1), '*'].join('/');
}

/** Pathnames (with trailing slash, without base) of one page per kind, sorted. */
export function pageTypePaths(dist = join(ROOT, 'dist')): string[] {
  const byKind = new Map<string, string>();
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .sort();
  for (const file of files) {
    const segments = file.split('/').slice(0, -1);
    // Page 2, 3… of a list is the list's own kind.
    if (segments.length > 0 && /^\d+$/.test(segments.at(-1)!)) continue;
    const kind = kindOf(segments);
    if (!byKind.has(kind)) byKind.set(kind, segments.length ? `/${segments.join('/')}/` : '/');
  }
  return [...byKind.values(), '/404.html'].sort();
}
