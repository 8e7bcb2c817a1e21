/**
 * The file name an uploaded image or document is stored under. URLs stay ASCII,
 * but Decap's own sanitising simply drops other characters: cover-封面.png became
 * cover-.png, 封面.png became .png, and 封面.png and 封底.png collided. Here the
 * characters that cannot stay are replaced by a short hash of the original name,
 * so a name is never empty and two different names never meet. (The same name
 * uploaded again gets the same file name, and Decap asks before replacing it.)
 */

/** FNV-1a, 32 bits, in base 36: six characters, the same in every browser and in Node. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(text)) {
    hash ^= unit;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0').slice(-6);
}

const asciiWords = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');

export function asciiMediaName(original: string): string {
  const dot = original.lastIndexOf('.');
  const rawExtension = dot > 0 ? original.slice(dot + 1) : '';
  const extension = /^[a-z0-9]{1,8}$/i.test(rawExtension) ? `.${rawExtension.toLowerCase()}` : '';
  const stem = extension ? original.slice(0, dot) : original;
  const kept = asciiWords(stem);
  // Only printable ASCII (the characters of a URL) can stay as they are; anything else is named by the hash.
  const lost = /[^\x20-\x7e]/.test(stem) || kept === '';
  return `${[kept, lost ? shortHash(original.normalize('NFC')) : ''].filter(Boolean).join('-')}${extension}`;
}
