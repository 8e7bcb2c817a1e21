/**
 * Keys for Astro's incremental build (experimental.incrementalBuild in
 * astro.config.ts): a page returned from `getStaticPaths()` with a `cacheKey`
 * is copied from the last build, not rendered, when its key and its code are
 * both unchanged. So a key must change whenever the page's HTML could:
 *  - a keyed page renders from its props alone (what it needs from other entries,
 *    such as its neighbours' titles, is computed in `getStaticPaths()` and passed in);
 *  - the key hashes those props, each content entry in them by its fingerprint
 *    (its data, Markdown and rendered HTML);
 *  - what every page reads besides its props (the settings file, the build day,
 *    the environment, public/) is not in the key: when any of it changes the
 *    whole cache is dropped (src/integrations/incremental-build.ts).
 * tests/build/incremental-build.test.ts proves an incremental build equal to a clean one.
 */
import { createHash } from 'node:crypto';

interface EntryLike {
  id: string;
  collection: string;
  data: unknown;
  body?: string;
  rendered?: { html?: string };
}

const isEntry = (value: unknown): value is EntryLike =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as EntryLike).collection === 'string' &&
  typeof (value as EntryLike).id === 'string' &&
  'data' in value;

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

const fingerprints = new WeakMap<object, string>();

/** Everything of an entry a page can show: a change to any of it changes the fingerprint. */
export function entryFingerprint(entry: EntryLike): string {
  let print = fingerprints.get(entry);
  if (print === undefined) {
    print = sha256(
      JSON.stringify([entry.collection, entry.id, entry.data, entry.body ?? null, entry.rendered?.html ?? null]),
    );
    fingerprints.set(entry, print);
  }
  return print;
}

/** JSON of a page's inputs with entries as fingerprints; what JSON would silently drop is refused. */
function keyable(this: unknown, name: string, value: unknown): unknown {
  if (isEntry(value)) return `${value.collection}/${value.id}#${entryFingerprint(value)}`;
  if (value instanceof Map || value instanceof Set) return [...value];
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
    throw new TypeError(
      `页面缓存键不能包含 ${typeof value}（属性 ${name}）/ a page key cannot hold a ${typeof value} (property ${name})`,
    );
  }
  return value;
}

/** The key of a page whose HTML depends only on `inputs` (and on the site-wide inputs the cache is stamped with). */
export function pageKey(inputs: unknown): string {
  return sha256(JSON.stringify(inputs, keyable));
}

/** `getStaticPaths()` results with each page keyed by its params and props. */
export function withPageKeys<P extends { params: object; props?: object }>(paths: P[]): (P & { cacheKey: string })[] {
  return paths.map((path) => ({
    ...path,
    cacheKey: pageKey([path.params, path.props ?? null]),
  }));
}
