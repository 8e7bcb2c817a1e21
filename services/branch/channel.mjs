// @ts-check
/**
 * The confidential channel: 意见 to the branch committee and 举报 to the
 * readers the settings name (纪检委员 by default). Not public comments and not
 * e-mail: a message is stored here, the sender gets a tracking code (kept only
 * as a hash) to read the reply with, and only its readers see it; every read,
 * reply and export is audited. An anonymous 举报 keeps no account, and only the
 * day it was sent.
 */
import { normaliseCode, REQUEST_ID, sha256, trackingCode } from './codes.mjs';
import { refuse, toCsv } from './http.mjs';
import { audit, inTransaction } from './store.mjs';

export const MESSAGE_KINDS = /** @type {const} */ (['opinion', 'report']);
/** The longest message and reply, in characters (the page says the same: src/lib/branch/). */
export const MESSAGE_MAX_CHARS = 5000;
const KIND_NAMES = { opinion: '意见', report: '举报' };

/** Today in Beijing, as a date (YYYY-MM-DD). @param {number} time */
export const beijingDay = (time) => new Date(time + 8 * 3_600_000).toISOString().slice(0, 10);

/** Text as stored: trimmed, without control characters except line breaks. @param {unknown} value */
export const cleanText = (value) =>
  typeof value === 'string'
    ? value
        .replace(/\r\n?/g, '\n')
        .replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, '')
        .trim()
    : '';

/** @param {string} text @param {string} what */
function checkLength(text, what) {
  if (!text) throw refuse(400, 'empty', `请填写${what}。`);
  if ([...text].length > MESSAGE_MAX_CHARS)
    throw refuse(413, 'too-long', `${what}最多 ${MESSAGE_MAX_CHARS} 字，现在 ${[...text].length} 字，请删减后再提交。`);
}

/**
 * @param {{ pool: import('./store.mjs').Pool, secret: string, now?: () => number }} options
 */
export function createChannel({ pool, secret, now = Date.now }) {
  /**
   * Stores a message; the same request again gets the same code and stores nothing.
   * @param {import('./auth.mjs').Principal} caller @param {Record<string, unknown>} body
   */
  async function send(caller, body) {
    const kind = /** @type {'opinion' | 'report'} */ (body.kind);
    if (!MESSAGE_KINDS.includes(kind)) throw refuse(400, 'bad-kind', '请选择是提意见还是举报。');
    const requestId = String(body.requestId ?? '');
    if (!REQUEST_ID.test(requestId)) throw refuse(400, 'bad-request-id', '请求不完整，请刷新页面后再试。');
    const category = cleanText(body.category);
    if (!category || [...category].length > 20) throw refuse(400, 'bad-category', '请选择类别。');
    const text = cleanText(body.text);
    checkLength(text, '内容');
    const anonymous = kind === 'report' && body.anonymous === true;
    if (body.anonymous === true && kind !== 'report') throw refuse(400, 'not-anonymous', '只有举报可以匿名。');

    const code = trackingCode(secret, requestId);
    const { rowCount } = await pool.query(
      `INSERT INTO branch_message (kind, category, body, code_hash, account_id, sent_on)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code_hash) DO NOTHING`,
      [kind, category, text, sha256(code), anonymous ? null : caller.accountId, beijingDay(now())],
    );
    return { code, kind, anonymous, repeated: rowCount === 0 };
  }

  /** A message's state and replies, for whoever holds its code. @param {string} code */
  async function track(code) {
    const { rows } = await pool.query(
      `SELECT id, kind, category, sent_on, status FROM branch_message WHERE code_hash = $1`,
      [sha256(normaliseCode(code))],
    );
    const message = rows[0];
    if (!message) throw refuse(404, 'no-message', '没有找到这个查询码对应的来信，请核对查询码。');
    const replies = await pool.query(
      `SELECT body, replied_at FROM branch_reply WHERE message_id = $1 ORDER BY replied_at, id`,
      [message.id],
    );
    return {
      kind: message.kind,
      category: message.category,
      sentOn: dayText(message.sent_on),
      status: message.status,
      replies: replies.rows.map((r) => ({ text: r.body, on: beijingDay(new Date(r.replied_at).getTime()) })),
    };
  }

  /** The kinds a reader may read. @param {import('./auth.mjs').Principal} caller */
  const readable = (caller) => MESSAGE_KINDS.filter((kind) => caller.reads[kind]);

  /**
   * The messages the caller may read, newest first, without their text.
   * @param {import('./auth.mjs').Principal} caller
   */
  async function inbox(caller) {
    const { rows } = await pool.query(
      `SELECT m.id, m.kind, m.category, m.sent_on, m.status, b.name AS sender
         FROM branch_message m LEFT JOIN branch_member b ON b.account_id = m.account_id
        WHERE m.kind = ANY($1) ORDER BY m.id DESC`,
      [readable(caller)],
    );
    return rows.map((m) => ({
      id: m.id,
      kind: m.kind,
      category: m.category,
      sentOn: dayText(m.sent_on),
      status: m.status,
      sender: m.sender ?? null,
    }));
  }

  /** @param {import('./store.mjs').Client | import('./store.mjs').Pool} db @param {import('./auth.mjs').Principal} caller @param {string} id */
  async function readableMessage(db, caller, id) {
    if (!/^\d{1,9}$/.test(id)) throw refuse(404, 'no-message', '没有这封来信。');
    const { rows } = await db.query(
      `SELECT m.*, b.name AS sender FROM branch_message m LEFT JOIN branch_member b ON b.account_id = m.account_id
        WHERE m.id = $1`,
      [Number(id)],
    );
    const message = rows[0];
    if (!message) throw refuse(404, 'no-message', '没有这封来信。');
    if (!caller.reads[/** @type {'opinion' | 'report'} */ (message.kind)])
      throw refuse(
        403,
        'not-reader',
        `这封${KIND_NAMES[/** @type {'opinion' | 'report'} */ (message.kind)]}不由您接收。`,
      );
    return message;
  }

  /**
   * One message in full; the read is audited and marks it read.
   * @param {import('./auth.mjs').Principal} caller @param {string} id
   */
  async function read(caller, id) {
    return inTransaction(pool, async (client) => {
      const message = await readableMessage(client, caller, id);
      await audit(client, caller.accountId, 'message-read', String(message.id));
      if (message.status === 'received')
        await client.query(`UPDATE branch_message SET status = 'read' WHERE id = $1`, [message.id]);
      const replies = await client.query(
        `SELECT r.body, r.replied_at, b.name FROM branch_reply r LEFT JOIN branch_member b ON b.account_id = r.account_id
          WHERE r.message_id = $1 ORDER BY r.replied_at, r.id`,
        [message.id],
      );
      return {
        id: message.id,
        kind: message.kind,
        category: message.category,
        sentOn: dayText(message.sent_on),
        status: message.status === 'received' ? 'read' : message.status,
        sender: message.sender ?? null,
        text: message.body,
        replies: replies.rows.map((r) => ({
          text: r.body,
          on: beijingDay(new Date(r.replied_at).getTime()),
          by: r.name ?? null,
        })),
      };
    });
  }

  /**
   * A reply the sender reads with the code; audited.
   * @param {import('./auth.mjs').Principal} caller @param {string} id @param {Record<string, unknown>} body
   */
  async function reply(caller, id, body) {
    const text = cleanText(body.text);
    checkLength(text, '答复');
    const requestId = String(body.requestId ?? '');
    if (!REQUEST_ID.test(requestId)) throw refuse(400, 'bad-request-id', '请求不完整，请刷新页面后再试。');
    return inTransaction(pool, async (client) => {
      const message = await readableMessage(client, caller, id);
      const { rowCount } = await client.query(
        `INSERT INTO branch_reply (message_id, body, account_id, request_hash) VALUES ($1, $2, $3, $4)
         ON CONFLICT (request_hash) DO NOTHING`,
        [message.id, text, caller.accountId, sha256(`reply\n${requestId}`)],
      );
      // The same request again (its answer was lost): stored once, answered the same.
      if (rowCount === 0) return { id: message.id, status: 'replied' };
      await client.query(`UPDATE branch_message SET status = 'replied' WHERE id = $1`, [message.id]);
      await audit(client, caller.accountId, 'message-reply', String(message.id));
      return { id: message.id, status: 'replied' };
    });
  }

  /** The caller's messages as CSV; audited. @param {import('./auth.mjs').Principal} caller */
  async function exportCsv(caller) {
    const { rows } = await pool.query(
      `SELECT m.id, m.kind, m.category, m.sent_on, m.status, m.body, b.name AS sender,
              (SELECT string_agg(r.body, E'\n---\n' ORDER BY r.replied_at) FROM branch_reply r WHERE r.message_id = m.id) AS replies
         FROM branch_message m LEFT JOIN branch_member b ON b.account_id = m.account_id
        WHERE m.kind = ANY($1) ORDER BY m.id`,
      [readable(caller)],
    );
    await audit(pool, caller.accountId, 'message-export', readable(caller).join(','));
    return toCsv(
      ['编号', '类型', '类别', '日期', '状态', '发信人', '内容', '答复'],
      rows.map((m) => [
        m.id,
        KIND_NAMES[/** @type {'opinion' | 'report'} */ (m.kind)],
        m.category,
        dayText(m.sent_on),
        { received: '未读', read: '已读', replied: '已答复' }[/** @type {'received'} */ (m.status)],
        m.sender ?? '匿名',
        m.body,
        m.replies ?? '',
      ]),
    );
  }

  /** Counts by kind and category, for /stats/: never a text or a sender. */
  async function stats() {
    const { rows } = await pool.query(
      `SELECT kind, category, count(*)::int AS n FROM branch_message GROUP BY kind, category ORDER BY kind, category`,
    );
    /** @type {Record<string, { total: number, byCategory: Record<string, number> }>} */
    const messages = { opinion: { total: 0, byCategory: {} }, report: { total: 0, byCategory: {} } };
    for (const row of rows) {
      messages[row.kind].total += row.n;
      messages[row.kind].byCategory[row.category] = row.n;
    }
    return { messages };
  }

  return { send, track, inbox, read, reply, exportCsv, stats };
}

/** A date column as YYYY-MM-DD (pg gives a Date at local midnight). @param {Date | string} value */
export function dayText(value) {
  if (typeof value === 'string') return value.slice(0, 10);
  const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}
