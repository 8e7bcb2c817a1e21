/**
 * The poster's text is drawn from glyph outlines read by src/lib/poster/ttf-font.ts. Drawn
 * by resvg, they must match what resvg draws from the same font file as text —
 * a check of the outline reader against an independent one (rustybuzz/ttf-parser).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { parseTtf } from '../../../src/lib/poster/ttf-font';

const fontDir = join(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/package.json'), '..');
const files = {
  400: join(fontDir, '400Regular/NotoSansSC_400Regular.ttf'),
  700: join(fontDir, '700Bold/NotoSansSC_700Bold.ttf'),
};

const frame = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="120"><rect width="900" height="120" fill="#fff"/>${body}</svg>`;
const pixels = (svg: string, fontFiles: string[] = []) =>
  new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Noto Sans SC' } }).render().pixels;

describe.each([400, 700] as const)('glyph outlines, weight %i', (weight) => {
  const font = parseTtf(readFileSync(files[weight]));

  it.each(['中国共产党章程，“不忘初心”。', '2026年《党章》第3条：Ag…'])(
    '“%s” drawn as paths matches resvg drawing the font',
    (text) => {
      const reference = pixels(
        frame(`<text x="10" y="80" font-family="Noto Sans SC" font-weight="${weight}" font-size="56">${text}</text>`),
        [files[weight]],
      );
      const outlined = pixels(frame(font.textSvg(text, 10, 80, 56, 'fill="#000"')));
      let ink = 0;
      let differ = 0;
      for (let i = 0; i < reference.length; i += 4) {
        const a = reference[i]!;
        const b = outlined[i]!;
        if (a < 128) ink += 1;
        if (Math.abs(a - b) > 96) differ += 1;
      }
      expect(ink).toBeGreaterThan(3000);
      expect(differ / ink).toBeLessThan(0.02);
    },
  );
});
