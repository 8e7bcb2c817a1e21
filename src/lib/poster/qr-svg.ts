/**
 * QR codes as inline SVG, made at build time by the `qrcode` library, so a page
 * can be moved to a phone or shared into WeChat by scanning. No script, no
 * request: the SVG is part of the HTML.
 */
import QRCode from 'qrcode';

/**
 * One fixed mask pattern instead of scoring all eight: every mask is valid and
 * scans, and the scoring made a code cost ~10–30 ms, which on 10,000 pages was
 * minutes of build time (npm run bench).
 */
const MASK_PATTERN = 2;

/** An SVG QR code of `text` (medium error correction, quiet zone of 2 modules). */
export async function qrSvg(text: string): Promise<string> {
  // One byte-mode segment: given a plain string, the library searches the best
  // mix of modes with a shortest-path algorithm, a third of the code's time;
  // for the site's URLs the mix saves a few bits, never a size step.
  const svg = await QRCode.toString([{ data: new TextEncoder().encode(text), mode: 'byte' }], {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    maskPattern: MASK_PATTERN,
    color: { dark: '#000000', light: '#ffffff' },
  });
  // Drop the XML prolog if any: the SVG is embedded in HTML.
  return svg.replace(/^<\?xml[^>]*>\s*/, '');
}
