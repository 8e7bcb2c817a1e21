#!/usr/bin/env node
// @ts-check
/**
 * Accounts with closed registration (WALINE_REGISTRATION=closed): Waline's own
 * pages have no "create user" form, so the secretary creates members' accounts
 * here, through Waline's API with the administrator's token.
 *
 *   node account.mjs token                       signs in as administrator, prints the token
 *   node account.mjs add <email> <显示名>         creates a member account, prints its first password
 *
 * Environment: WALINE_URL (default http://127.0.0.1:8360), WALINE_TOKEN (for add).
 */
import { randomInt } from 'node:crypto';
import { createInterface } from 'node:readline/promises';

const base = (process.env.WALINE_URL || 'http://127.0.0.1:8360').replace(/\/+$/, '');
// No 0/O, 1/l/I: the password is read aloud or copied from paper.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** @param {number} length */
export const firstPassword = (length = 12) =>
  Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

/** @param {string} path @param {unknown} body @param {string} [token] */
async function post(path, body, token) {
  const response = await fetch(`${base}/api/${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      referer: `${base}/`,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  }).catch((error) => {
    throw new Error(`连不上讨论服务 ${base}：${error.message}（服务在运行吗？WALINE_URL 对吗？）`);
  });
  const answer = /** @type {{ errno: number, errmsg: string, data: any }} */ (await response.json());
  if (answer.errmsg === 'USER_EXIST') throw new Error('这个邮箱已经有账号了。/ An account with this e-mail exists.');
  if (answer.errno !== 0) throw new Error(answer.errmsg || `HTTP ${response.status}`);
  return answer.data;
}

async function token() {
  // Lines through the iterator, which buffers them: piped input arrives at once.
  const rl = createInterface({ input: process.stdin, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  process.stderr.write('管理员邮箱 / administrator e-mail: ');
  const email = String((await lines.next()).value ?? '').trim();
  process.stderr.write('密码 / password: ');
  const password = String((await lines.next()).value ?? '');
  rl.close();
  const user = await post('token', { email, password }).catch(() => {
    throw new Error('登录失败：邮箱或密码不对。/ Sign-in failed.');
  });
  if (user.type !== 'administrator') throw new Error('这个账号不是管理员。/ Not an administrator.');
  console.error(
    '管理员令牌（像密码一样保管；WALINE_ADMIN_SESSION_HOURS 小时后、改密码或更换 JWT_TOKEN 后失效，默认 12 小时）/ administrator token (expires):',
  );
  console.log(user.token);
}

/** @param {string | undefined} email @param {string | undefined} name */
async function add(email, name) {
  if (!email || !/^[^@\s]+@[^@\s]+$/.test(email) || !name)
    throw new Error('用法 / usage: node account.mjs add 邮箱 显示名');
  const adminToken = process.env.WALINE_TOKEN;
  if (!adminToken)
    throw new Error('请先设置 WALINE_TOKEN（管理员令牌，用 node account.mjs token 取得）。/ WALINE_TOKEN is not set.');
  const password = firstPassword();
  await post('user', { email, display_name: name, password }, adminToken);
  console.log(`已开通账号 / account created: ${name} <${email}>`);
  console.log(`初始密码 / first password: ${password}`);
  console.log(`请转告本人：在 ${base}/ui/login 登录后，到 ${base}/ui/profile 修改密码。`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, ...args] = process.argv.slice(2);
  try {
    if (command === 'token') await token();
    else if (command === 'add') await add(args[0], args[1]);
    else throw new Error('用法 / usage: node account.mjs token | add 邮箱 显示名');
  } catch (error) {
    console.error(`失败 / failed: ${/** @type {Error} */ (error).message}`);
    process.exitCode = 1;
  }
}
