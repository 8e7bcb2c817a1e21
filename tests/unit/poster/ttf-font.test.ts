import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { missingCharacters, parseTtf } from '../../../src/lib/poster/ttf-font';

const fontDir = join(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/package.json'), '..');
const font = parseTtf(readFileSync(join(fontDir, '400Regular/NotoSansSC_400Regular.ttf')));

describe('parseTtf with Noto Sans SC', () => {
  it('reads the em and the advances: Chinese characters and full-width punctuation are one em, Latin narrower', () => {
    expect(font.unitsPerEm).toBe(1000);
    for (const char of '党中，。“（') expect(font.advance(char.codePointAt(0)!)).toBe(1000);
    expect(font.advance('i'.codePointAt(0)!)).toBeLessThan(font.advance('M'.codePointAt(0)!));
    expect(font.width('党章', 64)).toBe(128);
  });

  it('finds glyphs in and beyond the basic plane, and none for what the font lacks', () => {
    expect(font.glyphIndex('党'.codePointAt(0)!)).toBeGreaterThan(0);
    expect(font.glyphIndex(0x1f100)).toBeGreaterThan(0); // 🄀, beyond the basic plane: the format 12 table
    expect(missingCharacters(font, '学习😀党章\u{E000}')).toEqual(['😀', '\u{E000}']);
  });

  it('reads glyph outlines: one closed contour per stroke shape, inside the ideographic em box', () => {
    const path = font.glyphPath('口'.codePointAt(0)!);
    expect(path.match(/M/g)).toHaveLength(2); // outer and inner square
    expect(path.endsWith('Z')).toBe(true);
    const numbers = path.match(/-?\d+(\.\d+)?/g)!.map(Number);
    const xs = numbers.filter((_, i) => i % 2 === 0);
    const ys = numbers.filter((_, i) => i % 2 === 1);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(1000);
    // Font units, y up: the glyph stands on the baseline, within -120…880.
    expect(Math.min(...ys)).toBeGreaterThan(-130);
    expect(Math.max(...ys)).toBeLessThan(900);
    expect(font.glyphPath(' '.codePointAt(0)!)).toBe('');
  });

  it('sets text as one scaled, flipped group with each glyph moved by the advances before it', () => {
    const svg = font.textSvg('口 口', 10, 80, 50, 'fill="#000"');
    expect(svg).toMatch(/^<g fill="#000" transform="matrix\(0\.05 0 0 -0\.05 10 80\)">/);
    const offsets = [...svg.matchAll(/translate\((\d+)\)/g)].map((m) => Number(m[1]));
    expect(offsets).toEqual([0, 1000 + font.advance(32)]); // the space has no outline, only its advance
  });

  it('rejects a file that is not a TrueType font, in both languages', () => {
    expect(() => parseTtf(new TextEncoder().encode('wOF2 not a ttf at all, padding padding'))).toThrow(
      /不是 TrueType 字体文件.*not a TrueType font/,
    );
  });
});
