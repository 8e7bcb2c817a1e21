/**
 * Checks every internal link, asset and anchor of a built site (dist/), as a
 * static host would serve it under `base`: a link must lead to a file, and a
 * #fragment to an element with that id on the target page.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface LinkProblem {
  page: string;
  link: string;
  problem: string;
}

const ATTRIBUTE = /\s(?:href|src|poster|data)="([^"]*)"/g;
const SRCSET = /\ssrcset="([^"]*)"/g;
const ID = /\s(?:id|name)="([^"]*)"/g;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));
}

function linksOf(html: string): string[] {
  const links = [...html.matchAll(ATTRIBUTE)].map((m) => m[1]!);
  for (const m of html.matchAll(SRCSET)) links.push(...m[1]!.split(',').map((part) => part.trim().split(/\s+/)[0]!));
  return links.filter(Boolean).map((link) => link.replaceAll('&amp;', '&'));
}

/** The file a static server would send for `pathname` (already stripped of base). */
function fileFor(dist: string, pathname: string): string | undefined {
  const path = join(dist, decodeURIComponent(pathname));
  if (pathname.endsWith('/')) return existsSync(join(path, 'index.html')) ? join(path, 'index.html') : undefined;
  if (existsSync(path) && statSync(path).isFile()) return path;
  return existsSync(join(path, 'index.html')) ? join(path, 'index.html') : undefined;
}

export function checkDistLinks(dist: string, options: { base: string; site: string }): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => m[1]!)));
    return ids.get(file)!;
  };
  const siteOrigin = new URL(options.site).origin;

  for (const file of htmlFiles(dist)) {
    const pagePath =
      options.base +
      relative(dist, file)
        .split(sep)
        .join('/')
        .replace(/index\.html$/, '');
    const pageUrl = new URL(pagePath, siteOrigin);
    const html = readFileSync(file, 'utf8');
    for (const link of linksOf(html)) {
      if (/^(mailto:|tel:|data:|javascript:)/i.test(link)) continue;
      let url: URL;
      try {
        url = new URL(link, pageUrl);
      } catch {
        problems.push({ page: pagePath, link, problem: 'not a URL' });
        continue;
      }
      if (url.origin !== siteOrigin) continue;
      if (!url.pathname.startsWith(options.base)) {
        problems.push({ page: pagePath, link, problem: `outside the base path ${options.base}` });
        continue;
      }
      const target = fileFor(dist, url.pathname.slice(options.base.length));
      if (!target) {
        problems.push({ page: pagePath, link, problem: 'no such file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        problems.push({ page: pagePath, link, problem: `no element with id "${fragment}"` });
      }
    }
  }
  return problems;
}
