// @ts-check
/**
 * Who may call which of Waline's actions: the documented policy (docs/waline.md,
 * "谁能调用哪些接口"), enforced in one place. Keys are Waline's own controller
 * and action names, as its router resolves them, so one rule covers every path
 * and method that reaches an action: `POST /api/user`, `/api/user/1`,
 * `/api/user/x/y`, `/user` and `POST /api/user?method=post` all arrive as
 * `user post`. An action not in the table is refused, so a route that a
 * Waline upgrade adds stays closed until someone decides about it (and the
 * route-by-role test, which reads Waline's controllers, fails until then).
 *
 * Levels:
 *   everyone   signed out included
 *   member     any signed-in account
 *   author     signed in, and the comment is the member's own (administrators: any)
 *   self       signed in, and the request is about the member's own account (no id in the path)
 *   admin      administrators only
 *   register   admin with closed registration (the very first account excepted); everyone with open
 *   nobody     switched off for everyone: this site does not use it
 */

/** @typedef {'everyone' | 'member' | 'author' | 'self' | 'admin' | 'register' | 'nobody'} Level */

/** @type {Readonly<Record<string, Level>>} */
const ROUTES = Object.freeze({
  // Page-view and reaction counters: read by anyone; written by nobody (the site counts neither, and the counters took anonymous writes).
  'article get': 'everyone',
  'article post': 'nobody',
  // Waline shows signed-out readers approved comments only, a member also their own, the administration list only to administrators.
  'comment get': 'everyone',
  'comment post': 'member',
  // Edits (text only for members) and moderation; likes are switched off (policy.cjs).
  'comment put': 'author',
  'comment delete': 'author',
  // Feeds by path, e-mail or account: the site links none, and the per-account feed tells whose comments are whose.
  'comment/rss get': 'admin',
  // Export and import of the whole database.
  'db get': 'admin',
  'db post': 'admin',
  'db put': 'admin',
  'db delete': 'admin',
  // Waline's demo page loads scripts from a CDN; server.mjs answers / itself.
  'index index': 'nobody',
  // Social sign-in creates accounts and sends members to another host: never offered here.
  'oauth index': 'nobody',
  // Sign-in, the signed-in account, sign-out.
  'token get': 'everyone',
  'token post': 'everyone',
  'token delete': 'everyone',
  // Whether an e-mail's account uses two-step verification (the sign-in page asks), and setting it up.
  'token/2fa get': 'everyone',
  'token/2fa post': 'member',
  // The member list with e-mail addresses; accounts are created only by an administrator (account.mjs).
  'user get': 'admin',
  'user post': 'register',
  'user put': 'self',
  'user delete': 'admin',
  // A password reset mail carries a token that never expires: the secretary resets passwords instead.
  'user/password put': 'nobody',
  // The link in a registration mail (open registration with mail set up).
  'verification get': 'everyone',
});

/**
 * @typedef {object} Caller
 * @property {'guest' | 'member' | 'admin'} role
 * @property {string} [id] the account id when signed in
 */

/**
 * @typedef {object} Decision
 * @property {boolean} allowed
 * @property {number} [status] 401 (sign in first), 403 (not allowed), 404 (no such action)
 */

/** @param {string} controller @param {string} action */
const routeKey = (controller, action) => `${controller} ${action}`;

/**
 * The decision that needs nothing but the table and the caller; `author`
 * and `self` also need the target (policy.cjs asks the database for the
 * comment's author before calling `decide` again with it).
 * @param {Level | undefined} level
 * @param {Caller} caller
 * @param {{ registration: 'closed' | 'open', firstAccount: boolean, targetId: string, ownerId?: string | null }} facts
 * @returns {Decision}
 */
function decide(level, caller, facts) {
  const signedIn = caller.role !== 'guest';
  const admin = caller.role === 'admin';
  switch (level) {
    case 'everyone':
      return { allowed: true };
    case 'member':
      return signedIn ? { allowed: true } : { allowed: false, status: 401 };
    case 'author':
      if (!signedIn) return { allowed: false, status: 401 };
      return admin || (facts.ownerId != null && String(facts.ownerId) === caller.id)
        ? { allowed: true }
        : { allowed: false, status: 403 };
    case 'self':
      if (!signedIn) return { allowed: false, status: 401 };
      return admin || facts.targetId === '' ? { allowed: true } : { allowed: false, status: 403 };
    case 'admin':
      if (admin) return { allowed: true };
      return { allowed: false, status: signedIn ? 403 : 401 };
    case 'register':
      return admin || facts.registration === 'open' || facts.firstAccount
        ? { allowed: true }
        : { allowed: false, status: 403 };
    case 'nobody':
      return { allowed: false, status: 403 };
    default:
      return { allowed: false, status: 404 };
  }
}

/**
 * The id a request is about, as Waline's REST controllers read it
 * (src/controller/rest.js getId): the `id` parameter, else the last path
 * segment when it is not the controller's own name and looks like an id.
 * @param {string} path @param {string | undefined} idParameter @param {string} controller
 */
function targetId(path, idParameter, controller) {
  if (idParameter) return String(idParameter);
  let last = path.split('/').pop() ?? '';
  try {
    last = decodeURIComponent(last);
  } catch {
    return '';
  }
  const resource = controller.split('/').pop();
  return last !== resource && /^([a-z0-9]+,?)*$/i.test(last) ? last : '';
}

module.exports = { ROUTES, decide, routeKey, targetId };
