#!/usr/bin/env node
// @ts-check
/**
 * Creates Waline's database (when the role may) and its tables, idempotently:
 * running it again on a working database changes nothing. Reads the same
 * variables as the service (PG_HOST, PG_PORT, PG_DB, PG_USER, PG_PASSWORD,
 * PG_PREFIX, PG_SSL), so `node init-db.mjs` with the service's environment file
 * loaded is all an operator runs.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { BRANCH_TABLES } from '../branch/tables.mjs';

const SCHEMA = new URL('./schema.sql', import.meta.url);
/** The branch service's tables (ballots, the confidential channel…), beside Waline's, without the prefix. */
const BRANCH_SCHEMA = new URL('../branch/schema.sql', import.meta.url);
const TABLES = ['comment', 'counter', 'users'];

/**
 * @param {Record<string, string | undefined>} env
 * @param {string} [database]
 */
export function connectionOptions(env, database = env.PG_DB) {
  return {
    host: env.PG_HOST || '127.0.0.1',
    port: Number(env.PG_PORT || 5432),
    user: env.PG_USER,
    password: env.PG_PASSWORD || undefined,
    database,
    ssl: env.PG_SSL === 'true' ? { rejectUnauthorized: false } : undefined,
    connectionTimeoutMillis: 10_000,
  };
}

/** The schema with the configured table prefix. @param {string} prefix */
export function schemaSql(prefix = 'wl_') {
  if (!/^[a-z_][a-z0-9_]*$/.test(prefix))
    throw new Error(`PG_PREFIX=“${prefix}”只能含小写字母、数字和下划线 / PG_PREFIX must be [a-z0-9_]`);
  return readFileSync(SCHEMA, 'utf8').replace(/\bwl_/g, prefix);
}

/** @param {Record<string, string | undefined>} env @param {(line: string) => void} log */
export async function initDatabase(env, log = console.log) {
  if (!env.PG_DB || !env.PG_USER)
    throw new Error('请设置 PG_DB 和 PG_USER（与服务的环境文件相同）/ PG_DB and PG_USER are required.');
  if (!/^[A-Za-z0-9_]+$/.test(env.PG_DB))
    throw new Error(`PG_DB=“${env.PG_DB}”只能含字母、数字和下划线 / PG_DB must be [A-Za-z0-9_]`);
  const prefix = env.PG_PREFIX || 'wl_';
  await ensureDatabase(env, log);
  const client = new pg.Client(connectionOptions(env));
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(schemaSql(prefix));
    await client.query(readFileSync(BRANCH_SCHEMA, 'utf8'));
    await client.query('COMMIT');
    const { rows } = await client.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ANY($1) ORDER BY table_name`,
      [[...TABLES.map((t) => prefix + t), ...BRANCH_TABLES]],
    );
    log(
      `数据库 ${env.PG_DB} 已就绪，表：${rows.map((/** @type {{ table_name: string }} */ r) => r.table_name).join('、')} / database ready`,
    );
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** Creates the database when it is missing and the role may create databases; otherwise says which command to run. */
async function ensureDatabase(
  /** @type {Record<string, string | undefined>} */ env,
  /** @type {(line: string) => void} */ log,
) {
  const probe = new pg.Client(connectionOptions(env));
  try {
    await probe.connect();
    return;
  } catch (error) {
    if (/** @type {{ code?: string }} */ (error).code !== '3D000') throw explain(error, env);
  } finally {
    await probe.end().catch(() => {});
  }
  const admin = new pg.Client(connectionOptions(env, 'postgres'));
  await admin.connect().catch((/** @type {unknown} */ error) => {
    throw explain(error, env);
  });
  try {
    await admin.query(`CREATE DATABASE "${env.PG_DB}" ENCODING 'UTF8' TEMPLATE template0`);
    log(`已创建数据库 ${env.PG_DB} / created database ${env.PG_DB}`);
  } catch (error) {
    if (/** @type {{ code?: string }} */ (error).code === '42501') {
      throw new Error(
        `数据库 ${env.PG_DB} 不存在，用户 ${env.PG_USER} 也无权创建。请以管理员执行：sudo -u postgres createdb -O ${env.PG_USER} ${env.PG_DB} / database missing and ${env.PG_USER} may not create it.`,
      );
    }
    throw error;
  } finally {
    await admin.end();
  }
}

/** Turns the usual connection failures into the fix. @param {unknown} error @param {Record<string, string | undefined>} env */
function explain(error, env) {
  const { code, message } = /** @type {{ code?: string, message: string }} */ (error);
  const where = `${env.PG_HOST || '127.0.0.1'}:${env.PG_PORT || 5432}`;
  if (code === 'ECONNREFUSED')
    return new Error(
      `连不上 PostgreSQL（${where}）：服务没有运行，或 PG_HOST/PG_PORT 不对。/ Cannot connect to PostgreSQL at ${where}.`,
    );
  if (code === '28P01' || code === '28000')
    return new Error(
      `PostgreSQL 拒绝了用户 ${env.PG_USER} 的登录：检查 PG_USER / PG_PASSWORD。/ Authentication failed: ${message}`,
    );
  return error instanceof Error ? error : new Error(String(error));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    await initDatabase(process.env);
  } catch (error) {
    console.error(`初始化数据库失败 / database setup failed: ${/** @type {Error} */ (error).message}`);
    process.exitCode = 1;
  }
}
