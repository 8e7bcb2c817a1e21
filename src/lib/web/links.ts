/** Internal links of an HTML page, for crawling a site (search index in dev, link checks). */

const HREF_RE = /\shref="([^"#]*)(?:#[^"]*)?"/g;

/**
 * Same-site page URLs (pathnames ending in "/", under `base`) linked from `html`,
 * resolved against `pageUrl`. Assets, feeds and other origins are left out.
 */
export function internalPageLinks(html: string, pageUrl: string, base = '/'): string[] {
  const page = new URL(pageUrl);
  const found = new Set<string>();
  for (const match of html.matchAll(HREF_RE)) {
    const href = match[1];
    if (!href) continue;
    let url: URL;
    try {
      url = new URL(href.replaceAll('&amp;', '&'), page);
    } catch {
      continue; // not a URL at all: no page to visit
    }
    if (url.origin !== page.origin || !url.pathname.startsWith(base) || !url.pathname.endsWith('/')) continue;
    found.add(url.pathname);
  }
  return [...found];
}
