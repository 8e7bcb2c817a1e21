// @ts-check
/**
 * Sign-in tokens that expire and die with the password. Waline signs the bare
 * account id (no expiry, valid until JWT_TOKEN changes) and checks that form on
 * every request; it never leaves the service now:
 *
 * - the sign-in answer (POST /api/token) carries a session token instead,
 *   signed with a key derived from JWT_TOKEN, holding the account id, an
 *   expiry (members and administrators each their own setting) and a
 *   fingerprint of the password hash, so changing the password ends every
 *   session signed in with the old one;
 * - on the way in (server.mjs) a valid session token is exchanged for
 *   Waline's own form, and anything else (expired, old password, Waline's
 *   own token, a forged one) is dropped: the request goes on signed out.
 */
const { createHash, createHmac, randomUUID } = require('node:crypto');
const jwt = require('jsonwebtoken');

/** A key of its own, so Waline's bare-id tokens are never valid sessions, nor sessions valid to Waline. @param {string} secret */
const sessionKey = (secret) => createHmac('sha256', secret).update('dangjian-waline-session-v1').digest('hex');

/** Changes whenever the stored password hash does. @param {string} passwordHash */
const passwordFingerprint = (passwordHash) =>
  createHash('sha256').update(String(passwordHash)).digest('base64url').slice(0, 16);

/**
 * @typedef {object} SessionSettings
 * @property {string} secret JWT_TOKEN
 * @property {number} memberSeconds how long a member stays signed in
 * @property {number} adminSeconds how long an administrator stays signed in
 */

/**
 * A session token for the account.
 * @param {SessionSettings} settings @param {{ objectId: string | number, type: string, password: string }} user
 */
function issueSession(settings, user) {
  const expiresIn = user.type === 'administrator' ? settings.adminSeconds : settings.memberSeconds;
  // jwtid: the handle signing out revokes (the branch service's branch_revoked_session).
  return jwt.sign({ sub: String(user.objectId), pw: passwordFingerprint(user.password) }, sessionKey(settings.secret), {
    expiresIn,
    jwtid: randomUUID(),
  });
}

/**
 * A session token's claims when its signature and expiry hold, else undefined.
 * @param {SessionSettings} settings @param {string} token
 * @returns {{ id: string, passwordFingerprint: string, tokenId: string, expiresAt: Date } | undefined}
 */
function readSession(settings, token) {
  let claims;
  try {
    claims = jwt.verify(token, sessionKey(settings.secret));
  } catch {
    return undefined;
  }
  if (typeof claims !== 'object' || typeof claims.sub !== 'string' || typeof claims.pw !== 'string') return undefined;
  if (typeof claims.jti !== 'string' || typeof claims.exp !== 'number') return undefined;
  return {
    id: claims.sub,
    passwordFingerprint: claims.pw,
    tokenId: claims.jti,
    expiresAt: new Date(claims.exp * 1000),
  };
}

/**
 * The account id a session token stands for, checked against the account's
 * current password hash (looked up by `findPassword`) and against signing
 * out (`isRevoked`), or undefined.
 * @param {SessionSettings} settings @param {string} token
 * @param {(id: string) => Promise<string | undefined>} findPassword
 * @param {(tokenId: string) => Promise<boolean>} [isRevoked]
 */
async function verifySession(settings, token, findPassword, isRevoked = async () => false) {
  const session = readSession(settings, token);
  if (!session) return undefined;
  const password = await findPassword(session.id);
  if (password === undefined || passwordFingerprint(password) !== session.passwordFingerprint) return undefined;
  if (await isRevoked(session.tokenId)) return undefined;
  return session.id;
}

/** Waline's own token for an account id, made only after the session token was checked. @param {string} secret @param {string} id */
const walineToken = (secret, id) => jwt.sign(id, secret);

module.exports = { issueSession, readSession, verifySession, walineToken, passwordFingerprint };
