// @ts-check
/**
 * The service's configuration, from environment variables only. Waline reads
 * process.env when its modules load, so the entry applies these defaults to the
 * environment before loading it. The defaults are the branch's policy:
 * posting needs an account (LOGIN=force), new comments wait for review
 * (COMMENT_AUDIT=true), and nothing is sent to a third party: no Akismet (Waline
 * otherwise sends every comment to akismet.com with a shared key), no social-login
 * helper host (OAUTH_URL is a local data: URL with no services), no avatar host
 * (the entry draws avatars locally), no TeX rendering, no user agent or region
 * shown to readers. An operator may override any of them in the environment file.
 */

/** Variables Waline and this entry read; the values the branch's policy sets when they are unset. */
export const POLICY_DEFAULTS = Object.freeze({
  LOGIN: 'force',
  COMMENT_AUDIT: 'true',
  /** Seconds between two comments from one IP address (Waline's default is 60; a branch behind one NAT needs less). */
  IPQPS: '10',
  AKISMET_KEY: 'false',
  OAUTH_URL: 'data:application/json,{"services":[]}',
  DISABLE_USERAGENT: 'true',
  DISABLE_REGION: 'true',
  MARKDOWN_TEX: 'false',
  TZ: 'Asia/Shanghai',
  /** Ours: `closed` (the secretary creates accounts) or `open` (anyone may register; comments are still reviewed). */
  WALINE_REGISTRATION: 'closed',
  /** Ours: seconds between two comments from one account, wherever it posts from. */
  WALINE_ACCOUNT_INTERVAL: '10',
  /** Ours: the longest comment in characters (the page checks the same number: src/lib/discussion/waline.ts). */
  WALINE_MAX_LENGTH: '5000',
  /** Ours: how long a sign-in lasts, for members (days) and administrators (hours). */
  WALINE_MEMBER_SESSION_DAYS: '30',
  WALINE_ADMIN_SESSION_HOURS: '12',
});

/** The settings above that must be whole numbers, with the smallest value that makes sense. */
const WHOLE_NUMBERS = /** @type {const} */ ([
  ['IPQPS', 0],
  ['WALINE_ACCOUNT_INTERVAL', 0],
  ['WALINE_MAX_LENGTH', 1],
  ['WALINE_MEMBER_SESSION_DAYS', 1],
  ['WALINE_ADMIN_SESSION_HOURS', 1],
]);

export const REGISTRATION_MODES = /** @type {const} */ (['closed', 'open']);

/**
 * @typedef {object} ServiceConfig
 * @property {string} host
 * @property {number} port
 * @property {'closed' | 'open'} registration
 * @property {string | undefined} serverUrl the public address of the service (SERVER_URL), without trailing slash
 * @property {{ maxLength: number, addressSeconds: number, accountSeconds: number, memberSessionSeconds: number, adminSessionSeconds: number, reservedNames: string[] }} limits
 * @property {Record<string, string>} env the environment Waline should see (defaults applied)
 * @property {string[]} problems what is wrong, each naming the variable and the fix (Chinese / English)
 * @property {string[]} warnings what works but should be changed
 */

/**
 * Reads and checks the environment. Pure: returns problems instead of throwing.
 * @param {Record<string, string | undefined>} source
 * @returns {ServiceConfig}
 */
export function serviceConfig(source) {
  /** @type {Record<string, string>} */
  const env = {};
  for (const [key, value] of Object.entries(source)) if (value !== undefined) env[key] = value;
  for (const [key, value] of Object.entries(POLICY_DEFAULTS)) if (!env[key]) env[key] = value;

  const problems = [];
  const warnings = [];
  const need = (/** @type {string} */ key, /** @type {string} */ why) => {
    if (!env[key]) problems.push(`缺少环境变量 ${key}：${why} / ${key} is not set.`);
  };

  need('JWT_TOKEN', '登录令牌的签名密钥，请设置为一段随机字符串（例如 openssl rand -hex 32 的输出）');
  if (env.JWT_TOKEN && env.JWT_TOKEN.length < 16) {
    problems.push(
      'JWT_TOKEN 太短：至少 16 个字符，建议 openssl rand -hex 32 生成的 64 个字符 / JWT_TOKEN must have at least 16 characters.',
    );
  }
  need('PG_DB', 'PostgreSQL 数据库名（例如 waline）');
  need('PG_USER', 'PostgreSQL 用户名（例如 waline）');
  need('SITE_URL', '网站的地址，例如 https://dangjian.example.org（管理页面里“查看原文”的链接由它拼成）');
  for (const key of ['SITE_URL', 'SERVER_URL']) {
    if (env[key] && !/^https?:\/\/[^/\s]+(\/[^\s]*)?$/.test(env[key])) {
      problems.push(
        `${key}=“${env[key]}”不是网址：应形如 https://dangjian.example.org / ${key} must be an http(s) URL.`,
      );
    }
  }
  if (env.SERVER_URL?.endsWith('/')) env.SERVER_URL = env.SERVER_URL.replace(/\/+$/, '');
  if (env.PG_PORT && !/^\d{1,5}$/.test(env.PG_PORT))
    problems.push(`PG_PORT=“${env.PG_PORT}”应是端口号，例如 5432 / PG_PORT must be a port number.`);

  const port = Number(env.PORT || 8360);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    problems.push(`PORT=“${env.PORT}”应是 1–65535 的端口号 / PORT must be a port number.`);

  for (const [key, least] of WHOLE_NUMBERS) {
    if (!/^\d+$/.test(env[key]) || Number(env[key]) < least)
      problems.push(`${key}=“${env[key]}”应是不小于 ${least} 的整数 / ${key} must be a whole number ≥ ${least}.`);
  }

  const registration = /** @type {'closed' | 'open'} */ (env.WALINE_REGISTRATION);
  if (!(/** @type {readonly string[]} */ (REGISTRATION_MODES).includes(registration))) {
    problems.push(
      `WALINE_REGISTRATION=“${env.WALINE_REGISTRATION}”只能是 closed（书记开通账号）或 open（自助注册）/ WALINE_REGISTRATION must be closed or open.`,
    );
  }
  if (env.LOGIN !== 'force')
    warnings.push('LOGIN 不是 force：未登录的访客也能发表评论。/ LOGIN is not "force": guests can post.');
  if (/^(0|false)$/i.test(env.COMMENT_AUDIT ?? ''))
    warnings.push(
      'COMMENT_AUDIT 已关闭：新评论不经审核直接公开。/ COMMENT_AUDIT is off: comments appear without review.',
    );
  if (env.SITE_URL?.startsWith('https://') && !env.SERVER_URL) {
    warnings.push(
      '没有设置 SERVER_URL：服务在 nginx 的 /waline/ 之后时，管理页面会找不到接口。请设为 https://网站域名/waline / SERVER_URL is not set.',
    );
  }

  return {
    host: env.HOST || '127.0.0.1',
    port,
    registration,
    serverUrl: env.SERVER_URL,
    limits: {
      maxLength: Number(env.WALINE_MAX_LENGTH),
      addressSeconds: Number(env.IPQPS),
      accountSeconds: Number(env.WALINE_ACCOUNT_INTERVAL),
      memberSessionSeconds: Number(env.WALINE_MEMBER_SESSION_DAYS) * 86_400,
      adminSessionSeconds: Number(env.WALINE_ADMIN_SESSION_HOURS) * 3_600,
      // Officers' display names (comma-separated) that members may not take; administrators' names are reserved anyway.
      reservedNames: (env.WALINE_RESERVED_NAMES ?? '')
        .split(/[,，]/)
        .map((name) => name.trim())
        .filter(Boolean),
    },
    env,
    problems,
    warnings,
  };
}

/** The path the entry serves the administration page's script under (not under /ui, which Waline answers itself). */
export const ADMIN_SCRIPT_PATH = '/static/waline-admin.js';

/** Where the administration page loads its script from: the service itself, never a CDN. */
export const adminScriptUrl = (/** @type {string | undefined} */ serverUrl) => `${serverUrl ?? ''}${ADMIN_SCRIPT_PATH}`;
