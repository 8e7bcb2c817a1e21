// @ts-check
/**
 * The branch's rules, added to Waline through its own extension points
 * (a plugin's middleware and hooks, and the `avatarUrl` setting), so Waline
 * itself stays unmodified:
 *
 * - Closed registration: with WALINE_REGISTRATION=closed only an administrator
 *   may create accounts (POST /api/user with an administrator's token); the
 *   very first account is always allowed, and becomes the administrator.
 * - Edits go back to review: a member who edits a published comment puts it
 *   back into the review queue (Waline would publish the new text at once).
 * - No third-party avatars: avatars are drawn locally (a data: URL), and a
 *   member cannot set an external avatar address on the profile.
 *
 * CommonJS because Waline (ThinkJS) calls these with `this` bound to its
 * controller and passes its global `think`.
 */
const jwt = require('jsonwebtoken');
const { letterAvatar } = require('./avatar.cjs');

/** ThinkJS's global, set when Waline loads (before any request reaches this file's functions). */
const think = () => /** @type {any} */ (globalThis).think;

/** Chinese first: the administration page and the comment box show errmsg as it is. */
const MESSAGES = {
  registrationClosed:
    '本站不开放自助注册：请向支部书记申请讨论区账号。/ Registration is closed: ask the branch secretary for an account.',
  externalAvatar: '本站不使用外部头像地址，头像由网站自动生成。/ External avatar addresses are not allowed.',
};

/** @param {any} ctx @param {number} status @param {string} errmsg */
function refuse(ctx, status, errmsg) {
  ctx.status = status;
  ctx.type = 'json';
  ctx.body = { errno: status, errmsg };
}

/** The users table through Waline's own storage service. @returns {any} */
const usersModel = () => think().service(`storage/${think().config('storage')}`, 'Users');

/** Whether the request carries the token of an administrator. @param {any} ctx */
async function isAdministrator(ctx) {
  const header = ctx.req.headers.authorization;
  if (!header) return false;
  let userId;
  try {
    userId = jwt.verify(header.replace(/^Bearer /, ''), think().config('jwtKey'));
  } catch {
    return false;
  }
  if (typeof userId !== 'string' || !userId) return false;
  const found = await usersModel().select({ objectId: userId, type: 'administrator' });
  return found.length > 0;
}

/** `/api/user` (and Waline's older `/user`), without sub-paths like /api/user/password. */
const USER_COLLECTION = /^\/(?:api\/)?user\/?$/i;
const USER_ANY = /^\/(?:api\/)?user(?:\/[^/]*)?\/?$/i;

/** @param {{ registration: 'closed' | 'open' }} options */
function policyMiddleware({ registration }) {
  return async (/** @type {any} */ ctx, /** @type {() => Promise<void>} */ next) => {
    if (registration === 'closed' && ctx.method === 'POST' && USER_COLLECTION.test(ctx.path)) {
      const users = await usersModel().count({});
      if (users > 0 && !(await isAdministrator(ctx))) return refuse(ctx, 403, MESSAGES.registrationClosed);
    }
    if (ctx.method === 'PUT' && USER_ANY.test(ctx.path)) {
      const avatar = ctx.post('avatar');
      if (typeof avatar === 'string' && avatar !== '' && !avatar.startsWith('data:image/')) {
        return refuse(ctx, 400, MESSAGES.externalAvatar);
      }
    }
    return next();
  };
}

/**
 * After a non-administrator changed a comment's text, the comment waits for
 * review again. `this` is Waline's comment controller.
 * @this {any} @param {Record<string, unknown>} data
 */
async function postUpdate(data) {
  const user = this.ctx.state.userInfo;
  if (user?.type === 'administrator' || typeof data.comment !== 'string') return;
  await this.modelInstance.update({ status: 'waiting' }, { objectId: this.id });
}

/**
 * The settings the entry hands to Waline.
 * @param {{ registration: 'closed' | 'open' }} options
 */
function walineSettings(options) {
  return {
    plugins: [{ middlewares: [policyMiddleware(options)], hooks: { postUpdate } }],
    avatarUrl: letterAvatar,
  };
}

module.exports = { walineSettings, MESSAGES };
