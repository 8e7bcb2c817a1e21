/**
 * A TrueType font read from its own tables: advance widths (`cmap`, `hmtx`) to
 * wrap Chinese text to the pixel, and glyph outlines (`glyf`, `loca`) to draw it
 * as SVG paths. The share posters draw their text as paths because resvg, given
 * font files, reads each file again for every line of text (a second a poster);
 * paths need no font at render time, and what is measured is exactly what is drawn.
 * No shaping: Chinese text has no kerning, and Latin kerning only ever narrows a
 * line, so a sum of advances is a safe upper bound of a line's width.
 */

export interface TtfFont {
  unitsPerEm: number;
  /** Glyph index of a code point; 0 (.notdef) when the font has no glyph for it. */
  glyphIndex(codePoint: number): number;
  /** Advance of one code point in font units. */
  advance(codePoint: number): number;
  /** Width of `text` at `fontSize` pixels. */
  width(text: string, fontSize: number): number;
  /** SVG path data of one glyph in font units, y pointing up (as the font has it). */
  glyphPath(codePoint: number): string;
  /**
   * `text` at `fontSize` pixels, its baseline starting at (x, y), as an SVG group:
   * one transform scales font units to pixels and flips y, each glyph a path
   * moved by its advance. Glyph paths are made once per font and reused.
   */
  textSvg(text: string, x: number, y: number, fontSize: number, attributes?: string): string;
}

interface Tables {
  view: DataView;
  tables: Map<string, number>;
}

function tableDirectory(bytes: Uint8Array): Tables {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) => String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
  // A collection (.ttc): the first font of it.
  const start = tag(0) === 'ttcf' ? view.getUint32(12) : 0;
  const version = view.getUint32(start);
  if (version !== 0x00010000 && tag(start) !== 'true') {
    throw new Error('不是 TrueType 字体文件（.ttf）/ not a TrueType font');
  }
  const count = view.getUint16(start + 4);
  const tables = new Map<string, number>();
  for (let i = 0; i < count; i += 1) {
    const record = start + 12 + i * 16;
    tables.set(tag(record), view.getUint32(record + 8));
  }
  for (const required of ['cmap', 'head', 'hhea', 'hmtx', 'loca', 'glyf']) {
    if (!tables.has(required)) throw new Error(`字体缺少 ${required} 表 / the font has no ${required} table`);
  }
  return { view, tables };
}

/** A code point → glyph lookup from the best Unicode subtable: format 12 (full range), else format 4 (BMP). */
function cmapLookup({ view, tables }: Tables): (codePoint: number) => number {
  const cmap = tables.get('cmap')!;
  const count = view.getUint16(cmap + 2);
  let format4: number | undefined;
  let format12: number | undefined;
  for (let i = 0; i < count; i += 1) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const offset = cmap + view.getUint32(cmap + 8 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = view.getUint16(offset);
    if (format === 12) format12 ??= offset;
    if (format === 4) format4 ??= offset;
  }
  if (format12 !== undefined) {
    const table = format12;
    const groups = view.getUint32(table + 12);
    return (codePoint) => {
      let low = 0;
      let high = groups - 1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        const group = table + 16 + mid * 12;
        const first = view.getUint32(group);
        const last = view.getUint32(group + 4);
        if (codePoint < first) high = mid - 1;
        else if (codePoint > last) low = mid + 1;
        else return view.getUint32(group + 8) + (codePoint - first);
      }
      return 0;
    };
  }
  if (format4 !== undefined) {
    const table = format4;
    const segments = view.getUint16(table + 6) / 2;
    const ends = table + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const rangeOffsets = deltas + segments * 2;
    return (codePoint) => {
      if (codePoint > 0xffff) return 0;
      for (let i = 0; i < segments; i += 1) {
        if (codePoint > view.getUint16(ends + i * 2)) continue;
        const start = view.getUint16(starts + i * 2);
        if (codePoint < start) return 0;
        const delta = view.getInt16(deltas + i * 2);
        const rangeOffset = view.getUint16(rangeOffsets + i * 2);
        if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
        const glyph = view.getUint16(rangeOffsets + i * 2 + rangeOffset + (codePoint - start) * 2);
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      }
      return 0;
    };
  }
  throw new Error('字体没有 Unicode 字符映射表 / the font has no Unicode cmap subtable');
}

type Point = { x: number; y: number; on: boolean };
/** Contours of a glyph in font units (y up). */
type Contours = Point[][];

/** Outlines from the `glyf` table: simple glyphs, and composites of them (offsets and scales). */
function glyphOutlines({ view, tables }: Tables): (glyph: number) => Contours {
  const glyf = tables.get('glyf')!;
  const loca = tables.get('loca')!;
  const shortOffsets = view.getInt16(tables.get('head')! + 50) === 0;
  const offsetOf = (glyph: number) =>
    shortOffsets ? view.getUint16(loca + glyph * 2) * 2 : view.getUint32(loca + glyph * 4);

  function simple(at: number, contourCount: number): Contours {
    const ends: number[] = [];
    for (let i = 0; i < contourCount; i += 1) ends.push(view.getUint16(at + 10 + i * 2));
    const pointCount = (ends.at(-1) ?? -1) + 1;
    let p = at + 10 + contourCount * 2;
    p += 2 + view.getUint16(p); // instructions
    const flags: number[] = [];
    while (flags.length < pointCount) {
      const flag = view.getUint8(p++);
      flags.push(flag);
      if (flag & 8) for (let repeat = view.getUint8(p++); repeat > 0; repeat -= 1) flags.push(flag);
    }
    const coordinates = (short: number, same: number) => {
      const values: number[] = [];
      let value = 0;
      for (const flag of flags) {
        if (flag & short) value += view.getUint8(p++) * (flag & same ? 1 : -1);
        else if (!(flag & same)) {
          value += view.getInt16(p);
          p += 2;
        }
        values.push(value);
      }
      return values;
    };
    const xs = coordinates(2, 16);
    const ys = coordinates(4, 32);
    const contours: Contours = [];
    let first = 0;
    for (const end of ends) {
      const contour: Point[] = [];
      for (let i = first; i <= end; i += 1) contour.push({ x: xs[i]!, y: ys[i]!, on: (flags[i]! & 1) === 1 });
      contours.push(contour);
      first = end + 1;
    }
    return contours;
  }

  function composite(at: number, depth: number): Contours {
    const contours: Contours = [];
    let p = at + 10;
    for (let more = true; more; ) {
      const flags = view.getUint16(p);
      const component = view.getUint16(p + 2);
      p += 4;
      const words = flags & 1;
      let dx = words ? view.getInt16(p) : view.getInt8(p);
      let dy = words ? view.getInt16(p + 2) : view.getInt8(p + 1);
      p += words ? 4 : 2;
      // Point-matched placement (not x/y offsets) does not occur in the fonts used here: placed at the origin.
      if (!(flags & 2)) dx = dy = 0;
      let [a, b, c, d] = [1, 0, 0, 1];
      const f2dot14 = (offset: number) => view.getInt16(offset) / 16384;
      if (flags & 8) {
        a = d = f2dot14(p);
        p += 2;
      } else if (flags & 0x40) {
        [a, d] = [f2dot14(p), f2dot14(p + 2)];
        p += 4;
      } else if (flags & 0x80) {
        [a, b, c, d] = [f2dot14(p), f2dot14(p + 2), f2dot14(p + 4), f2dot14(p + 6)];
        p += 8;
      }
      for (const contour of outline(component, depth + 1)) {
        contours.push(contour.map(({ x, y, on }) => ({ x: a * x + c * y + dx, y: b * x + d * y + dy, on })));
      }
      more = (flags & 0x20) !== 0;
    }
    return contours;
  }

  function outline(glyph: number, depth = 0): Contours {
    const start = offsetOf(glyph);
    if (offsetOf(glyph + 1) === start || depth > 8) return [];
    const at = glyf + start;
    const contourCount = view.getInt16(at);
    return contourCount >= 0 ? simple(at, contourCount) : composite(at, depth);
  }
  return outline;
}

/** SVG path data of quadratic TrueType contours, in font units. */
function contoursPath(contours: Contours): string {
  const fx = (point: { x: number }) => Math.round(point.x * 10) / 10;
  const fy = (point: { y: number }) => Math.round(point.y * 10) / 10;
  const mid = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, on: true });
  let d = '';
  for (const contour of contours) {
    if (contour.length === 0) continue;
    const last = contour.at(-1)!;
    // Start on a point on the curve: the first, else the last, else between them.
    const start = contour[0]!.on ? contour[0]! : last.on ? last : mid(last, contour[0]!);
    d += `M${fx(start)} ${fy(start)}`;
    const points = contour[0]!.on ? [...contour.slice(1), contour[0]!] : [...contour, ...(last.on ? [] : [start])];
    let control: Point | undefined;
    for (const point of points) {
      if (point.on) {
        d += control ? `Q${fx(control)} ${fy(control)} ${fx(point)} ${fy(point)}` : `L${fx(point)} ${fy(point)}`;
        control = undefined;
      } else {
        if (control) {
          const between = mid(control, point);
          d += `Q${fx(control)} ${fy(control)} ${fx(between)} ${fy(between)}`;
        }
        control = point;
      }
    }
    if (control) d += `Q${fx(control)} ${fy(control)} ${fx(start)} ${fy(start)}`;
    d += 'Z';
  }
  return d;
}

/** Reads a TTF (or the first font of a TTC) held in memory. */
export function parseTtf(bytes: Uint8Array): TtfFont {
  const directory = tableDirectory(bytes);
  const { view, tables } = directory;
  const unitsPerEm = view.getUint16(tables.get('head')! + 18);
  const longMetrics = view.getUint16(tables.get('hhea')! + 34);
  const hmtx = tables.get('hmtx')!;
  const lookup = cmapLookup(directory);
  const outline = glyphOutlines(directory);
  // Glyphs past the long metrics share the last advance width.
  const advanceOfGlyph = (glyph: number) => view.getUint16(hmtx + Math.min(glyph, longMetrics - 1) * 4);
  const cache = new Map<number, number>();
  const advance = (codePoint: number) => {
    let value = cache.get(codePoint);
    if (value === undefined) cache.set(codePoint, (value = advanceOfGlyph(lookup(codePoint))));
    return value;
  };
  const paths = new Map<number, string>();
  const glyphPath = (codePoint: number) => {
    let path = paths.get(codePoint);
    if (path === undefined) paths.set(codePoint, (path = contoursPath(outline(lookup(codePoint)))));
    return path;
  };
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    unitsPerEm,
    glyphIndex: lookup,
    advance,
    width(text, fontSize) {
      let units = 0;
      for (const char of text) units += advance(char.codePointAt(0)!);
      return (units * fontSize) / unitsPerEm;
    },
    glyphPath,
    textSvg(text, x, y, fontSize, attributes = '') {
      const scale = fontSize / unitsPerEm;
      let pen = 0;
      let glyphs = '';
      for (const char of text) {
        const codePoint = char.codePointAt(0)!;
        const d = glyphPath(codePoint);
        if (d) glyphs += `<path transform="translate(${pen})" d="${d}"/>`;
        pen += advance(codePoint);
      }
      return `<g${attributes ? ` ${attributes}` : ''} transform="matrix(${scale} 0 0 ${-scale} ${round(x)} ${round(y)})">${glyphs}</g>`;
    },
  };
}

/** The characters of `text` the font cannot draw (each once, in order). */
export function missingCharacters(font: TtfFont, text: string): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    if (/\s/.test(char)) continue;
    if (font.glyphIndex(char.codePointAt(0)!) === 0) missing.add(char);
  }
  return [...missing];
}
