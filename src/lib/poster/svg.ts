/**
 * A laid-out poster (src/lib/poster/layout.ts) as one SVG document for the
 * renderer: each line of text as the outlines of its glyphs (src/lib/poster/ttf-font.ts),
 * so rendering needs no font, the QR code (the SVG of src/lib/poster/qr-svg.ts) nested
 * at its place, scaled by whole pixels per module so that every module has the
 * same sharp edges. The text stays in the SVG's <title> and each line's
 * aria-label, for whoever reads the SVG rather than the picture.
 */
import type { PosterLayout, Weight } from './layout';
import type { TtfFont } from './ttf-font';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The QR code's own SVG placed in a square of at most `size` pixels, a whole number of pixels per module. */
export function placeQr(qrSvg: string, x: number, y: number, size: number): string {
  const modules = Number(/viewBox="0 0 (\d+) \1"/.exec(qrSvg)?.[1]);
  if (!modules) throw new Error('QR code SVG without a square viewBox');
  const side = Math.floor(size / modules) * modules;
  const offset = Math.floor((size - side) / 2);
  return qrSvg.replace(/^<svg /, `<svg x="${x + offset}" y="${y + offset}" width="${side}" height="${side}" `);
}

export function posterSvg(
  layout: PosterLayout,
  /** The QR code's SVG; only a layout with a place for it (`layout.qr`) draws it. */
  qrSvg: string | undefined,
  fonts: Record<Weight, Pick<TtfFont, 'width' | 'textSvg'>>,
  title: string,
): string {
  const { width, height, background, rects, texts, qr } = layout;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="${background}"/>`,
    ...rects.map(
      (r) =>
        `<rect x="${r.x}" y="${r.y.toFixed(1)}" width="${r.width}" height="${r.height.toFixed(1)}" fill="${r.fill}"/>`,
    ),
    ...(qr && qrSvg
      ? [
          `<rect x="${qr.x}" y="${qr.y}" width="${qr.size}" height="${qr.size}" fill="#ffffff"/>`,
          placeQr(qrSvg, qr.x, qr.y, qr.size),
        ]
      : []),
    ...texts.map((t) => {
      const font = fonts[t.weight];
      const x = t.anchor === 'end' ? t.x - font.width(t.text, t.size) : t.x;
      return font.textSvg(t.text, x, t.y, t.size, `aria-label="${escapeXml(t.text)}" fill="${t.fill}"`);
    }),
    '</svg>',
  ];
  return parts.join('\n');
}
