// @ts-check
/**
 * The content security policy of Waline's administration page (/ui/…). The
 * page is Waline's: one inline script with its settings, then the
 * administration script, which this service serves itself (server.mjs). Its
 * inline scripts are allowed by their hashes, computed from the page as sent,
 * so a change of Waline's settings script needs no change here; nothing loads
 * from another host, and no other site may frame the page.
 */
import { createHash } from 'node:crypto';

/** @param {string} html */
const inlineScripts = (html) => [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');

/** @param {string} html the page as it will be sent */
export function adminPagePolicy(html) {
  const hashes = inlineScripts(html).map(
    (script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    // The administration app sets style attributes (Vue) and ships its styles in its script.
    "style-src 'self' 'unsafe-inline'",
    // Avatars are data: URLs (avatar.cjs).
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
