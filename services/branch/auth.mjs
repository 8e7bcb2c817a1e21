// @ts-check
/**
 * Who is calling, in one place for every member service: the session token
 * the discussion service issued (services/waline/session.cjs) → the account
 * (Waline's users table) → the roster (branch_member: the archive's member,
 * stage and duties) → roles. Signing out revokes the token for the discussion
 * box and the branch service alike.
 */
import { refuse } from './http.mjs';

/**
 * @typedef {'anyone' | 'signed-in' | 'member' | 'reader' | 'admin'} Role
 * @typedef {{ memberId: string, name: string, stage: string, duties: string[] }} RosterEntry
 * @typedef {{ accountId: number, name: string, admin: boolean, member: RosterEntry | undefined,
 *   tokenId: string, expiresAt: Date, reads: { opinion: boolean, report: boolean } }} Principal
 */

/**
 * @param {{ pool: import('./store.mjs').Pool, usersTable: string,
 *   readSession: (token: string) => { id: string, passwordFingerprint: string, tokenId: string, expiresAt: Date } | undefined,
 *   passwordFingerprint: (hash: string) => string,
 *   readers: { opinion: string[], report: string[] } }} options
 */
export function createAuth({ pool, usersTable, readSession, passwordFingerprint, readers }) {
  /** @param {string[]} duties @param {string[]} allowed `*`: any duty */
  const holds = (duties, allowed) => duties.some((duty) => allowed.includes('*') || allowed.includes(duty));

  /**
   * The caller, or undefined when the request carries no valid session.
   * @param {import('node:http').IncomingMessage} req @returns {Promise<Principal | undefined>}
   */
  async function principal(req) {
    const header = String(req.headers.authorization ?? '');
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!token) return undefined;
    const session = readSession(token);
    if (!session || !/^\d+$/.test(session.id)) return undefined;
    const { rows } = await pool.query(
      `SELECT u.id, u.display_name, u.type, u.password, m.member_id, m.name, m.stage, m.duties,
              EXISTS (SELECT 1 FROM branch_revoked_session r WHERE r.token_id = $2) AS revoked
         FROM ${usersTable} u LEFT JOIN branch_member m ON m.account_id = u.id
        WHERE u.id = $1 AND u.type <> 'banned'`,
      [Number(session.id), session.tokenId],
    );
    const row = rows[0];
    if (!row || row.revoked || passwordFingerprint(row.password) !== session.passwordFingerprint) return undefined;
    /** @type {RosterEntry | undefined} */
    const member = row.member_id
      ? { memberId: row.member_id, name: row.name, stage: row.stage, duties: row.duties ?? [] }
      : undefined;
    const duties = member?.duties ?? [];
    return {
      accountId: Number(row.id),
      name: member?.name ?? row.display_name,
      admin: row.type === 'administrator',
      member,
      tokenId: session.tokenId,
      expiresAt: session.expiresAt,
      reads: { opinion: holds(duties, readers.opinion), report: holds(duties, readers.report) },
    };
  }

  /**
   * Refuses a caller who does not hold the route's role (401 signed out, 403 otherwise).
   * @param {Principal | undefined} caller @param {Role} role
   */
  function require(caller, role) {
    if (role === 'anyone') return;
    if (!caller) throw refuse(401, 'signed-out', '请先登录。');
    if (role === 'signed-in') return;
    if (role === 'member' && !caller.member)
      throw refuse(403, 'not-member', '您的账号还没有对应到支部的党员档案，请联系支部书记。');
    if (role === 'reader' && !caller.reads.opinion && !caller.reads.report)
      throw refuse(403, 'not-reader', '只有支委会委员和纪检委员可以查看来信。');
    if (role === 'admin' && !caller.admin) throw refuse(403, 'not-admin', '只有支部的管理员可以查看。');
  }

  /** Ends the session everywhere it is accepted, until it would have expired anyway. @param {Principal} caller */
  async function signOut(caller) {
    await pool.query(
      `INSERT INTO branch_revoked_session (token_id, expires_at) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [caller.tokenId, caller.expiresAt],
    );
    await pool.query(`DELETE FROM branch_revoked_session WHERE expires_at < now()`);
  }

  /** Whether a token id was signed out (the discussion service asks before it accepts a session). @param {string} tokenId */
  async function isRevoked(tokenId) {
    const { rows } = await pool.query(`SELECT 1 FROM branch_revoked_session WHERE token_id = $1`, [tokenId]);
    return rows.length > 0;
  }

  return { principal, require, signOut, isRevoked };
}
