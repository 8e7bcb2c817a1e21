/**
 * What a built page costs a reader before they touch it, gzip-compressed at
 * level 9 (the build precompresses scripts and styles at 9; the server
 * compresses pages at 5, for these pages within 1 % of 9):
 *   - js:   classic and module scripts, inline or external, plus every module
 *           they import statically (counted once per page); `import()` loads on
 *           demand and is not counted;
 *   - css:  linked stylesheets and inline <style>;
 *   - html: the document itself.
 * Pure apart from gzip: the caller supplies `read`, which returns an asset's
 * text by URL pathname (or undefined when the file does not exist).
 */
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  js: number;
  css: number;
  /** Pathnames of the external files counted, for messages. */
  files: string[];
}

export type AssetReader = (pathname: string) => string | undefined;

export const gzipBytes = (text: string): number => gzipSync(text, { level: 9 }).length;

/** Scripts the browser runs without being asked: not JSON-LD, templates or import maps. */
const EXECUTABLE = /^(|module|text\/javascript|application\/javascript)$/i;

const attribute = (attrs: string, name: string): string | undefined =>
  new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(attrs)
    ?.slice(1)
    .find((v) => v !== undefined);

/** Specifiers of static `import … from "x"`, `import "x"` and `export … from "x"` (minified or not); never `import("x")`. */
export function staticImports(code: string): string[] {
  const pattern =
    /(?:^|[;\s}])(?:import\s*(?:[\w*{}\s,$]+?\s*from\s*)?|export\s*(?:\*|\{[^}]*\})\s*from\s*)["']([^"']+)["']/g;
  return [...code.matchAll(pattern)].map((match) => match[1]!);
}

const resolvePath = (spec: string, from: string): string =>
  new URL(spec, new URL(from, 'http://page.invalid')).pathname;

export function pageWeight(html: string, pagePath: string, read: AssetReader): PageWeight {
  const seen = new Set<string>();
  const files: string[] = [];

  function moduleGraph(pathname: string): number {
    if (seen.has(pathname)) return 0;
    seen.add(pathname);
    const code = read(pathname);
    if (code === undefined) return 0;
    files.push(pathname);
    return (
      gzipBytes(code) + staticImports(code).reduce((sum, spec) => sum + moduleGraph(resolvePath(spec, pathname)), 0)
    );
  }

  let js = 0;
  for (const [, attrs = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = attribute(attrs, 'type') ?? '';
    if (!EXECUTABLE.test(type)) continue;
    const src = attribute(attrs, 'src');
    if (src) js += moduleGraph(resolvePath(src, pagePath));
    else {
      js += gzipBytes(body);
      if (/^module$/i.test(type))
        for (const spec of staticImports(body)) js += moduleGraph(resolvePath(spec, pagePath));
    }
  }
  // A modulepreload is fetched up front whether or not the module runs.
  for (const [, attrs = ''] of html.matchAll(/<link\b([^>]*)>/gi)) {
    const href = attribute(attrs, 'href');
    if (href && /^modulepreload$/i.test(attribute(attrs, 'rel') ?? '')) js += moduleGraph(resolvePath(href, pagePath));
  }

  let css = 0;
  for (const [, attrs = ''] of html.matchAll(/<link\b([^>]*)>/gi)) {
    const href = attribute(attrs, 'href');
    if (!href || !/(^|\s)stylesheet(\s|$)/i.test(attribute(attrs, 'rel') ?? '')) continue;
    const pathname = resolvePath(href, pagePath);
    const text = read(pathname);
    if (text === undefined || seen.has(pathname)) continue;
    seen.add(pathname);
    files.push(pathname);
    css += gzipBytes(text);
  }
  for (const [, body = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) css += gzipBytes(body);

  return { html: gzipBytes(html), js, css, files };
}
