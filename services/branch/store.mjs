// @ts-check
/**
 * The branch service's storage: the discussion service's PostgreSQL pool
 * (same database), and one transaction helper every write goes through, so a
 * failure half-way (the database stopping mid-vote) leaves nothing half-written.
 */
import { BranchError, refuse } from './http.mjs';

/** @typedef {{ query: (text: string, values?: unknown[]) => Promise<{ rows: any[], rowCount: number | null }>, connect: () => Promise<Client> }} Pool */
/** @typedef {{ query: Pool['query'], release: (error?: Error) => void }} Client */

/** PostgreSQL's error classes that mean the database is away, not that the request was wrong. */
const UNAVAILABLE = /^(08|57P|53)/;

/** Whether an error means the database cannot be reached now. @param {unknown} error */
export function databaseUnavailable(error) {
  const code = /** @type {{ code?: unknown }} */ (error)?.code;
  if (typeof code === 'string') return UNAVAILABLE.test(code) || code === 'ECONNREFUSED' || code === 'ECONNRESET';
  return /connect|terminat|ECONNREFUSED|ECONNRESET|timeout/i.test(String(/** @type {Error} */ (error)?.message));
}

/** The refusal members see while the database is away: what they entered stays on their page. */
export const unavailable = () =>
  refuse(503, 'unavailable', '服务暂时无法保存，您填写的内容仍在页面上，请稍后再点提交。');

/**
 * Runs `work` in one transaction; rolls back on any error.
 * @template T @param {Pool} pool @param {(client: Client) => Promise<T>} work @returns {Promise<T>}
 */
export async function inTransaction(pool, work) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    client.release();
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    // A refusal leaves the connection sound; any other error may have broken it: let the pool drop it.
    client.release(error instanceof BranchError ? undefined : /** @type {Error} */ (error));
    throw error;
  }
}

/**
 * Records who read or exported what. Never called for ballots.
 * @param {Pick<Pool, 'query'>} db @param {number} accountId @param {string} action @param {string} target
 */
export const audit = (db, accountId, action, target) =>
  db.query(`INSERT INTO branch_audit (account_id, action, target) VALUES ($1, $2, $3)`, [accountId, action, target]);
