/**
 * Share posters of the 每日一学 cards, made at build time: layout (src/lib/poster/layout.ts)
 * measured with the poster's font, SVG with the text as glyph outlines, then PNG
 * through resvg. The font is Noto Sans SC from the npm package
 * @expo-google-fonts/noto-sans-sc (static TTF files, which the outline reader
 * needs: the Fontsource packages carry only WOFF/WOFF2 subsets), so a fresh clone
 * renders the same posters on any machine, with no system font involved.
 *
 * Each PNG is cached under node_modules/.cache/dangjian-posters/, keyed by a hash
 * of the SVG (which holds the card, the site's name and address, the layout and
 * the glyphs) and the renderer's version: a build renders only the cards that changed.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { parseTtf, missingCharacters, type TtfFont } from '../lib/poster/ttf-font';
import { layoutPoster, type PosterContent, type Weight } from '../lib/poster/layout';
import { posterSvg } from '../lib/poster/svg';
import { qrSvg } from '../lib/poster/qr-svg';
import { formatCivilDate } from '../lib/civil-date';
import { loadSettings, siteAddress } from './settings';
import { absoluteUrl, href } from './paths';
import { t } from '../i18n/zh';
import type { DailyCard } from './daily';

const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';
const FONT_FILES: Record<Weight, string> = {
  400: '400Regular/NotoSansSC_400Regular.ttf',
  700: '700Bold/NotoSansSC_700Bold.ttf',
};

/** Cached posters unused for this long are deleted (a hit refreshes the file's time). */
const CACHE_MAX_AGE_MS = 60 * 86_400_000;

const root = process.cwd();
const requireFromRoot = createRequire(join(root, 'package.json'));

function packageDir(name: string): string {
  return join(requireFromRoot.resolve(`${name}/package.json`), '..');
}

let fonts: Record<Weight, TtfFont> | undefined;

/** The poster's two weights, read once per build (two 10 MB files, about 0.1 s). */
function loadFonts(): Record<Weight, TtfFont> {
  if (fonts) return fonts;
  let dir: string;
  try {
    dir = packageDir(FONT_PACKAGE);
  } catch {
    throw new Error(
      `找不到海报字体 ${FONT_PACKAGE}：请运行 npm ci / The poster font package ${FONT_PACKAGE} is not installed: run npm ci`,
    );
  }
  fonts = {
    400: parseTtf(readFileSync(join(dir, FONT_FILES[400]))),
    700: parseTtf(readFileSync(join(dir, FONT_FILES[700]))),
  };
  return fonts;
}

/** The renderer's version: part of every cache key, so an upgrade renders afresh. */
const RENDERER = `resvg-js ${(JSON.parse(readFileSync(join(packageDir('@resvg/resvg-js'), 'package.json'), 'utf8')) as { version: string }).version}`;

const cacheDir = join(root, 'node_modules/.cache/dangjian-posters');
let cachePruned = false;

function pruneCache() {
  if (cachePruned || !existsSync(cacheDir)) return;
  cachePruned = true;
  const cutoff = Date.now() - CACHE_MAX_AGE_MS;
  for (const name of readdirSync(cacheDir)) {
    const file = join(cacheDir, name);
    if (statSync(file).mtimeMs < cutoff) rmSync(file, { force: true });
  }
}

/**
 * What the poster of `card` says, in the site's words. Without the site's public address
 * (siteUrl, SITE_URL) it carries no QR code and no address: they would lead to this computer.
 */
export function posterContent(card: DailyCard, site: URL | string | undefined): PosterContent {
  const settings = loadSettings();
  const siteRoot = new URL(href(), site ?? 'http://localhost:4321');
  const linked = siteAddress(settings).known;
  return {
    siteName: settings.siteName,
    kicker: t('poster.kicker', { topic: card.topic }),
    ...(card.date ? { date: formatCivilDate(card.date) } : {}),
    text: card.text,
    source: t('poster.source', { source: card.source }),
    cutNote: t(linked ? 'poster.cutNote' : 'poster.cutNoteNoLink'),
    ...(linked
      ? {
          link: {
            scanTitle: t('poster.scanTitle'),
            scanNote: t('poster.scanNote'),
            address: (siteRoot.host + siteRoot.pathname).replace(/\/$/, ''),
          },
        }
      : {}),
    footer: settings.siteName,
  };
}

/** Absolute URL of a card's own page, where its QR code leads. */
export const cardPageUrl = (id: string, site: URL | string | undefined) => absoluteUrl(`daily/${id}/`, site);

/** Site-relative link of a card's poster. */
export const posterHref = (id: string) => href(`daily/${id}/poster.png`);

/** The SVG of a card's poster (also what the cache key is made of). */
export async function cardPosterSvg(card: DailyCard, site: URL | string | undefined): Promise<string> {
  const fonts = loadFonts();
  const content = posterContent(card, site);
  const missing = missingCharacters(fonts[400], `${card.text}${card.source}${card.topic}`);
  if (missing.length > 0) {
    console.warn(
      `src/content/daily/${card.id}.yml: 海报字体没有这些字符，海报上会显示为方框：${missing.join(' ')}；请换用常用字 / the poster font cannot draw: ${missing.join(' ')}`,
    );
  }
  const layout = layoutPoster(content, (text, size, weight) => fonts[weight].width(text, size));
  const qr = content.link ? await qrSvg(cardPageUrl(card.id, site)) : undefined;
  return posterSvg(layout, qr, fonts, `${content.text}${content.source}`);
}

/** Renders an SVG poster to PNG. Its text is already outlines: no font is loaded, none of the system's can creep in. */
export function renderPoster(svg: string): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}

/** The PNG poster of a card, from the cache when the same poster was rendered before. */
export async function cardPosterPng(card: DailyCard, site: URL | string | undefined): Promise<Buffer> {
  const svg = await cardPosterSvg(card, site);
  const key = createHash('sha256').update(RENDERER).update('\0').update(svg).digest('hex').slice(0, 32);
  const file = join(cacheDir, `${key}.png`);
  pruneCache();
  if (existsSync(file)) {
    const now = new Date();
    utimesSync(file, now, now);
    return readFileSync(file);
  }
  const png = renderPoster(svg);
  mkdirSync(cacheDir, { recursive: true });
  // Write then rename: two builds at once never read half a file.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}
