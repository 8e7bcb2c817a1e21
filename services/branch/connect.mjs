// @ts-check
/**
 * A connection pool to the service's database, for the server and for the
 * commands that run beside it (the roster, the tests). `pg` is the discussion
 * service's dependency (services/waline/package.json): one copy for both.
 * The pool outlives a stopped PostgreSQL: errors are noted, it reconnects on the next query.
 */
import { createRequire } from 'node:module';
import { connectionOptions } from '../waline/init-db.mjs';

const pg = createRequire(new URL('../waline/package.json', import.meta.url))('pg');

/**
 * @param {Record<string, string | undefined>} env PG_HOST, PG_PORT, PG_DB, PG_USER, PG_PASSWORD, PG_SSL
 * @param {{ max?: number, log?: (line: string) => void }} [options]
 * @returns {import('./store.mjs').Pool & { end: () => Promise<void> }}
 */
export function openPool(env, { max = 10, log = console.error } = {}) {
  const pool = new pg.Pool({ ...connectionOptions(env), max, connectionTimeoutMillis: 5000 });
  const note = (/** @type {Error} */ error) =>
    log(`[branch] 数据库连接中断，恢复后自动重连 / database connection lost: ${error.message}`);
  pool.on('error', note);
  pool.on('connect', (/** @type {import('node:events').EventEmitter} */ client) => client.on('error', note));
  return pool;
}

/** The users table's name (Waline's, with the configured prefix). @param {Record<string, string | undefined>} env */
export const usersTable = (env) => `${env.PG_PREFIX || 'wl_'}users`;
