// @ts-check
/**
 * The branch's rules, added to Waline through its own extension points
 * (a plugin's middleware, and the `avatarUrl` and `domPurify` settings), so
 * Waline itself stays unmodified. The middleware runs after Waline's router
 * and its per-action checks ("logic", which also reads the sign-in) and
 * before the action itself, so it sees the action Waline will run and the
 * signed-in account:
 *
 * - Who may call what: the table in access.cjs, by Waline's own action names,
 *   so every path and method reaching an action is covered (closed
 *   registration included: only an administrator creates accounts).
 * - Likes are switched off: upstream took them signed out and answered with
 *   the whole comment, approved or not.
 * - Comment text is checked before Waline writes anything: text only (a
 *   number once skipped review), invisible reordering characters removed, a
 *   length limit; a member's edit of a published comment sends it back to
 *   review first, so a failure after Waline's write cannot leave it published.
 * - Posting speed per address and per account, decided atomically
 *   (rate-limit.cjs), with a Chinese message.
 * - Nicknames: no reserved words or officers' names, no self-made badges
 *   (`label` is for administrators only), no external avatar.
 * - Sign-in answers carry expiring session tokens (session.cjs).
 * - Comment HTML through an allowlist (no forms, buttons, images, svg, math).
 * - No third-party avatars: drawn locally (a data: URL).
 *
 * CommonJS because Waline (ThinkJS) loads plugins that way and passes its global `think`.
 */
const { letterAvatar } = require('./avatar.cjs');
const { ROUTES, decide, routeKey, targetId } = require('./access.cjs');
const { createLimiter } = require('./rate-limit.cjs');
const { cleanText, characterCount, isReservedName } = require('./text.cjs');
const { issueSession } = require('./session.cjs');

/** ThinkJS's global, set when Waline loads (before any request reaches this file's functions). */
const think = () => /** @type {any} */ (globalThis).think;

/** Chinese first: the comment box and the administration page show errmsg as it is. */
const MESSAGES = {
  signIn: '请先登录讨论区。/ Please sign in.',
  forbidden: '您没有权限这样做。/ Not allowed.',
  switchedOff: '本站没有开放这项功能。/ This function is switched off on this site.',
  notFound: '没有这个接口。/ No such API.',
  registrationClosed:
    '本站不开放自助注册：请向支部书记申请讨论区账号。/ Registration is closed: ask the branch secretary for an account.',
  likesOff: '本站的讨论区不设点赞。/ Likes are switched off.',
  notText: '评论内容必须是文字。/ The comment must be text.',
  nameNotText: '昵称必须是文字。/ The nickname must be text.',
  empty: '评论内容是空的。/ The comment is empty.',
  /** @param {number} max @param {number} count */
  tooLong: (max, count) =>
    `评论太长了：最多 ${max} 个字，这条有 ${count} 个字。请删减，或分成几条发表。/ Comment too long (at most ${max} characters).`,
  /** @param {number} seconds */
  tooFast: (seconds) => `评论太快了：请 ${seconds} 秒后再发表。/ Comment too fast: please wait ${seconds} s.`,
  reservedName: '这个昵称不能用：不能含“管理员”“书记”等字样，也不能与支部干部的名字相同。/ This nickname is reserved.',
  label: '头衔只能由管理员设置。/ Only administrators set labels.',
  externalAvatar: '本站不使用外部头像地址，头像由网站自动生成。/ External avatar addresses are not allowed.',
};

/**
 * @typedef {object} PolicyOptions
 * @property {'closed' | 'open'} registration
 * @property {number} maxLength the longest comment, in characters
 * @property {number} addressSeconds seconds between two comments from one address (0: no limit)
 * @property {number} accountSeconds seconds between two comments from one account (0: no limit)
 * @property {string[]} reservedNames officers' display names no member may use (administrators' names are added from the database)
 * @property {import('./session.cjs').SessionSettings} session
 */

/** @param {any} ctx @param {number} status @param {string} errmsg */
function refuse(ctx, status, errmsg) {
  ctx.status = status;
  ctx.type = 'json';
  ctx.body = { errno: status, errmsg };
}

/** A table through Waline's own storage service. @param {string} table @returns {any} */
const model = (table) => think().service(`storage/${think().config('storage')}`, table);

/** @param {any} user @returns {import('./access.cjs').Caller} */
function callerOf(user) {
  if (!user || !user.objectId) return { role: 'guest' };
  return { role: user.type === 'administrator' ? 'admin' : 'member', id: String(user.objectId) };
}

/** The comment a request is about, or undefined. @param {string} id */
async function findComment(id) {
  if (!/^\d+$/.test(id)) return undefined;
  const [row] = await model('Comment').select({ objectId: id });
  return row;
}

/** @param {number} status @param {import('./access.cjs').Level | undefined} level */
function refusalMessage(status, level) {
  if (status === 401) return MESSAGES.signIn;
  if (status === 404) return MESSAGES.notFound;
  if (level === 'nobody') return MESSAGES.switchedOff;
  if (level === 'register') return MESSAGES.registrationClosed;
  return MESSAGES.forbidden;
}

/**
 * The comment text as it will be stored, or the reason it is refused.
 * @param {unknown} text @param {number} maxLength
 */
function checkedText(text, maxLength) {
  if (typeof text !== 'string') return { error: MESSAGES.notText };
  const clean = cleanText(text);
  if (clean.trim() === '') return { error: MESSAGES.empty };
  const count = characterCount(clean);
  if (count > maxLength) return { error: MESSAGES.tooLong(maxLength, count) };
  return { text: clean };
}

/**
 * Runs the rest of the chain (Waline's action) and returns when its answer
 * is set. Waline ends every action, successful or not, by throwing ThinkJS's
 * "prevent" signal after setting the answer: that is handed back here, for the
 * caller to look at the answer and then rethrow it, as Waline expects.
 * @param {() => Promise<void>} next
 * @returns {Promise<unknown>} the signal to rethrow, if any
 */
async function runAction(next) {
  try {
    await next();
  } catch (error) {
    if (!think().isPrevent(error)) throw error;
    return error;
  }
  return undefined;
}

/** Rethrows the signal runAction handed back. @param {unknown} signal */
function resume(signal) {
  if (signal) throw signal;
}

/** @param {PolicyOptions} options */
function policyMiddleware(options) {
  const addressLimit = createLimiter({ seconds: options.addressSeconds });
  const accountLimit = createLimiter({ seconds: options.accountSeconds });

  /** New comments: clean text, the length limit, then the speed limits, taken before anything is awaited. */
  async function postComment(
    /** @type {any} */ ctx,
    /** @type {() => Promise<void>} */ next,
    /** @type {import('./access.cjs').Caller} */ caller,
  ) {
    const checked = checkedText(ctx.post('comment'), options.maxLength);
    if (checked.error) return refuse(ctx, 400, checked.error);
    ctx.post('comment', checked.text);
    if (typeof ctx.post('nick') === 'string') ctx.post('nick', cleanText(ctx.post('nick')));
    if (caller.role === 'admin') return next();
    const byAddress = addressLimit.take([ctx.ip]);
    if (!byAddress.ok) return refuse(ctx, 429, MESSAGES.tooFast(byAddress.waitSeconds));
    const byAccount = accountLimit.take([/** @type {string} */ (caller.id)]);
    if (!byAccount.ok) {
      byAddress.release();
      return refuse(ctx, 429, MESSAGES.tooFast(byAccount.waitSeconds));
    }
    let signal;
    try {
      signal = await runAction(next);
    } finally {
      // A comment Waline did not take (duplicate, forbidden word, an error) does not use up the slot.
      if (ctx.body?.errno !== 0) {
        byAddress.release();
        byAccount.release();
      }
    }
    resume(signal);
  }

  /**
   * Edits and moderation. A member's change of a published comment's text
   * puts it back into review here, before Waline writes the new text.
   */
  async function putComment(
    /** @type {any} */ ctx,
    /** @type {() => Promise<void>} */ next,
    /** @type {import('./access.cjs').Caller} */ caller,
    /** @type {any} */ comment,
  ) {
    const body = ctx.post();
    if ('like' in body) return refuse(ctx, 403, MESSAGES.likesOff);
    if ('comment' in body) {
      const checked = checkedText(body.comment, options.maxLength);
      if (checked.error) return refuse(ctx, 400, checked.error);
      ctx.post('comment', checked.text);
      const published = comment && !['waiting', 'spam'].includes(comment.status);
      if (caller.role !== 'admin' && published && checked.text !== comment.comment) {
        await model('Comment').update({ status: 'waiting' }, { objectId: comment.objectId });
      }
    }
    return next();
  }

  /** A member's own profile: a clean nickname that is not reserved, no label, no external avatar. */
  async function putProfile(
    /** @type {any} */ ctx,
    /** @type {() => Promise<void>} */ next,
    /** @type {import('./access.cjs').Caller} */ caller,
  ) {
    const avatar = ctx.post('avatar');
    if (typeof avatar === 'string' && avatar !== '' && !avatar.startsWith('data:image/'))
      return refuse(ctx, 400, MESSAGES.externalAvatar);
    if (caller.role === 'admin') return next();
    if (ctx.post('label') !== undefined) return refuse(ctx, 403, MESSAGES.label);
    const name = ctx.post('display_name');
    if (name !== undefined) {
      if (typeof name !== 'string') return refuse(ctx, 400, MESSAGES.nameNotText);
      const clean = cleanText(name).trim();
      const admins = await model('Users').select({ type: 'administrator' }, { field: ['display_name'] });
      const officers = [
        ...options.reservedNames,
        ...admins.map((/** @type {any} */ a) => String(a.display_name ?? '')),
      ];
      if (isReservedName(clean, officers)) return refuse(ctx, 400, MESSAGES.reservedName);
      ctx.post('display_name', clean);
    }
    return next();
  }

  /** Sign-in: Waline's everlasting token is swapped for an expiring session token. */
  async function signIn(/** @type {any} */ ctx, /** @type {() => Promise<void>} */ next) {
    const signal = await runAction(next);
    const data = ctx.body?.errno === 0 ? ctx.body.data : undefined;
    if (data?.token) {
      const [user] = await model('Users').select({ objectId: data.objectId }, { field: ['id', 'type', 'password'] });
      ctx.body = {
        ...ctx.body,
        data: {
          ...data,
          token: issueSession(options.session, { objectId: data.objectId, type: user.type, password: user.password }),
        },
      };
    }
    resume(signal);
  }

  return async (/** @type {any} */ ctx, /** @type {() => Promise<void>} */ next) => {
    const key = routeKey(ctx.controller, ctx.action);
    const level = ROUTES[key];
    const caller = callerOf(ctx.state.userInfo);
    const id = targetId(ctx.path, ctx.param('id'), ctx.controller);
    const comment = level === 'author' && caller.role !== 'guest' ? await findComment(id) : undefined;
    const firstAccount =
      level === 'register' && caller.role === 'guest' && options.registration === 'closed'
        ? Number(await model('Users').count({})) === 0
        : false;
    const decision = decide(level, caller, {
      registration: options.registration,
      firstAccount,
      targetId: id,
      ownerId: comment?.user_id,
    });
    if (!decision.allowed) return refuse(ctx, decision.status ?? 403, refusalMessage(decision.status ?? 403, level));

    if (key === 'comment post') return postComment(ctx, next, caller);
    if (key === 'comment put') return putComment(ctx, next, caller, comment);
    if (key === 'user put') return putProfile(ctx, next, caller);
    if (key === 'token post') return signIn(ctx, next);
    return next();
  };
}

/**
 * What comment HTML may contain: text structure and links. No forms or
 * buttons, no images (the site uploads none, and an external one is a
 * tracking request), no svg or math, no styles.
 */
const DOM_PURIFY = Object.freeze({
  ALLOWED_TAGS: [
    'p',
    'br',
    'a',
    'strong',
    'b',
    'em',
    'i',
    'del',
    's',
    'u',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'sub',
    'sup',
    'span',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  ALLOWED_ATTR: ['href', 'title', 'target', 'rel', 'start', 'align'],
  ALLOW_DATA_ATTR: false,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
});

/**
 * The settings the entry hands to Waline.
 * @param {PolicyOptions} options
 */
function walineSettings(options) {
  return {
    plugins: [{ middlewares: [policyMiddleware(options)] }],
    avatarUrl: letterAvatar,
    domPurify: DOM_PURIFY,
  };
}

module.exports = { walineSettings, MESSAGES, DOM_PURIFY };
