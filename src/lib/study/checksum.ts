/**
 * Damage detection for files members send by WeChat or e-mail: a CRC-32 of the
 * content in a canonical form (keys sorted, no spaces), so the same data gives
 * the same checksum however the file was indented. This is NOT security: anyone
 * can recompute it. It catches a truncated download, a file edited by hand or
 * mangled by a chat app. Synchronous and dependency-free, so it runs the same in
 * the browser (also on plain http, where crypto.subtle is missing) and in Node.
 */

/** JSON with object keys sorted at every level: one text per value. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (IEEE, as zip and PNG use) of the UTF-8 bytes of `text`, as 8 hex digits. */
export function crc32(text: string): string {
  let crc = 0xffffffff;
  for (const byte of new TextEncoder().encode(text)) crc = TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}

/** The checksum of a value: `crc32:` and the CRC-32 of its canonical JSON. */
export const contentChecksum = (value: unknown): string => `crc32:${crc32(canonicalJson(value))}`;
