import { describe, expect, it } from 'vitest';
import { brotliQuality, isPrecompressed } from '../../../src/lib/web/compressible';

describe('isPrecompressed', () => {
  it.each([
    ['_astro/page.Ab12.js', true],
    ['_astro/BaseLayout.Cd34.css', true],
    ['_astro/webp_enc.Ef56.wasm', true],
    ['pagefind/pagefind.js', true],
    ['pagefind/pagefind-entry.json', true],
    ['articles/x/index.html', false],
    ['index.html', false],
    ['sitemap-0.xml', false],
    ['rss.xml', false],
    ['favicon.svg', false],
    ['_astro/photo.Gh78.webp', false],
    ['uploads/media/a.mp4', false],
    ['uploads/library/a.pdf', false],
    ['pagefind/fragment/zh-cn_1a2b.pf_fragment', false],
    ['pagefind/wasm.unknown.pagefind', false],
  ])('%s → %s', (path, expected) => {
    expect(isPrecompressed(path)).toBe(expected);
  });
});

describe('brotliQuality', () => {
  it.each([
    [20_000, 11],
    [102_400, 11],
    [126_634, 5],
    [345_584, 5],
    [5_500_000, 5],
  ])('%i bytes → %i', (bytes, expected) => {
    expect(brotliQuality(bytes)).toBe(expected);
  });
});
