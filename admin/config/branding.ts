/**
 * The CMS as the branch's own (built with the admin page): the login page and
 * header show the site's mark and name, and each collection in the sidebar has
 * its icon from the model (Lucide, npm lucide-static, ISC licence) instead of
 * Decap's one pen for all.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CollectionModel } from '../../src/model/collections';

const require = createRequire(import.meta.url);

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The site's mark (public/favicon.svg) with the site's name beside it, as one SVG for Decap's logo slot. */
export function adminLogoSvg(siteName: string, markSvg: string): string {
  const mark = markSvg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  // Wide enough for the name at 28 px: CJK glyphs are about one em wide.
  const width = 64 + 16 + Math.ceil([...siteName].length * 30);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} 64" width="${width}" height="64" role="img" aria-label="${escapeXml(siteName)}">`,
    `<svg x="0" y="0" width="64" height="64" viewBox="0 0 32 32">${mark}</svg>`,
    `<text x="80" y="42" font-family="'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif" font-size="28" font-weight="700" fill="#1f1f1f">${escapeXml(siteName)}</text>`,
    '</svg>',
  ].join('');
}

/** An icon as a CSS image: the Lucide SVG, drawn by the mask in admin/theme.css in the link's own colour. */
function iconImage(name: string): string {
  const svg = readFileSync(require.resolve(`lucide-static/icons/${name}.svg`), 'utf8')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
}

/** One rule per collection with an icon; `settings` is the site settings' own collection. */
export function collectionIconsCss(models: readonly CollectionModel[], settingsIcon = 'settings'): string {
  const icons: [string, string][] = [
    ...models.filter((m) => m.icon).map((m): [string, string] => [m.name, m.icon!]),
    ['settings', settingsIcon],
  ];
  return icons.map(([name, icon]) => `[data-testid="${name}"]{--collection-icon:${iconImage(icon)}}`).join('\n');
}
