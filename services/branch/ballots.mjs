// @ts-check
/**
 * Secret ballots and 民主评议. A ballot is one row (branch_ballot), frozen the
 * first time it is used after opening: its definition, the accounts entitled
 * to vote, and for 民主评议 the members to grade. Casting adds the account to
 * the sorted list of voters and the ballot to the list of casts sorted by its
 * receipt, in one transaction under the row's lock: exactly one ballot per
 * member, and nothing (no column, no order, no time) that tells which cast is
 * whose. Nothing about a ballot is logged or audited.
 */
import {
  ballotState,
  candidatesFor,
  checkAnswers,
  checkGrades,
  publicResults,
  reviewFingerprint,
  reviewReport,
} from './ballot-rules.mjs';
import { changeKey, receiptCode, REQUEST_ID, sha256 } from './codes.mjs';
import { refuse, toCsv } from './http.mjs';
import { audit, inTransaction } from './store.mjs';

/** Stages that vote; 预备党员 when the ballot includes them (they take part in 民主评议 but are not graded). */
const FULL = '正式党员';
const PROBATIONARY = '预备党员';

/** @param {number[]} list @param {number} value */
const sortedWith = (list, value) => [...list, value].sort((a, b) => a - b);

/** Beijing time as members read it: 2026年12月5日 20:00. @param {string} iso */
const beijing = (iso) =>
  new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(iso));

/**
 * @param {{ pool: import('./store.mjs').Pool, secret: string,
 *   definitions: { get: (id: string) => Promise<import('./ballot-rules.mjs').BallotDefinition | undefined> },
 *   now?: () => number }} options
 */
export function createBallots({ pool, secret, definitions, now = Date.now }) {
  /**
   * The ballot's row, frozen now if it has opened and was not yet; undefined before it opens.
   * @param {import('./store.mjs').Client | import('./store.mjs').Pool} db @param {import('./ballot-rules.mjs').BallotDefinition} def @param {boolean} lock
   */
  async function frozen(db, def, lock) {
    const select = `SELECT definition, eligible, voters, casts, candidates FROM branch_ballot WHERE id = $1${lock ? ' FOR UPDATE' : ''}`;
    const found = (await db.query(select, [def.id])).rows[0];
    if (found || ballotState(def, now()) === 'upcoming') return found;
    const stages = def.includeProbationary ? [FULL, PROBATIONARY] : [FULL];
    const roster = (await db.query(`SELECT account_id, member_id, name, stage FROM branch_member ORDER BY member_id`))
      .rows;
    const eligible = roster
      .filter((m) => stages.includes(m.stage))
      .map((m) => Number(m.account_id))
      .sort((a, b) => a - b);
    const candidates =
      def.kind === 'review'
        ? roster
            .filter((m) => m.stage === FULL)
            .map((m) => ({ memberId: m.member_id, name: m.name, accountId: Number(m.account_id) }))
        : [];
    await db.query(
      `INSERT INTO branch_ballot (id, definition, eligible, candidates) VALUES ($1, $2::jsonb, $3, $4::jsonb) ON CONFLICT (id) DO NOTHING`,
      [def.id, JSON.stringify(def), eligible, JSON.stringify(candidates)],
    );
    return (await db.query(select, [def.id])).rows[0];
  }

  /** The definition as frozen (it wins over later edits), or as published. @param {string} id */
  async function find(id) {
    const published = await definitions.get(id);
    const row = (await pool.query(`SELECT definition FROM branch_ballot WHERE id = $1`, [id])).rows[0];
    const def = row?.definition ?? published;
    if (!def) throw refuse(404, 'no-ballot', '没有这项投票。');
    return def;
  }

  /** Who may vote before the ballot opens (the roll is frozen at opening). @param {import('./ballot-rules.mjs').BallotDefinition} def */
  async function rollNow(def) {
    const stages = def.includeProbationary ? [FULL, PROBATIONARY] : [FULL];
    const { rows } = await pool.query(`SELECT account_id FROM branch_member WHERE stage = ANY($1)`, [stages]);
    return rows.map((r) => Number(r.account_id));
  }

  /**
   * The ballot as a member's page shows it: definition, state, turnout; and for
   * the caller whether they may vote and have voted, and whom they grade.
   * @param {import('./auth.mjs').Principal | undefined} caller @param {string} id
   */
  async function view(caller, id) {
    const def = await find(id);
    const row = await frozen(pool, def, false);
    const eligible = row ? row.eligible.map(Number) : await rollNow(def);
    const voters = row ? row.voters.map(Number) : [];
    const state = ballotState(def, now());
    const { id: _id, ...shown } = def;
    /** @type {Record<string, unknown>} */
    const answer = { id, ...shown, state, turnout: { voted: voters.length, eligible: eligible.length } };
    if (caller) {
      const mayVote = Boolean(caller.member) && eligible.includes(caller.accountId);
      answer.me = {
        eligible: mayVote,
        voted: voters.includes(caller.accountId),
        reason: mayVote ? undefined : caller.member ? 'not-on-roll' : 'not-member',
      };
      if (def.kind === 'review' && mayVote && row)
        answer.candidates = candidatesFor(row.candidates, caller.member?.memberId).map(({ memberId, name }) => ({
          memberId,
          name,
        }));
    }
    return answer;
  }

  /**
   * Casts (or, where allowed, changes) the caller's ballot.
   * @param {import('./auth.mjs').Principal} caller @param {string} id @param {Record<string, unknown>} body
   */
  async function cast(caller, id, body) {
    const requestId = String(body.requestId ?? '');
    if (!REQUEST_ID.test(requestId)) throw refuse(400, 'bad-request-id', '请求不完整，请刷新页面后再试。');
    const published = await find(id);
    return inTransaction(pool, async (client) => {
      const row = await frozen(client, published, true);
      const def = row?.definition ?? published;
      const state = ballotState(def, now());
      if (state === 'upcoming') throw refuse(423, 'not-open', `投票还没有开始，开始时间：${beijing(def.opens)}。`);
      if (state === 'closed') throw refuse(423, 'closed', `投票已于 ${beijing(def.closes)} 截止。`);
      if (!row.eligible.map(Number).includes(caller.accountId))
        throw refuse(403, 'not-eligible', '您不在本次投票的名单上。如有疑问，请联系支部书记。');

      const entry = castEntry(def, row, caller, body);
      const receipt = receiptCode(secret, id, requestId);
      const key = def.changeable ? changeKey(secret, id, requestId) : undefined;
      /** @type {import('./ballot-rules.mjs').Cast[]} */
      const casts = row.casts;
      const voters = row.voters.map(Number);
      const sameRequest = casts.find((c) => c.receipt === receipt);

      if (voters.includes(caller.accountId)) {
        // The same request again (the answer was lost on the way): the same receipt, nothing counted twice.
        if (sameRequest) return receiptAnswer(receipt, key, sameRequest.fingerprint);
        if (def.changeable && typeof body.receipt === 'string' && typeof body.changeKey === 'string') {
          const mine = casts.find(
            (c) => c.receipt === body.receipt && c.changeKeyHash === sha256(String(body.changeKey)),
          );
          if (!mine) throw refuse(403, 'bad-change-key', '回执码或改票密钥不对，无法改票。');
          Object.assign(mine, entry);
          await client.query(`UPDATE branch_ballot SET casts = $2::jsonb WHERE id = $1`, [id, JSON.stringify(casts)]);
          return receiptAnswer(mine.receipt, String(body.changeKey), mine.fingerprint);
        }
        throw refuse(
          409,
          'already-voted',
          def.changeable
            ? '您已经投过票了。要改票，请在投票时用的手机或电脑上打开本页。'
            : '您已经投过票了，每人只能投一次。',
        );
      }
      if (sameRequest) throw refuse(409, 'receipt-taken', '这张选票已经提交过，请刷新页面后重新投票。');

      const stored = { receipt, ...entry, ...(key ? { changeKeyHash: sha256(key) } : {}) };
      const nextCasts = [...casts, stored].sort((a, b) => a.receipt.localeCompare(b.receipt));
      await client.query(`UPDATE branch_ballot SET voters = $2, casts = $3::jsonb WHERE id = $1`, [
        id,
        sortedWith(voters, caller.accountId),
        JSON.stringify(nextCasts),
      ]);
      return receiptAnswer(receipt, key, stored.fingerprint);
    });
  }

  /**
   * What the ballot holds for this voter: a poll's answers, or a 民主评议's grades and fingerprint.
   * @param {import('./ballot-rules.mjs').BallotDefinition} def @param {any} row
   * @param {import('./auth.mjs').Principal} caller @param {Record<string, unknown>} body
   */
  function castEntry(def, row, caller, body) {
    if (def.kind === 'poll') {
      const checked = checkAnswers(def, body.answers);
      if (!checked.ok) throw refuse(400, 'bad-answers', checked.message);
      return { answers: checked.answers };
    }
    const salt = String(body.salt ?? '');
    if (!/^[A-Za-z0-9_-]{16,64}$/.test(salt)) throw refuse(400, 'bad-salt', '请求不完整，请刷新页面后再试。');
    const rules = /** @type {import('./ballot-rules.mjs').ReviewRules} */ (def.review);
    const checked = checkGrades(rules, row.candidates, caller.member?.memberId, body.grades);
    if (!checked.ok) throw refuse(400, 'bad-grades', checked.message);
    return { grades: checked.grades, fingerprint: reviewFingerprint(salt, checked.grades) };
  }

  /** @param {string} receipt @param {string | undefined} key @param {string | undefined} fingerprint */
  const receiptAnswer = (receipt, key, fingerprint) => ({
    receipt,
    ...(key ? { changeKey: key } : {}),
    ...(fingerprint ? { fingerprint } : {}),
  });

  /** The closed ballot's row (frozen now if nobody voted), or a refusal while it is open. @param {string} id */
  async function closedRow(id) {
    const def = await find(id);
    if (ballotState(def, now()) !== 'closed')
      throw refuse(423, 'not-closed', `投票截止（${beijing(def.closes)}）后公布结果。`);
    const row = await frozen(pool, def, false);
    return { def: row.definition ?? def, row };
  }

  /** Published after closing: counts and every receipt. @param {string} id */
  async function results(id) {
    const { def, row } = await closedRow(id);
    return publicResults(def, row.casts, row.eligible.length);
  }

  /**
   * The secretary's report after closing: a 民主评议's grades per member (private), a poll's counts.
   * @param {import('./auth.mjs').Principal} caller @param {string} id
   */
  async function report(caller, id) {
    const { def, row } = await closedRow(id);
    await audit(pool, caller.accountId, 'ballot-report', id);
    if (def.kind === 'poll') {
      const counted = publicResults(def, row.casts, row.eligible.length);
      const rows = (def.questions ?? []).flatMap((q) =>
        q.options.map((o) => [q.text, o.text, /** @type {any} */ (counted).tallies[q.id][o.id]]),
      );
      return {
        title: def.title,
        cast: counted.cast,
        eligible: counted.eligible,
        header: ['题目', '选项', '票数'],
        rows,
      };
    }
    const rules = /** @type {import('./ballot-rules.mjs').ReviewRules} */ (def.review);
    const members = reviewReport(rules, row.candidates, row.casts);
    return {
      title: def.title,
      cast: row.casts.length,
      eligible: row.eligible.length,
      header: ['党员', '档案', '参评票数', ...rules.grades],
      rows: members.map((m) => [m.name, m.memberId, m.graded, ...rules.grades.map((g) => m.counts[g])]),
    };
  }

  /** @param {{ header: string[], rows: unknown[][] }} table */
  const reportCsv = (table) => toCsv(table.header, table.rows);

  return { view, cast, results, report, reportCsv };
}
