/**
 * The fingerprint of a 民主评议 ballot (docs/branch-service.md, "回执"):
 * SHA-256 of the browser's random salt, a line break, and the "id=等次" lines
 * sorted by member id, its first 16 hexadecimal characters. The results
 * publish it beside each receipt, so a member can check that the grades
 * counted are the ones their browser sent, while nobody else can tell whom a
 * ballot graded how. Pure logic (Web Crypto, in browsers and Node alike).
 */

/** The text that is hashed; ids sorted by code unit, as the service sorts them. */
export function fingerprintText(salt: string, grades: Readonly<Record<string, string>>): string {
  const lines = Object.keys(grades)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((id) => `${id}=${grades[id]}`);
  return [salt, ...lines].join('\n');
}

export async function reviewFingerprint(salt: string, grades: Readonly<Record<string, string>>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(fingerprintText(salt, grades)));
  return Array.from(new Uint8Array(digest).slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A random salt for one ballot, kept in the member's browser only. */
export function newSalt(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
