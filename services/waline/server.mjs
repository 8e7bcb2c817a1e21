#!/usr/bin/env node
// @ts-check
/**
 * Runs Waline (@waline/vercel) as a plain Node HTTP server, configured through
 * environment variables only (see waline.env.example), on one port behind the
 * site's own nginx. Beside Waline's routes it answers two itself:
 *   GET /static/waline-admin.js  Waline's administration page script, built from
 *                                the pinned upstream source (admin/), so /ui/
 *                                needs no CDN;
 *   GET /healthz                 200 once the database answers (for systemd,
 *                                docker and the tests).
 * and replaces Waline's demo page at / (which loads scripts from a CDN).
 * SIGTERM / SIGINT close the server and the database connections, then exit.
 */
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { ADMIN_SCRIPT_PATH, adminScriptUrl, serviceConfig } from './config.mjs';

const require = createRequire(import.meta.url);
/** ThinkJS's global, set when Waline loads. */
const think = () => /** @type {any} */ (globalThis).think;
const config = serviceConfig(process.env);
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

const adminScript = readFileSync(new URL('./admin/admin.js', import.meta.url));
withoutSqlite();
const { walineSettings } = require('./policy.cjs');
const waline = require('@waline/vercel')(walineSettings({ registration: config.registration }));
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
  const walineRequire = createRequire(require.resolve('@waline/vercel/package.json'));
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

/** Answers the health check from the database through Waline's storage service. */
async function healthy() {
  try {
    await think()
      .service(`storage/${think().config('storage')}`, 'Users')
      .count({});
    return true;
  } catch {
    return false;
  }
}

const server = createServer(async (req, res) => {
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
  return waline(req, res);
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
