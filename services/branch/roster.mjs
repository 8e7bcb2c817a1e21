// @ts-check
/**
 * The roster: which discussion accounts are the branch's members, at what
 * stage, holding what duty. Built from the member archive (`npm run
 * branch:roster`, scripts/branch-roster.ts), matched by the archive's
 * 讨论区账号 (display name or e-mail of the account), and replaced as a whole
 * in one transaction: the archive is the one source.
 */
import { inTransaction } from './store.mjs';

/**
 * @typedef {{ memberId: string, name: string, stage: string, duties: string[], accounts: string[] }} ArchiveMember
 * @typedef {{ linked: { memberId: string, name: string, accountId: number }[],
 *   unmatched: { memberId: string, name: string, accounts: string[] }[],
 *   shared: { account: string, members: string[] }[] }} RosterResult
 */

/**
 * Replaces the roster with the archive's members whose account exists.
 * @param {import('./store.mjs').Pool} pool @param {string} usersTable @param {ArchiveMember[]} members
 * @returns {Promise<RosterResult>}
 */
export async function syncRoster(pool, usersTable, members) {
  const { rows: users } = await pool.query(`SELECT id, display_name, email FROM ${usersTable} WHERE type <> 'banned'`);
  const byName = new Map();
  for (const user of users) {
    byName.set(String(user.display_name).trim().toLowerCase(), Number(user.id));
    byName.set(String(user.email).trim().toLowerCase(), Number(user.id));
  }
  /** @type {RosterResult} */
  const result = { linked: [], unmatched: [], shared: [] };
  /** @type {Map<number, string[]>} account → members claiming it */
  const claims = new Map();
  for (const member of members) {
    const accountId = member.accounts.map((a) => byName.get(a.trim().toLowerCase())).find((id) => id !== undefined);
    if (accountId === undefined) {
      result.unmatched.push({ memberId: member.memberId, name: member.name, accounts: member.accounts });
      continue;
    }
    claims.set(accountId, [...(claims.get(accountId) ?? []), member.memberId]);
    result.linked.push({ memberId: member.memberId, name: member.name, accountId });
  }
  // One account, one member: an account two archives name is linked to neither, and reported.
  for (const [accountId, memberIds] of claims)
    if (memberIds.length > 1) {
      const account = users.find((u) => Number(u.id) === accountId);
      result.shared.push({ account: account?.display_name ?? String(accountId), members: memberIds });
      result.linked = result.linked.filter((l) => l.accountId !== accountId);
    }
  const byId = new Map(members.map((m) => [m.memberId, m]));
  await inTransaction(pool, async (client) => {
    await client.query('DELETE FROM branch_member');
    for (const link of result.linked) {
      const member = /** @type {ArchiveMember} */ (byId.get(link.memberId));
      await client.query(
        `INSERT INTO branch_member (account_id, member_id, name, stage, duties) VALUES ($1, $2, $3, $4, $5)`,
        [link.accountId, member.memberId, member.name, member.stage, member.duties],
      );
    }
  });
  return result;
}
