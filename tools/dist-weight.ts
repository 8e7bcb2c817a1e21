/** Page weight (tools/page-weight.ts) of pages in the built site, read from dist/. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageWeight, type PageWeight } from './page-weight.ts';

export const DIST = join(import.meta.dirname, '../dist');

/** `pathname` as a reader requests it ('/articles/x/', '/404.html'); `base` is the site's base path. */
export function distPageWeight(pathname: string, { dist = DIST, base = '/' } = {}): PageWeight {
  const fileOf = (path: string) => {
    const local = base !== '/' && path.startsWith(base) ? `/${path.slice(base.length)}` : path;
    return join(dist, decodeURI(local), local.endsWith('/') ? 'index.html' : '');
  };
  const read = (path: string) => {
    const file = fileOf(path);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  const html = read(pathname);
  if (html === undefined)
    throw new Error(`${fileOf(pathname)} 不存在 / not found: build the site first (npm run build)`);
  return pageWeight(html, pathname, read);
}
