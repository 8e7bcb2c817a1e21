// @ts-check
/**
 * Formal tests (正式考试, 网上考核): the page shows the facts; a member starts
 * an attempt and gets a paper without answers, the service records when it
 * started, grades what is submitted, and only then returns the score and the
 * review. The time limit and the number of attempts are the service's: a
 * submission later than the deadline plus a minute's grace is not graded, and
 * every attempt started counts. A test's definition (with its answers) is
 * frozen in branch_test the first time a member opens it, like a ballot, so an edit
 * in the CMS never changes a paper someone is answering. Results per member
 * reach administrators only (report, CSV; each read audited); anyone sees
 * the counts and the distribution of scores.
 */
import { REQUEST_ID, sha256 } from './codes.mjs';
import {
  checkFormalAnswers,
  GRACE_SECONDS,
  gradeAttempt,
  makeFormalPaper,
  publicPaper,
  publicStats,
  reviewOf,
} from './formal-rules.mjs';
import { refuse, toCsv } from './http.mjs';
import { audit, inTransaction } from './store.mjs';

/** @typedef {import('./formal-rules.mjs').FormalTest} FormalTest */

const STATUS_NAMES = { open: '作答中', graded: '已交卷', late: '超时未计分' };

/** Beijing time as members and the secretary read it: 2026年12月5日 20:00. @param {Date | string} time */
const beijing = (time) =>
  new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(time),
  );

/**
 * @param {{ pool: import('./store.mjs').Pool,
 *   key: { get: (id: string) => Promise<FormalTest | undefined> }, now?: () => number }} options
 */
export function createFormalTests({ pool, key, now = Date.now }) {
  /** The definition as frozen at first use (it wins over later edits), or as the key has it now. @param {string} id */
  async function find(id) {
    const row = (await pool.query(`SELECT definition FROM branch_test WHERE id = $1`, [id])).rows[0];
    const def = row?.definition ?? (await key.get(id));
    if (!def) throw refuse(404, 'no-test', '没有这项正式考试。');
    return /** @type {FormalTest} */ (def);
  }

  /** The public facts of a test: never a question's answer. @param {FormalTest} def */
  const facts = (def) => ({
    id: def.id,
    title: def.title,
    kind: def.kind,
    questions: def.kind === 'test' ? def.questions.length : Math.min(def.questions.length, def.drawCount ?? Infinity),
    passPercent: def.passPercent,
    attempts: def.attempts,
    ...(def.timeLimitMinutes ? { timeLimitMinutes: def.timeLimitMinutes } : {}),
  });

  /** @param {any} row @param {number} at ms */
  const overdue = (row, at) => row.deadline !== null && at > new Date(row.deadline).getTime() + GRACE_SECONDS * 1000;

  /**
   * One member's attempts under a lock of their own (two taps, two tabs), the test frozen first.
   * @template T @param {string} id @param {number} accountId
   * @param {(client: import('./store.mjs').Client, def: FormalTest, attempts: any[]) => Promise<T>} work
   */
  async function withAttempts(id, accountId, work) {
    const published = await find(id);
    return inTransaction(pool, async (client) => {
      await client.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`test:${id}:${accountId}`]);
      await client.query(
        `INSERT INTO branch_test (id, definition) VALUES ($1, $2::jsonb) ON CONFLICT (id) DO NOTHING`,
        [id, JSON.stringify(published)],
      );
      const def = (await client.query(`SELECT definition FROM branch_test WHERE id = $1`, [id])).rows[0].definition;
      const { rows } = await client.query(
        `SELECT * FROM branch_test_attempt WHERE test_id = $1 AND account_id = $2 ORDER BY number`,
        [id, accountId],
      );
      return work(client, def, rows);
    });
  }

  /** An open attempt past its deadline and grace is closed unscored. @param {import('./store.mjs').Client} client @param {any} row */
  async function expire(client, row) {
    await client.query(`UPDATE branch_test_attempt SET status = 'late' WHERE id = $1`, [row.id]);
    row.status = 'late';
  }

  /** What the member's page shows of an attempt: the paper while open; score and review once graded. @param {FormalTest} def @param {any} row */
  const attemptView = (def, row) => ({
    number: row.number,
    status: row.status,
    startedAt: new Date(row.started_at).toISOString(),
    ...(row.deadline ? { deadline: new Date(row.deadline).toISOString() } : {}),
    ...(row.status === 'open' ? { paper: publicPaper(def, row.paper) } : {}),
    ...(row.status === 'graded'
      ? {
          submittedAt: new Date(row.submitted_at).toISOString(),
          score: { correct: row.correct, total: row.total, percent: row.percent, passed: row.passed },
          review: reviewOf(def, row.paper, row.answers),
        }
      : {}),
  });

  /** The test's public facts and figures (anyone). @param {string} id */
  async function view(id) {
    const def = await find(id);
    const { rows } = await pool.query(
      `SELECT max(percent) AS percent, bool_or(passed) AS passed FROM branch_test_attempt
        WHERE test_id = $1 AND status = 'graded' GROUP BY account_id`,
      [id],
    );
    return { ...facts(def), stats: publicStats(rows.map((r) => ({ percent: Number(r.percent), passed: r.passed }))) };
  }

  /**
   * The caller's own attempts (a member): only ever theirs, whatever the request asks.
   * @param {import('./auth.mjs').Principal} caller @param {string} id
   */
  async function mine(caller, id) {
    return withAttempts(id, caller.accountId, async (client, def, rows) => {
      for (const row of rows) if (row.status === 'open' && overdue(row, now())) await expire(client, row);
      return {
        ...facts(def),
        now: new Date(now()).toISOString(),
        left: Math.max(0, def.attempts - rows.length),
        mine: rows.map((row) => attemptView(def, row)),
      };
    });
  }

  /**
   * Starts an attempt, or returns the one still open (the same request again, a second tab).
   * @param {import('./auth.mjs').Principal} caller @param {string} id @param {Record<string, unknown>} body
   */
  async function start(caller, id, body) {
    const requestId = String(body.requestId ?? '');
    if (!REQUEST_ID.test(requestId)) throw refuse(400, 'bad-request-id', '请求不完整，请刷新页面后再试。');
    return withAttempts(id, caller.accountId, async (client, def, rows) => {
      const at = now();
      const hash = sha256(`${caller.accountId}\n${requestId}`);
      // The same request again (its answer was lost on the way): the same attempt, nothing counted twice.
      const same = rows.find((row) => row.start_hash === hash);
      if (same) return { now: new Date(at).toISOString(), attempt: attemptView(def, same) };
      const open = rows.find((row) => row.status === 'open');
      if (open && overdue(open, at)) await expire(client, open);
      else if (open) return { now: new Date(at).toISOString(), attempt: attemptView(def, open) };
      if (rows.length >= def.attempts)
        throw refuse(
          409,
          'no-attempts-left',
          def.attempts === 1
            ? '您已经参加过这次考试，每人只能作答一次。'
            : `您已经作答 ${rows.length} 次，本次考试每人最多作答 ${def.attempts} 次。`,
        );
      const paper = makeFormalPaper(def);
      const deadline = def.timeLimitMinutes ? new Date(at + def.timeLimitMinutes * 60_000) : null;
      const inserted = await client.query(
        `INSERT INTO branch_test_attempt (test_id, account_id, number, start_hash, paper, started_at, deadline)
         VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7) RETURNING *`,
        [id, caller.accountId, rows.length + 1, hash, JSON.stringify(paper), new Date(at), deadline],
      );
      return { now: new Date(at).toISOString(), attempt: attemptView(def, inserted.rows[0]) };
    });
  }

  /**
   * Grades the caller's open attempt, once: the same submission again returns the same result.
   * @param {import('./auth.mjs').Principal} caller @param {string} id @param {Record<string, unknown>} body
   */
  async function submit(caller, id, body) {
    const number = Number(body.attempt);
    const outcome = await withAttempts(id, caller.accountId, async (client, def, rows) => {
      const row = rows.find((r) => r.number === number);
      if (!row) throw refuse(404, 'no-attempt', '没有找到这次作答，请刷新页面后重新开始。');
      if (row.status === 'graded') return { answer: attemptView(def, row) };
      if (row.status === 'open' && overdue(row, now())) await expire(client, row);
      // Committed before refusing: the attempt stays used.
      if (row.status === 'late') return { late: row };
      const checked = checkFormalAnswers(def, row.paper, body.answers);
      if (!checked.ok) throw refuse(checked.status, 'bad-answers', checked.message);
      const score = gradeAttempt(def, row.paper, checked.answers);
      const { rows: saved } = await client.query(
        `UPDATE branch_test_attempt SET status = 'graded', answers = $2::jsonb, submitted_at = $3,
                correct = $4, total = $5, percent = $6, passed = $7 WHERE id = $1 RETURNING *`,
        [
          row.id,
          JSON.stringify(checked.answers),
          new Date(now()),
          score.correct,
          score.total,
          score.percent,
          score.passed,
        ],
      );
      return { answer: attemptView(def, saved[0]) };
    });
    if (outcome.late)
      throw refuse(
        423,
        'time-up',
        `考试时间已到（${beijing(outcome.late.deadline)} 截止），这次作答没有计分。如有特殊情况，请联系支部书记。`,
      );
    return outcome.answer;
  }

  /**
   * Every member's attempts, for administrators (audited): the private report and its CSV.
   * @param {import('./auth.mjs').Principal} caller @param {string} id
   */
  async function report(caller, id) {
    const def = await find(id);
    await audit(pool, caller.accountId, 'test-report', id);
    const { rows } = await pool.query(
      `SELECT a.*, m.member_id, m.name FROM branch_test_attempt a
         LEFT JOIN branch_member m ON m.account_id = a.account_id
        WHERE a.test_id = $1 ORDER BY m.member_id NULLS LAST, a.account_id, a.number`,
      [id],
    );
    return {
      title: def.title,
      passPercent: def.passPercent,
      header: ['党员', '档案', '第几次', '状态', '开始时间', '交卷时间', '答对', '题数', '得分', '是否及格'],
      rows: rows.map((r) => [
        r.name ?? `账号 ${r.account_id}`,
        r.member_id ?? '',
        r.number,
        STATUS_NAMES[/** @type {keyof typeof STATUS_NAMES} */ (r.status)],
        beijing(r.started_at),
        r.submitted_at ? beijing(r.submitted_at) : '',
        r.correct ?? '',
        r.total ?? '',
        r.percent ?? '',
        r.passed === null ? '' : r.passed ? '及格' : '不及格',
      ]),
    };
  }

  /** @param {{ header: string[], rows: unknown[][] }} table */
  const reportCsv = (table) => toCsv(table.header, table.rows);

  return { view, mine, start, submit, report, reportCsv };
}
