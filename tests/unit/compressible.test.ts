import { describe, expect, it } from 'vitest';
import { brotliQuality, isCompressible } from '../../src/lib/compressible';

describe('isCompressible', () => {
  it.each([
    ['articles/x/index.html', true],
    ['_astro/page.Ab12.js', true],
    ['pagefind/pagefind.js', true],
    ['sitemap-0.xml', true],
    ['uploads/media/a.mp4', false],
    ['uploads/library/a.pdf', false],
    ['pagefind/fragment/zh-cn_1a2b.pf_fragment', false],
    ['LICENSE', false],
  ])('%s → %s', (path, expected) => {
    expect(isCompressible(path)).toBe(expected);
  });
});

describe('brotliQuality', () => {
  it.each([
    ['_astro/page.Ab12.js', 20_000, 11],
    ['_astro/BaseLayout.css', 9_000, 11],
    ['pagefind/pagefind.js', 30_000, 11],
    ['_astro/cms.Xy.js', 5_500_000, 5],
    ['_astro/webp_enc_simd.CF.wasm', 345_584, 5],
    ['pagefind/pagefind-ui.js', 126_634, 5],
    ['pagefind/pagefind-worker.js', 102_400, 11],
    ['articles/x/index.html', 30_000, 5],
    ['index.html', 15_000, 5],
    ['sitemap-0.xml', 400_000, 5],
  ])('%s (%i bytes) → %i', (path, bytes, expected) => {
    expect(brotliQuality(path, bytes)).toBe(expected);
  });
});
