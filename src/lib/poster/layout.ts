/**
 * The share poster of a 每日一学 card (1080×1440, portrait, the shape a phone
 * shows whole in a WeChat chat): a red band with the site's name, the card's
 * day when it is pinned to one, the card's text as large as it fits (64 px down
 * to 44 px, about 16 px on a phone screen at the smallest), its source, and a QR
 * code to the card's page. Pure geometry: the caller measures text with the
 * font it renders with (src/lib/poster/ttf-font.ts) and draws the result as SVG
 * (src/lib/poster/svg.ts).
 */
import { fitText, type FittedText } from './cjk-lines';

export type Weight = 400 | 700;
/** Width in pixels of `text` at `size` in the given weight. */
export type MeasureText = (text: string, size: number, weight: Weight) => number;

export interface PosterContent {
  siteName: string;
  /** Second line of the band, e.g. “每日一学 · 入党誓词”. */
  kicker: string;
  /** Formatted day of a pinned card. A rotation card has none: its poster is true whichever day it is shared. */
  date?: string;
  text: string;
  /** The source line as shown, e.g. “——《中国共产党章程》”. */
  source: string;
  /** Shown under a text that had to be cut, e.g. “（节选，扫码阅读全文）”. */
  cutNote: string;
  /**
   * The QR code's block: call to action, its second line, the site's address (short).
   * Absent when the site has no public address: a code to localhost is a dead code.
   */
  link?: { scanTitle: string; scanNote: string; address: string };
  /** The footer's line where there is no link block, e.g. the site's name. */
  footer: string;
}

export interface PosterText {
  text: string;
  /** x of the start (anchor 'start') or of the end (anchor 'end'); y of the baseline. */
  x: number;
  y: number;
  size: number;
  weight: Weight;
  fill: string;
  anchor: 'start' | 'end';
  /** The width the text was fitted to: no line is wider. */
  maxWidth: number;
}

export interface PosterRect {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
}

export interface PosterLayout {
  width: number;
  height: number;
  background: string;
  rects: PosterRect[];
  texts: PosterText[];
  /** Where the QR code goes; absent without a link block. */
  qr?: { x: number; y: number; size: number };
  /** The card's text as fitted: size, lines, and whether it was cut. */
  body: FittedText;
}

export const POSTER_WIDTH = 1080;
export const POSTER_HEIGHT = 1440;
const MARGIN = 96;
const BAND_HEIGHT = 236;
const FOOTER_TOP = 1110;
const QR_SIZE = 264;

export const BODY_SIZES = { max: 64, min: 44, step: 2 } as const;
const BODY_LEADING = 1.6;
const SOURCE_SIZE = 40;
const SOURCE_LEADING = 1.5;
const NOTE_SIZE = 30;

const COLORS = {
  background: '#fbf7f0',
  accent: '#b0141c',
  onAccent: '#ffffff',
  onAccentSoft: '#ffe3e3',
  text: '#1f1f1f',
  muted: '#5b5148',
  rule: '#e3d9cb',
};

/**
 * Baseline of a line centred in its line box. Noto Sans SC's ideographs fill the
 * em box from 0.12 em below the baseline to 0.88 em above, so the box's centre
 * is 0.38 em above the baseline.
 */
const baselineOf = (lineTop: number, size: number, leading: number) => lineTop + (size * leading) / 2 + 0.38 * size;

/** One line of text shrunk to fit `maxWidth` (cut with “……” below `minSize`). */
function singleLine(
  text: string,
  measure: MeasureText,
  weight: Weight,
  maxSize: number,
  minSize: number,
  maxWidth: number,
) {
  return fitText(text, (s, size) => measure(s, size, weight), {
    maxWidth,
    maxHeight: maxSize,
    maxSize,
    minSize,
    step: 2,
    lineHeight: 1,
  });
}

export function layoutPoster(content: PosterContent, measure: MeasureText): PosterLayout {
  const texts: PosterText[] = [];
  const rects: PosterRect[] = [{ x: 0, y: 0, width: POSTER_WIDTH, height: BAND_HEIGHT, fill: COLORS.accent }];
  const fullWidth = POSTER_WIDTH - 2 * MARGIN;
  const line = (
    text: string,
    x: number,
    y: number,
    size: number,
    weight: Weight,
    fill: string,
    maxWidth: number,
    anchor: PosterText['anchor'] = 'start',
  ) => texts.push({ text, x, y, size, weight, fill, anchor, maxWidth });

  // The band: site name and kicker.
  const name = singleLine(content.siteName, measure, 700, 64, 40, fullWidth);
  line(name.lines[0]!, MARGIN, 118, name.size, 700, COLORS.onAccent, fullWidth);
  const kicker = singleLine(content.kicker, measure, 400, 38, 28, fullWidth);
  line(kicker.lines[0]!, MARGIN, 190, kicker.size, 400, COLORS.onAccentSoft, fullWidth);

  let top = BAND_HEIGHT + 64;
  if (content.date) {
    line(content.date, MARGIN, top + 40, 44, 700, COLORS.accent, fullWidth);
    top += 104;
  }
  const bottom = FOOTER_TOP - 48;

  // The source, at most two lines, right-aligned under the text.
  const textX = MARGIN + 36;
  const textWidth = POSTER_WIDTH - MARGIN - textX;
  const source = fitText(content.source, (s, size) => measure(s, size, 400), {
    maxWidth: textWidth,
    maxHeight: 2 * SOURCE_SIZE * SOURCE_LEADING,
    maxSize: SOURCE_SIZE,
    minSize: SOURCE_SIZE,
    step: 2,
    lineHeight: SOURCE_LEADING,
  });
  const sourceHeight = source.lines.length * SOURCE_SIZE * SOURCE_LEADING;
  const gap = 36;
  const noteHeight = NOTE_SIZE * SOURCE_LEADING;

  // The card's text, as large as fits; cut only when it does not fit at 44 px.
  const bodyRoom = (reserve: number) => bottom - top - sourceHeight - gap - reserve;
  const fit = (reserve: number) =>
    fitText(content.text, (s, size) => measure(s, size, 400), {
      maxWidth: textWidth,
      maxHeight: bodyRoom(reserve),
      maxSize: BODY_SIZES.max,
      minSize: BODY_SIZES.min,
      step: BODY_SIZES.step,
      lineHeight: BODY_LEADING,
    });
  let body = fit(0);
  if (body.truncated) body = fit(noteHeight);
  const bodyHeight = body.lines.length * body.size * BODY_LEADING;
  const blockHeight = bodyHeight + (body.truncated ? noteHeight : 0) + gap + sourceHeight;
  // Short cards sit in the middle of the free space, long ones fill it.
  let y = top + Math.max(0, (bottom - top - blockHeight) / 2);

  rects.push({
    x: MARGIN,
    y: y + body.size * 0.2,
    width: 8,
    height: bodyHeight - body.size * 0.4,
    fill: COLORS.accent,
  });
  for (const text of body.lines) {
    line(text, textX, baselineOf(y, body.size, BODY_LEADING), body.size, 400, COLORS.text, textWidth);
    y += body.size * BODY_LEADING;
  }
  if (body.truncated) {
    line(content.cutNote, textX, baselineOf(y, NOTE_SIZE, SOURCE_LEADING), NOTE_SIZE, 400, COLORS.accent, textWidth);
    y += noteHeight;
  }
  y += gap;
  for (const text of source.lines) {
    line(
      text,
      POSTER_WIDTH - MARGIN,
      baselineOf(y, SOURCE_SIZE, SOURCE_LEADING),
      SOURCE_SIZE,
      400,
      COLORS.muted,
      textWidth,
      'end',
    );
    y += SOURCE_SIZE * SOURCE_LEADING;
  }

  // The footer: QR code and how to use it, or the site's name alone.
  rects.push({ x: MARGIN, y: FOOTER_TOP, width: fullWidth, height: 2, fill: COLORS.rule });
  const { link } = content;
  if (!link) {
    const footer = singleLine(content.footer, measure, 400, 36, 24, fullWidth);
    line(footer.lines[0]!, MARGIN, FOOTER_TOP + 34 + 60, footer.size, 400, COLORS.muted, fullWidth);
    return { width: POSTER_WIDTH, height: POSTER_HEIGHT, background: COLORS.background, rects, texts, body };
  }
  const qr = { x: MARGIN, y: FOOTER_TOP + 34, size: QR_SIZE };
  const noteX = MARGIN + QR_SIZE + 40;
  const noteWidth = POSTER_WIDTH - MARGIN - noteX;
  const scanTitle = singleLine(link.scanTitle, measure, 700, 42, 30, noteWidth);
  line(scanTitle.lines[0]!, noteX, qr.y + 80, scanTitle.size, 700, COLORS.text, noteWidth);
  const scanNote = fitText(link.scanNote, (s, size) => measure(s, size, 400), {
    maxWidth: noteWidth,
    maxHeight: 2 * 32 * 1.5,
    maxSize: 32,
    minSize: 26,
    step: 2,
    lineHeight: 1.5,
  });
  scanNote.lines.forEach((text, i) =>
    line(text, noteX, qr.y + 140 + i * scanNote.size * 1.5, scanNote.size, 400, COLORS.muted, noteWidth),
  );
  const address = singleLine(link.address, measure, 400, 28, 20, noteWidth);
  line(address.lines[0]!, noteX, qr.y + QR_SIZE - 12, address.size, 400, COLORS.muted, noteWidth);

  return { width: POSTER_WIDTH, height: POSTER_HEIGHT, background: COLORS.background, rects, texts, qr, body };
}
