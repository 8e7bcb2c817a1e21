// @ts-check
/**
 * 学习记录 on the branch service: a signed-in member's study log kept on the
 * server as well as in the browser, and the monthly record 「提交本月学习记录」
 * sends in one tap. Self-reported figures for the secretary's 谈心谈话 prompt,
 * never an assessment: nothing here ranks or compares members.
 *
 * Devices never count a minute twice: each browser tallies its own time under
 * its own random device id (src/lib/study/log.ts), and the server keeps one row
 * per member, device, day and page, raised to the larger value on every sync
 * (a tally only grows). Lessons keep their earliest date, quiz attempts are
 * kept once by their id. So a sync repeated, retried or arriving from two tabs
 * is a union: idempotent without a request id, and order-free.
 *
 * A monthly record is the file the member would otherwise send by WeChat
 * (src/lib/study/submission.ts), kept whole, one per member and month, the
 * newest wins. The service checks its envelope (whose it is, which month, its
 * size); the secretary's import (npm run members:import / members:report, the
 * CMS) reads it with the same checks and merge rules as a file.
 */
import { refuse } from './http.mjs';
import { audit, inTransaction } from './store.mjs';

/**
 * The limits of a monthly record, as src/lib/study/import.ts SUBMISSION_LIMITS
 * sets them for files (a unit test keeps the two equal).
 */
export const STUDY_LIMITS = Object.freeze({
  /** Bytes of one monthly record. */
  bytes: 256 * 1024,
  /** Lessons completed in one month. */
  lessons: 300,
  /** Test, contest and daily-quiz attempts in one month. */
  tests: 400,
});

/** A sync's request body: a year of study on a few devices is far below it (the page sends the newest months that fit). */
export const SYNC_MAX_BYTES = 4 * STUDY_LIMITS.bytes;
/** Devices of one member (phones, computers, browsers cleared and begun afresh). */
const MAX_DEVICES = 20;
/** Pages tallied on one day by one device. */
const MAX_PAGES_PER_DAY = 300;
const SECONDS_PER_DAY = 86_400;

const DEVICE = /^[A-Za-z0-9_-]{8,64}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;
const KEY = /^[\x21-\x7E]{1,200}$/;
const FORMAT = 'dangjian-study-month';
const VERSION = 1;
/** Tolerance for a member's clock running a little ahead (as the import allows). */
const CLOCK_SKEW_MS = 10 * 60_000;

/** @param {unknown} v @returns {v is Record<string, unknown>} */
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** @param {unknown} v @returns {v is number} */
const isSeconds = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= SECONDS_PER_DAY;
/** @param {unknown} v @returns {v is string} */
const isDate = (v) => typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));

/** A count or seconds of a quiz attempt. @param {unknown} v */
const isCount = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * A quiz attempt as the page records it (src/lib/study/log.ts QuizAttempt): kept
 * only whole, so what the service hands back is always a log the page can read.
 * @param {unknown} a @returns {a is Record<string, unknown> & { id: string, date: string }}
 */
const isAttempt = (a) =>
  isRecord(a) &&
  typeof a.id === 'string' &&
  KEY.test(a.id) &&
  isDate(a.date) &&
  typeof a.quiz === 'string' &&
  typeof a.title === 'string' &&
  ['test', 'contest', 'daily'].includes(/** @type {string} */ (a.kind)) &&
  [a.correct, a.total, a.percent, a.seconds].every(isCount) &&
  typeof a.passed === 'boolean';

/** The month now, Beijing time. @param {number} time */
const beijingMonth = (time) => new Date(time + 8 * 3_600_000).toISOString().slice(0, 7);

const unreadable = () => refuse(400, 'bad-record', '学习记录的内容无法读取，请刷新页面后再试。');
/** @param {string} month @param {string} what @param {number} count @param {number} max */
const tooMany = (month, what, count, max) =>
  refuse(413, 'too-many', `${month} 有 ${count} 条${what}，一个月的记录不会超过 ${max} 条，没有保存。请联系支部书记。`);

/**
 * The rows a sync carries, checked field by field: time per device, day and page;
 * lessons; quiz attempts (each month within the import's limits).
 * @param {Record<string, unknown>} body
 */
export function syncRows(body) {
  const { devices, lessons, attempts } = body;
  if (!isRecord(devices) || !isRecord(lessons) || !Array.isArray(attempts)) throw unreadable();
  if (Object.keys(devices).length > MAX_DEVICES)
    throw refuse(
      413,
      'too-many-devices',
      `学习记录来自 ${Object.keys(devices).length} 台设备，超过 ${MAX_DEVICES} 台，没有保存。请联系支部书记。`,
    );
  /** @type {{ device: string, day: string, page: string, read: number, media: number }[]} */
  const time = [];
  for (const [device, days] of Object.entries(devices)) {
    if (!DEVICE.test(device) || !isRecord(days)) throw unreadable();
    for (const [day, pages] of Object.entries(days)) {
      if (!isDate(day) || !isRecord(pages)) throw unreadable();
      if (Object.keys(pages).length > MAX_PAGES_PER_DAY)
        throw tooMany(day, '页面的学习时间', Object.keys(pages).length, MAX_PAGES_PER_DAY);
      for (const [page, spent] of Object.entries(pages)) {
        if (!KEY.test(page) || !isRecord(spent) || !isSeconds(spent.read) || !isSeconds(spent.media))
          throw unreadable();
        time.push({ device, day, page, read: spent.read, media: spent.media });
      }
    }
  }
  /** @type {Map<string, { lessons: number, tests: number }>} */
  const perMonth = new Map();
  /** @param {string} day @param {'lessons' | 'tests'} kind */
  const count = (day, kind) => {
    const month = day.slice(0, 7);
    const counts = perMonth.get(month) ?? { lessons: 0, tests: 0 };
    counts[kind] += 1;
    perMonth.set(month, counts);
    if (counts[kind] > STUDY_LIMITS[kind])
      throw tooMany(month, kind === 'lessons' ? '学完的课时' : '测试记录', counts[kind], STUDY_LIMITS[kind]);
  };
  /** @type {{ lesson: string, day: string }[]} */
  const lessonRows = [];
  for (const [lesson, day] of Object.entries(lessons)) {
    if (!KEY.test(lesson) || !isDate(day)) throw unreadable();
    count(day, 'lessons');
    lessonRows.push({ lesson, day });
  }
  /** @type {{ id: string, day: string, attempt: Record<string, unknown> }[]} */
  const attemptRows = [];
  for (const attempt of attempts) {
    if (!isAttempt(attempt)) throw unreadable();
    count(attempt.date, 'tests');
    attemptRows.push({ id: attempt.id, day: attempt.date, attempt });
  }
  return { time, lessons: lessonRows, attempts: attemptRows };
}

/**
 * A monthly record's envelope: the member's own, for the month the address
 * names, not from the future, within the import's limits. Its figures are
 * checked by the import, as a file's are.
 * @param {unknown} submission @param {string} memberId @param {string} month @param {number} time now
 */
export function checkSubmission(submission, memberId, month, time) {
  if (!MONTH.test(month)) throw refuse(404, 'no-month', '没有这个月份。');
  if (!isRecord(submission) || submission.format !== FORMAT || !isRecord(submission.record)) throw unreadable();
  if (submission.version !== VERSION)
    throw refuse(400, 'version', '学习记录的格式版本无法识别：请刷新页面（网站可能已更新）后再提交。');
  if (submission.member !== memberId)
    throw refuse(403, 'other-member', '这份学习记录不是您本人的，不能提交。请刷新页面后再试。');
  if (submission.month !== month) throw unreadable();
  if (month > beijingMonth(time)) throw refuse(400, 'future', `${month} 还没有到，不能提交。请检查手机的日期设置。`);
  const created = Date.parse(String(submission.createdAt));
  if (Number.isNaN(created) || typeof submission.checksum !== 'string') throw unreadable();
  if (created > time + CLOCK_SKEW_MS)
    throw refuse(400, 'clock', '学习记录的生成时间晚于现在：手机的时钟可能不准，请校准后再提交。');
  const { lessons, tests } = submission.record;
  if (!Array.isArray(lessons) || !Array.isArray(tests)) throw unreadable();
  if (lessons.length > STUDY_LIMITS.lessons) throw tooMany(month, '学完的课时', lessons.length, STUDY_LIMITS.lessons);
  if (tests.length > STUDY_LIMITS.tests) throw tooMany(month, '测试记录', tests.length, STUDY_LIMITS.tests);
  return new Date(created);
}

/** A timestamp column as ISO text. @param {Date | string} value */
const iso = (value) => new Date(value).toISOString();

/**
 * Every stored monthly record, or one month's, with its member: for the
 * secretary's import and report (scripts read the database directly on the
 * server; the CMS asks the `study/months` route).
 * @param {Pick<import('./store.mjs').Pool, 'query'>} db @param {{ month?: string, memberId?: string }} [filter]
 */
export async function storedSubmissions(db, { month, memberId } = {}) {
  const { rows } = await db.query(
    `SELECT s.member_id, s.month, s.created_at, s.received_at, s.submission, m.name
       FROM branch_study_month s LEFT JOIN branch_member m ON m.member_id = s.member_id
      WHERE ($1::text IS NULL OR s.month = $1) AND ($2::text IS NULL OR s.member_id = $2)
      ORDER BY s.member_id, s.month`,
    [month ?? null, memberId ?? null],
  );
  return rows.map((r) => ({
    member: r.member_id,
    name: r.name ?? null,
    month: r.month,
    createdAt: iso(r.created_at),
    receivedAt: iso(r.received_at),
    submission: r.submission,
  }));
}

/**
 * @param {{ pool: import('./store.mjs').Pool, now?: () => number }} options
 */
export function createStudy({ pool, now = Date.now }) {
  /** @param {import('./auth.mjs').Principal} caller */
  const memberOf = (caller) => /** @type {import('./auth.mjs').RosterEntry} */ (caller.member).memberId;

  /**
   * The caller's record from every device, and the months sent: only ever the
   * caller's own (the member comes from the session, never from the request).
   * @param {Pick<import('./store.mjs').Pool, 'query'>} db @param {string} memberId
   */
  async function recordOf(db, memberId) {
    const [time, lessons, attempts, months] = await Promise.all([
      db.query(
        `SELECT device, to_char(day, 'YYYY-MM-DD') AS day, page, read_seconds, media_seconds
           FROM branch_study_time WHERE member_id = $1 ORDER BY device, day, page`,
        [memberId],
      ),
      db.query(
        `SELECT lesson, to_char(day, 'YYYY-MM-DD') AS day FROM branch_study_lesson WHERE member_id = $1 ORDER BY lesson`,
        [memberId],
      ),
      db.query(`SELECT attempt FROM branch_study_attempt WHERE member_id = $1 ORDER BY day, id`, [memberId]),
      db.query(`SELECT month, created_at, received_at FROM branch_study_month WHERE member_id = $1 ORDER BY month`, [
        memberId,
      ]),
    ]);
    /** @type {Record<string, Record<string, Record<string, { read: number, media: number }>>>} */
    const devices = {};
    for (const row of time.rows) {
      const days = (devices[row.device] ??= {});
      (days[row.day] ??= {})[row.page] = { read: Number(row.read_seconds), media: Number(row.media_seconds) };
    }
    return {
      devices,
      lessons: Object.fromEntries(lessons.rows.map((r) => [r.lesson, r.day])),
      attempts: attempts.rows.map((r) => r.attempt),
      months: months.rows.map((r) => ({
        month: r.month,
        createdAt: iso(r.created_at),
        receivedAt: iso(r.received_at),
      })),
    };
  }

  /** @param {import('./auth.mjs').Principal} caller */
  const record = (caller) => recordOf(pool, memberOf(caller));

  /**
   * Unites what the page sends with what is kept, and answers with the whole record.
   * @param {import('./auth.mjs').Principal} caller @param {Record<string, unknown>} body
   */
  async function sync(caller, body) {
    const rows = syncRows(body);
    const memberId = memberOf(caller);
    return inTransaction(pool, async (client) => {
      if (rows.time.length)
        await client.query(
          `INSERT INTO branch_study_time (member_id, device, day, page, read_seconds, media_seconds)
           SELECT $1, d, t::date, p, r, m FROM unnest($2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[]) AS x(d, t, p, r, m)
           ON CONFLICT (member_id, device, day, page) DO UPDATE SET
             read_seconds = GREATEST(branch_study_time.read_seconds, EXCLUDED.read_seconds),
             media_seconds = GREATEST(branch_study_time.media_seconds, EXCLUDED.media_seconds)`,
          [
            memberId,
            rows.time.map((r) => r.device),
            rows.time.map((r) => r.day),
            rows.time.map((r) => r.page),
            rows.time.map((r) => r.read),
            rows.time.map((r) => r.media),
          ],
        );
      if (rows.lessons.length)
        await client.query(
          `INSERT INTO branch_study_lesson (member_id, lesson, day)
           SELECT $1, l, d::date FROM unnest($2::text[], $3::text[]) AS x(l, d)
           ON CONFLICT (member_id, lesson) DO UPDATE SET day = LEAST(branch_study_lesson.day, EXCLUDED.day)`,
          [memberId, rows.lessons.map((r) => r.lesson), rows.lessons.map((r) => r.day)],
        );
      if (rows.attempts.length)
        await client.query(
          `INSERT INTO branch_study_attempt (member_id, id, day, attempt)
           SELECT $1, i, d::date, a FROM unnest($2::text[], $3::text[], $4::jsonb[]) AS x(i, d, a)
           ON CONFLICT (member_id, id) DO NOTHING`,
          [
            memberId,
            rows.attempts.map((r) => r.id),
            rows.attempts.map((r) => r.day),
            rows.attempts.map((r) => JSON.stringify(r.attempt)),
          ],
        );
      return recordOf(client, memberId);
    });
  }

  /**
   * Keeps a month's record unless a newer one is kept already; the same record
   * sent again (a retry) changes nothing. Answers with the record kept.
   * @param {import('./auth.mjs').Principal} caller @param {string} month @param {Record<string, unknown>} body
   */
  async function submit(caller, month, body) {
    const memberId = memberOf(caller);
    const created = checkSubmission(body.submission, memberId, month, now());
    return inTransaction(pool, async (client) => {
      await client.query(
        `INSERT INTO branch_study_month (member_id, month, created_at, submission) VALUES ($1, $2, $3, $4)
         ON CONFLICT (member_id, month) DO UPDATE SET
           created_at = EXCLUDED.created_at, submission = EXCLUDED.submission, received_at = now()
         WHERE branch_study_month.created_at < EXCLUDED.created_at`,
        [memberId, month, created, JSON.stringify(body.submission)],
      );
      const { rows } = await client.query(
        `SELECT created_at, received_at FROM branch_study_month WHERE member_id = $1 AND month = $2`,
        [memberId, month],
      );
      const kept = rows[0];
      return {
        month,
        createdAt: iso(kept.created_at),
        receivedAt: iso(kept.received_at),
        // A record made later on another device is kept: this older one was not stored.
        newerKept: new Date(kept.created_at).getTime() > created.getTime(),
      };
    });
  }

  /**
   * Every member's monthly records (or one month's, or one member's: the CMS's
   * 导入学习记录 on that member's archive) for the secretary; audited.
   * @param {import('./auth.mjs').Principal} caller @param {URL} url
   */
  async function months(caller, url) {
    const month = url.searchParams.get('month') ?? undefined;
    const memberId = url.searchParams.get('member') ?? undefined;
    if (month !== undefined && !MONTH.test(month)) throw refuse(400, 'bad-month', '月份应写成 YYYY-MM。');
    if (memberId !== undefined && !/^[a-z0-9-]{1,80}$/.test(memberId))
      throw refuse(400, 'bad-member', '党员编号应为小写英文字母、数字和连字符。');
    const list = await storedSubmissions(pool, { month, memberId });
    await audit(pool, caller.accountId, 'study-export', [month, memberId].filter(Boolean).join(' ') || 'all');
    return list;
  }

  return { record, sync, submit, months };
}
