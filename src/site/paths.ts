/** Site-relative links that respect the base path (sites hosted under /dangjian/ and the like). */
import { normaliseBase } from '../lib/web/base-path';

/** The base path, '/' or '/dangjian/'. */
export const BASE = normaliseBase(import.meta.env.BASE_URL);

/** `href('articles/')` → '/articles/' or '/dangjian/articles/'. */
export function href(path = ''): string {
  return BASE + path.replace(/^\//, '');
}

/** Absolute URL for sharing and feeds. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return new URL(href(path), site ?? 'http://localhost:4321').toString();
}

/** The canonical absolute URL of the page at `pathname` (as Astro.url.pathname gives it, base included). */
export function canonicalUrl(pathname: string, site: URL | string | undefined): string {
  return absoluteUrl(pathname.slice(BASE.length - 1), site);
}
