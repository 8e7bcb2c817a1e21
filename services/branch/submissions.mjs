// @ts-check
/**
 * 思想汇报 and 征文 written on the site: a member keeps drafts here, submits one
 * for review, and reads the editor's note when it comes back. The editors (the
 * discussion service's administrator accounts: the same people who publish in
 * the CMS) list what waits, open one in the CMS as a new entry, and either
 * publish it there or return it with a note. Nothing here is public: a
 * submission becomes a page only through the CMS, whose text goes through the
 * site's one sanitiser at build time like every entry's.
 *
 * Retries: every save carries the page's request id; the same request again
 * answers with the submission as it is and changes nothing (a new draft is
 * created once, a lost "submit" answer is not a second submission).
 */
import { REQUEST_ID, sha256 } from './codes.mjs';
import { beijingDay, cleanText, dayText } from './channel.mjs';
import { refuse } from './http.mjs';
import { audit, inTransaction } from './store.mjs';

export const SUBMISSION_KINDS = /** @type {const} */ (['report', 'essay']);
/** Limits, in characters (the page says the same: src/lib/branch/submissions.ts). */
export const SUBMISSION_LIMITS = Object.freeze({ title: 60, body: 15_000, note: 2000, open: 20 });
/** A member's submission goes through these; only `submitted` ones reach the editors. */
const EDITABLE = ['draft', 'returned'];

/** A short choice the page offers from the content model (stage, 署名方式): checked there and in the CMS. */
const SHORT = /^[^\n]{1,20}$/u;
/** A contest is the id of its CMS entry. */
const ENTRY_ID = /^[a-z0-9-]{1,120}$/;

/** @param {string} text @param {number} max @param {string} what */
function checkMax(text, max, what) {
  const count = [...text].length;
  if (count > max) throw refuse(413, 'too-long', `${what}最多 ${max} 字，现在 ${count} 字，请删减后再保存。`);
}

/**
 * The fields a member sent, checked; a submission (not a draft) must be complete.
 * @param {Record<string, unknown>} body
 */
function readFields(body) {
  const kind = /** @type {'report' | 'essay'} */ (body.kind);
  if (!SUBMISSION_KINDS.includes(kind)) throw refuse(400, 'bad-kind', '请选择是思想汇报还是征文。');
  const fields = {
    kind,
    title: cleanText(body.title).replace(/\s+/g, ' '),
    byline: cleanText(body.byline),
    stage: cleanText(body.stage),
    contest: kind === 'essay' ? cleanText(body.contest) : '',
    text: cleanText(body.text),
  };
  checkMax(fields.title, SUBMISSION_LIMITS.title, '标题');
  checkMax(fields.text, SUBMISSION_LIMITS.body, '正文');
  if (fields.byline && !SHORT.test(fields.byline)) throw refuse(400, 'bad-byline', '请选择署名方式。');
  if (fields.stage && !SHORT.test(fields.stage)) throw refuse(400, 'bad-stage', '请选择阶段。');
  if (fields.contest && !ENTRY_ID.test(fields.contest)) throw refuse(400, 'bad-contest', '请选择征文活动。');
  if (body.submit === true) {
    if (!fields.title) throw refuse(400, 'no-title', '请填写标题再提交。');
    if (!fields.text) throw refuse(400, 'no-text', '请填写正文再提交。');
    if (kind === 'report' && !fields.stage) throw refuse(400, 'no-stage', '请选择您现在所处的阶段再提交。');
    if (kind === 'essay' && !fields.contest) throw refuse(400, 'no-contest', '请选择投稿的征文活动再提交。');
  }
  return fields;
}

/** @param {unknown} value */
function requestHash(value) {
  const requestId = String(value ?? '');
  if (!REQUEST_ID.test(requestId)) throw refuse(400, 'bad-request-id', '请求不完整，请刷新页面后再试。');
  return sha256(`submission\n${requestId}`);
}

/** A submission as its author sees it. @param {any} row */
const forAuthor = (row) => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  byline: row.byline,
  stage: row.stage,
  contest: row.contest || null,
  text: row.body,
  status: row.status,
  note: row.note ?? null,
  submittedOn: row.submitted_on ? dayText(row.submitted_on) : null,
  updatedAt: new Date(row.updated_at).toISOString(),
});

/** @param {string} id */
function numericId(id) {
  if (!/^\d{1,9}$/.test(id)) throw refuse(404, 'no-submission', '没有这篇稿件。');
  return Number(id);
}

/**
 * @param {{ pool: import('./store.mjs').Pool, now?: () => number }} options
 */
export function createSubmissions({ pool, now = Date.now }) {
  /** The caller's submissions, newest first. @param {import('./auth.mjs').Principal} caller */
  async function mine(caller) {
    const { rows } = await pool.query(
      `SELECT * FROM branch_submission WHERE account_id = $1 ORDER BY updated_at DESC, id DESC`,
      [caller.accountId],
    );
    return rows.map(forAuthor);
  }

  /** One of the caller's own: another member's is "not found", so its existence is not revealed either. */
  async function own(/** @type {import('./auth.mjs').Principal} */ caller, /** @type {string} */ id) {
    const { rows } = await pool.query(`SELECT * FROM branch_submission WHERE id = $1 AND account_id = $2`, [
      numericId(id),
      caller.accountId,
    ]);
    if (!rows[0]) throw refuse(404, 'no-submission', '没有这篇稿件。');
    return forAuthor(rows[0]);
  }

  /**
   * Saves a draft (new, or one of the caller's drafts or returned pieces), and submits it when `submit` is true.
   * @param {import('./auth.mjs').Principal} caller @param {Record<string, unknown>} body
   */
  async function save(caller, body) {
    const request = requestHash(body.requestId);
    const fields = readFields(body);
    const status = body.submit === true ? 'submitted' : 'draft';
    const submittedOn = status === 'submitted' ? beijingDay(now()) : null;
    const author = caller.member?.name ?? caller.name;
    return inTransaction(pool, async (client) => {
      // The same request again: answered with the submission as it is now.
      const repeated = await client.query(
        `SELECT * FROM branch_submission WHERE last_request = $1 AND account_id = $2`,
        [request, caller.accountId],
      );
      if (repeated.rows[0]) return forAuthor(repeated.rows[0]);
      const values = [
        fields.kind,
        fields.title,
        fields.byline,
        fields.stage,
        fields.contest,
        fields.text,
        status,
        submittedOn,
        request,
      ];
      if (body.id === undefined || body.id === null) {
        const open = await client.query(
          `SELECT count(*)::int AS n FROM branch_submission WHERE account_id = $1 AND status <> 'published'`,
          [caller.accountId],
        );
        if (open.rows[0].n >= SUBMISSION_LIMITS.open)
          throw refuse(
            429,
            'too-many',
            `您已有 ${SUBMISSION_LIMITS.open} 篇草稿或待审稿件，请先写完提交其中一些，等编辑审阅后再写新的。`,
          );
        const { rows } = await client.query(
          `INSERT INTO branch_submission (kind, title, byline, stage, contest, body, status, submitted_on, last_request, account_id, author)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (last_request) DO NOTHING RETURNING *`,
          [...values, caller.accountId, author],
        );
        if (rows[0]) return forAuthor(rows[0]);
        // The same request at the same moment (a double tap on two connections): the first one's row.
        const { rows: first } = await pool.query(`SELECT * FROM branch_submission WHERE last_request = $1`, [request]);
        if (first[0]?.account_id !== caller.accountId) throw refuse(409, 'repeated', '请刷新页面后再试。');
        return forAuthor(first[0]);
      }
      const { rows: found } = await client.query(
        `SELECT status FROM branch_submission WHERE id = $1 AND account_id = $2 FOR UPDATE`,
        [numericId(String(body.id)), caller.accountId],
      );
      if (!found[0]) throw refuse(404, 'no-submission', '没有这篇稿件。');
      if (!EDITABLE.includes(found[0].status))
        throw refuse(409, 'not-editable', '这篇稿件已经交给编辑，不能再修改；编辑退回后可以修改。');
      const { rows } = await client.query(
        `UPDATE branch_submission SET kind = $1, title = $2, byline = $3, stage = $4, contest = $5, body = $6,
                status = $7::varchar, submitted_on = $8::date, last_request = $9, note = CASE WHEN $7::varchar = 'submitted' THEN NULL ELSE note END,
                updated_at = now()
          WHERE id = $10 RETURNING *`,
        [...values, Number(body.id)],
      );
      return forAuthor(rows[0]);
    });
  }

  /** What waits for the editors, oldest first, without the text. */
  async function waiting() {
    const { rows } = await pool.query(
      `SELECT id, kind, title, author, stage, contest, submitted_on FROM branch_submission
        WHERE status = 'submitted' ORDER BY submitted_on, id`,
    );
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      title: row.title,
      author: row.author,
      stage: row.stage,
      contest: row.contest || null,
      submittedOn: dayText(row.submitted_on),
    }));
  }

  /** @param {import('./store.mjs').Client} client @param {string} id */
  async function submitted(client, id) {
    const { rows } = await client.query(`SELECT * FROM branch_submission WHERE id = $1 FOR UPDATE`, [numericId(id)]);
    const row = rows[0];
    if (!row || row.status === 'draft') throw refuse(404, 'no-submission', '没有这篇稿件。');
    return row;
  }

  /**
   * One submission in full, as the CMS entry's fields; the read is audited.
   * @param {import('./auth.mjs').Principal} caller @param {string} id
   */
  async function open(caller, id) {
    return inTransaction(pool, async (client) => {
      const row = await submitted(client, id);
      await audit(client, caller.accountId, 'submission-read', String(row.id));
      return {
        id: row.id,
        kind: row.kind,
        status: row.status,
        note: row.note ?? null,
        entry: {
          title: row.title,
          author: row.author,
          ...(row.kind === 'report' ? { byline: row.byline, stage: row.stage } : { contest: row.contest }),
          date: dayText(row.submitted_on),
          body: row.body,
        },
      };
    });
  }

  /**
   * Returns a submitted piece to its author with a note they read on the site.
   * @param {import('./auth.mjs').Principal} caller @param {string} id @param {Record<string, unknown>} body
   */
  async function sendBack(caller, id, body) {
    const request = requestHash(body.requestId);
    const note = cleanText(body.note);
    if (!note) throw refuse(400, 'no-note', '请写明退回的原因或修改意见。');
    checkMax(note, SUBMISSION_LIMITS.note, '退回意见');
    return inTransaction(pool, async (client) => {
      const row = await submitted(client, id);
      if (row.last_request === request) return { id: row.id, status: row.status };
      if (row.status !== 'submitted') throw refuse(409, 'not-waiting', '这篇稿件已经处理过了。');
      await client.query(
        `UPDATE branch_submission SET status = 'returned', note = $2, last_request = $3, updated_at = now() WHERE id = $1`,
        [row.id, note, request],
      );
      await audit(client, caller.accountId, 'submission-return', String(row.id));
      return { id: row.id, status: 'returned' };
    });
  }

  /**
   * Marks a submission published (the CMS saved it as an entry); its author sees that on the site.
   * @param {import('./auth.mjs').Principal} caller @param {string} id @param {Record<string, unknown>} body
   */
  async function published(caller, id, body) {
    const request = requestHash(body.requestId);
    return inTransaction(pool, async (client) => {
      const row = await submitted(client, id);
      if (row.status === 'published') return { id: row.id, status: 'published' };
      if (row.status !== 'submitted') throw refuse(409, 'not-waiting', '这篇稿件已经处理过了。');
      await client.query(
        `UPDATE branch_submission SET status = 'published', last_request = $2, updated_at = now() WHERE id = $1`,
        [row.id, request],
      );
      await audit(client, caller.accountId, 'submission-publish', String(row.id));
      return { id: row.id, status: 'published' };
    });
  }

  return { mine, own, save, waiting, open, sendBack, published };
}
