// @ts-check
/**
 * Receipt codes, tracking codes and change keys. Each is derived from the
 * request id the page sent (an HMAC under the service's secret), so a retry of
 * the same request gets the same code without the service storing which
 * request, or which member, it came from.
 */
import { createHash, createHmac } from 'node:crypto';

/** Crockford's base 32: no I, L, O, U, easy to read aloud and to type from paper. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** @param {Buffer} bytes @param {number} length characters wanted (5 bits each) */
function base32(bytes, length) {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

/** @param {string} code */
const grouped = (code) => code.match(/.{1,4}/g)?.join('-') ?? code;

/** A request id as the page makes it (src/lib/branch/api.ts newRequestId): 16–64 letters, digits, - or _. */
export const REQUEST_ID = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * @param {string} secret @param {string} purpose @param {string} requestId
 */
const derive = (secret, purpose, requestId) => createHmac('sha256', secret).update(`${purpose}\n${requestId}`).digest();

/** A ballot's receipt: 12 characters, 60 bits, shown as K7QF-3M9A-2XWD. @param {string} secret @param {string} ballotId @param {string} requestId */
export const receiptCode = (secret, ballotId, requestId) =>
  grouped(base32(derive(secret, `receipt:${ballotId}`, requestId), 12));

/** The secret that lets a voter change a ballot where that is allowed. @param {string} secret @param {string} ballotId @param {string} requestId */
export const changeKey = (secret, ballotId, requestId) =>
  derive(secret, `change:${ballotId}`, requestId).toString('base64url');

/** A message's tracking code: 16 characters, 80 bits, shown as 4 groups. @param {string} secret @param {string} requestId */
export const trackingCode = (secret, requestId) => grouped(base32(derive(secret, 'message', requestId), 16));

/** What a typed code is compared as: upper case, without spaces or dashes, O read as 0 and I/L as 1. @param {string} code */
export const normaliseCode = (code) =>
  grouped(String(code).toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1'));

/** @param {string} text */
export const sha256 = (text) => createHash('sha256').update(text).digest('hex');
