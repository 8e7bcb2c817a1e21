import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { qrSvg } from '../../../src/lib/poster/qr-svg';

const viewBox = (svg: string) => /viewBox="([^"]+)"/.exec(svg)?.[1];

describe('qrSvg', () => {
  it.each([
    'http://localhost:4321/',
    'https://example.org/articles/branch-2025-q1-party-meeting/',
    'https://dangjian.example.cn/dangjian/school/branch-life/branch-1-three-meetings/',
    'https://example.org/articles/bench-00970/',
  ])('is no larger than with the library’s own choice of modes: %s', async (url) => {
    const chosen = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    expect(viewBox(await qrSvg(url))).toBe(viewBox(chosen));
  });

  it('is an inline SVG without an XML prolog', async () => {
    const svg = await qrSvg('https://example.org/');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(viewBox(svg)).toMatch(/^0 0 \d+ \d+$/);
  });
});
