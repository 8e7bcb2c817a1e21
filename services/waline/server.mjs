#!/usr/bin/env node
// @ts-check
/**
 * Runs Waline (@waline/vercel) as a plain Node HTTP server, configured through
 * environment variables only (see waline.env.example), on one port behind the
 * site's own nginx. Beside Waline's routes it answers two itself:
 *   GET /static/waline-admin.js  Waline's administration page script, built from
 *                                the pinned upstream source (admin/), so /ui/
 *                                needs no CDN;
 *   GET /healthz                 200 once the database answers, 503 while it
 *                                does not (for systemd, docker and the tests).
 * and replaces Waline's demo page at / (which loads scripts from a CDN).
 * Before Waline sees a request, a session token is exchanged for Waline's own
 * (session.cjs); the administration page gets a content security policy.
 * The service outlives its database: a stopped or restarted PostgreSQL makes
 * requests fail until it is back, never the process exit.
 * SIGTERM / SIGINT close the server and the database connections, then exit.
 */
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { createHmac } from 'node:crypto';
import { ADMIN_SCRIPT_PATH, adminScriptUrl, serviceConfig } from './config.mjs';
import { adminPagePolicy } from './admin-policy.mjs';
import { openPool, usersTable } from '../branch/connect.mjs';
import { branchConfig } from '../branch/config.mjs';
import { API_PREFIX as BRANCH_API_PREFIX, createBranchService } from '../branch/index.mjs';

const require = createRequire(import.meta.url);
/** ThinkJS's global, set when Waline loads. */
const think = () => /** @type {any} */ (globalThis).think;
const config = serviceConfig(process.env);
const branchSettings = branchConfig(process.env);
config.problems.push(...branchSettings.problems);
for (const warning of config.warnings) console.warn(`[waline] 注意 / warning: ${warning}`);
if (config.problems.length) {
  console.error(
    `[waline] 配置有误，服务未启动 / configuration errors, not started:\n  - ${config.problems.join('\n  - ')}`,
  );
  console.error('[waline] 变量的说明见 services/waline/waline.env.example 和 docs/waline.md。');
  process.exit(2);
}

// Waline reads these when its modules load: set them first.
Object.assign(process.env, config.env);
process.env.WALINE_ADMIN_MODULE_ASSET_URL ||= adminScriptUrl(config.serverUrl);

// The speed limit per address is this service's own (policy.cjs, atomic): Waline's, which counts
// stored rows and lets simultaneous posts through, is switched off so it cannot answer in English.
process.env.IPQPS = '0';

const adminScript = readFileSync(new URL('./admin/admin.js', import.meta.url));
const walineRequire = createRequire(require.resolve('@waline/vercel/package.json'));
withoutSqlite();
survivePoolErrors();
const { walineSettings } = require('./policy.cjs');
const { passwordFingerprint, readSession, verifySession, walineToken } = require('./session.cjs');
const session = {
  secret: config.env.JWT_TOKEN,
  memberSeconds: config.limits.memberSessionSeconds,
  adminSeconds: config.limits.adminSessionSeconds,
};
const waline = require('@waline/vercel')(
  walineSettings({
    registration: config.registration,
    maxLength: config.limits.maxLength,
    addressSeconds: config.limits.addressSeconds,
    accountSeconds: config.limits.accountSeconds,
    reservedNames: config.limits.reservedNames,
    session,
  }),
);
const branch = createBranchService({
  pool: openPool(process.env),
  secret: sessionSecret(),
  usersTable: usersTable(process.env),
  readSession: (token) => readSession(session, token),
  passwordFingerprint,
  config: branchSettings,
  postSeconds: config.limits.accountSeconds,
});

// Waline's PostgreSQL adapter logs the connection string with the database
// password, and every SQL statement with its values (password hashes, e-mail
// addresses, comment text), at INFO level: keep both out of the journal.
const modelConfig = think().config('model');
think().config('model', {
  ...modelConfig,
  postgresql: { ...modelConfig.postgresql, logSql: false, logConnect: false },
});
// Its debug messages carry every new comment with the author's e-mail and IP address: not for the journal either.
Object.assign(think().logger, { debug: () => {}, trace: () => {} });

/**
 * Waline loads its SQLite adapter at start even when it runs on PostgreSQL; the
 * sqlite3 package is installed without its native binary (.npmrc: ignore-scripts),
 * so loading it would print a long error. Stand in for it with a module that
 * fails only if SQLite were actually used.
 */
function withoutSqlite() {
  const sqliteAdapter = createRequire(walineRequire.resolve('think-model-sqlite/package.json'));
  const path = sqliteAdapter.resolve('sqlite3');
  const unavailable = () => {
    throw new Error('SQLite is not available in this service: it runs on PostgreSQL (set PG_DB).');
  };
  require.cache[path] = /** @type {any} */ ({
    id: path,
    filename: path,
    loaded: true,
    exports: { Database: unavailable, verbose: () => ({ Database: unavailable }) },
  });
}

/**
 * When PostgreSQL stops or restarts, its connections in Waline's pool fail:
 * an idle one makes the pool emit 'error', one in use emits 'error' itself
 * (besides failing its query). Waline's adapter (think-model-postgresql)
 * listens to neither, and Node ends the process on an 'error' nobody listens
 * to. The pool already drops a broken connection and opens a new one on the
 * next query, so noting the error is all it takes: requests fail while the
 * database is away (the health check answers 503) and succeed once it is back.
 * The adapter takes `Pool` from `pg` when it loads: replaced before Waline loads.
 */
function survivePoolErrors() {
  const adapterRequire = createRequire(walineRequire.resolve('think-model-postgresql/package.json'));
  const pg = adapterRequire('pg');
  let reported = 0;
  const note = (/** @type {Error} */ error) => {
    // One line per second at most: a restart breaks every pooled connection at once.
    if (Date.now() - reported < 1000) return;
    reported = Date.now();
    console.error(
      `[waline] 数据库连接中断，数据库恢复后自动重连 / database connection lost, reconnecting when it is back: ${error.message}`,
    );
  };
  const { Pool } = pg;
  pg.Pool = class extends Pool {
    /** @param {any} options */
    constructor(options) {
      super(options);
      this.on('error', note);
      this.on('connect', (/** @type {import('node:events').EventEmitter} */ client) => client.on('error', note));
    }
  };
}

/** The branch service's own key for receipts and codes, derived from JWT_TOKEN (never the key itself). */
function sessionSecret() {
  return createHmac('sha256', String(config.env.JWT_TOKEN)).update('dangjian-branch-codes-v1').digest('hex');
}

/** The users table through Waline's storage service. @returns {any} */
const usersModel = () => think().service(`storage/${think().config('storage')}`, 'Users');

/**
 * Exchanges the request's session token (Authorization: Bearer …) for
 * Waline's own, or removes it when it is not a valid session (expired, from
 * before a password change, Waline's own everlasting form, forged): the request
 * goes on signed out. Waline also reads a token from `?state=` (social
 * sign-in, switched off here): removed, so no token gets in that way.
 * @param {import('node:http').IncomingMessage} req
 */
async function exchangeToken(req) {
  const url = new URL(req.url ?? '/', 'http://service');
  if (url.searchParams.has('state')) {
    url.searchParams.delete('state');
    req.url = url.pathname + url.search;
  }
  const header = req.headers.authorization;
  if (!header) return;
  delete req.headers.authorization;
  const findPassword = async (/** @type {string} */ id) => {
    const [user] = await usersModel().select({ objectId: id, type: ['!=', 'banned'] }, { field: ['id', 'password'] });
    return user ? String(user.password) : undefined;
  };
  const id = await verifySession(session, header.replace(/^Bearer\s+/i, ''), findPassword, branch.isRevoked).catch(
    () => undefined,
  );
  if (id) req.headers.authorization = `Bearer ${walineToken(session.secret, id)}`;
}

/**
 * The administration page (/ui/…) with a content security policy: Waline
 * writes it with one inline script (its settings), allowed by its hash.
 * @param {import('node:http').ServerResponse} res
 */
function withAdminPagePolicy(res) {
  const end = res.end.bind(res);
  res.end = /** @type {any} */ (
    (/** @type {any} */ body, /** @type {any[]} */ ...rest) => {
      if (!res.headersSent && (body instanceof Buffer || typeof body === 'string'))
        res.setHeader('content-security-policy', adminPagePolicy(String(body)));
      return end(body, ...rest);
    }
  );
}

/** Answers the health check from the database through Waline's storage service. */
async function healthy() {
  try {
    await usersModel().count({});
    return true;
  } catch {
    return false;
  }
}

/** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
async function handle(req, res) {
  const path = (req.url ?? '/').split('?')[0];
  if ((req.method === 'GET' || req.method === 'HEAD') && path === ADMIN_SCRIPT_PATH) {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' });
    return res.end(adminScript);
  }
  if (req.method === 'GET' && path === '/') {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    return res.end(
      '支部讨论服务（Waline）正在运行。管理页面：/ui/ / The branch discussion service (Waline) is running; administration at /ui/.\n',
    );
  }
  if (req.method === 'GET' && path === '/healthz') {
    const ok = await healthy();
    res.writeHead(ok ? 200 : 503, { 'content-type': 'text/plain' });
    return res.end(ok ? 'ok\n' : 'database unreachable\n');
  }
  if (path.startsWith(BRANCH_API_PREFIX)) return branch.handle(req, res);
  if (/^\/ui(\/|$)/.test(path)) withAdminPagePolicy(res);
  await exchangeToken(req);
  return waline(req, res);
}

// An error escaping a request (a request line Node parses but URL does not, say) must end that request, not the
// process: an unhandled rejection would stop the service for everyone.
const server = createServer((req, res) => {
  handle(req, res).catch((/** @type {Error} */ error) => {
    console.error(`[waline] 请求出错 / request failed: ${error.message}`);
    if (!res.headersSent) res.writeHead(400, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ errno: 400, errmsg: '请求有误。/ Bad request.' }));
  });
});

server.listen(config.port, config.host, () => {
  console.log(
    `[waline] 讨论服务已启动 / listening on http://${config.host}:${config.port}（注册：${config.registration}）`,
  );
});

let stopping = false;
/** @param {NodeJS.Signals} signal */
function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`[waline] 收到 ${signal}，正在停止 / stopping`);
  server.close(() => process.exit(0));
  server.closeAllConnections();
  // A stuck database connection must not keep the process alive.
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
