/**
 * The member's study log: one versioned record kept in the browser
 * (localStorage) and every read, write, merge, export and import of it. Storage
 * failures (private mode, quota, disabled storage) never throw: the page keeps
 * working and says the log could not be saved.
 */
import type { StudyCredit } from './time';
import type { QuizKind } from './quiz-paper';
import { BACKUP_FORMAT, SUBMISSION_FORMAT } from './file-names';

export const STUDY_LOG_VERSION = 1;
export const STUDY_LOG_KEY = 'dangjian.study-log';
export const EXPORT_FORMAT = BACKUP_FORMAT;

export interface PageTime {
  /** Seconds of reading and of media play. */
  read: number;
  media: number;
}

export interface QuizAttempt {
  /** Unique per attempt: merging two exports never counts one attempt twice. */
  id: string;
  quiz: string;
  title: string;
  kind: QuizKind;
  /** Beijing date of the attempt. */
  date: string;
  correct: number;
  total: number;
  percent: number;
  passed: boolean;
  /** Time used, in seconds. */
  seconds: number;
}

/** date → page key (e.g. "lessons/party-history-1") → time: what one device tallied. */
export type DayTimes = Record<string, Record<string, PageTime>>;

/**
 * The log. Time is tallied per device: `days` is this browser's, `devices`
 * holds other devices' tallies by their id (from the branch service or a
 * restored backup). A tally only grows, so merging two copies of one device
 * takes the larger value, and the devices add up: a minute logged on one
 * device and merged or synced twice counts once.
 */
export interface StudyLog {
  version: typeof STUDY_LOG_VERSION;
  /** This browser's random id, given on its first write (absent in logs from before devices were told apart). */
  device?: string;
  days: DayTimes;
  /** Other devices' time, by device id. */
  devices?: Record<string, DayTimes>;
  /** lesson id → date it was completed. */
  lessons: Record<string, string>;
  attempts: QuizAttempt[];
}

export function emptyLog(): StudyLog {
  return { version: STUDY_LOG_VERSION, days: {}, lessons: {}, attempts: [] };
}

/** Every device's tallies: this browser's first. */
export const deviceTallies = (log: StudyLog): DayTimes[] => [log.days, ...Object.values(log.devices ?? {})];

/** A device id as the branch service takes it (services/branch/study.mjs). */
export const DEVICE_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** The log with a device id of its own (a new random one when it has none). */
export function withDevice(log: StudyLog): StudyLog {
  if (log.device) return log;
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return { ...log, device: Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('') };
}

/**
 * Adds study credits for one page, capped per page per day: a tab left open,
 * or a video on loop, earns at most `capSeconds` a day.
 */
export function addStudyTime(
  log: StudyLog,
  page: string,
  credits: readonly StudyCredit[],
  capSeconds: number,
): StudyLog {
  const days = { ...log.days };
  for (const credit of credits) {
    const pages = { ...days[credit.date] };
    const time = { ...(pages[page] ?? { read: 0, media: 0 }) };
    const room = Math.max(0, capSeconds - time.read - time.media);
    time[credit.kind] += Math.min(room, credit.ms / 1000);
    pages[page] = time;
    days[credit.date] = pages;
  }
  return { ...log, days };
}

export function completeLesson(log: StudyLog, lesson: string, date: string): StudyLog {
  if (log.lessons[lesson]) return log;
  return { ...log, lessons: { ...log.lessons, [lesson]: date } };
}

export function addAttempt(log: StudyLog, attempt: QuizAttempt): StudyLog {
  if (log.attempts.some((a) => a.id === attempt.id)) return log;
  return { ...log, attempts: [...log.attempts, attempt] };
}

/** The scored daily-quiz attempt of `date`, if any: one a day counts. */
export function dailyAttemptOn(log: StudyLog, date: string): QuizAttempt | undefined {
  return log.attempts.find((a) => a.kind === 'daily' && a.date === date);
}

/** `into` with `from` united: per page and day the larger tally (one device's time only grows). */
function uniteTallies(into: DayTimes | undefined, from: DayTimes): DayTimes {
  const days: DayTimes = structuredClone(into ?? {});
  for (const [date, pages] of Object.entries(from)) {
    const target = (days[date] ??= {});
    for (const [page, time] of Object.entries(pages)) {
      const mine = target[page] ?? { read: 0, media: 0 };
      target[page] = { read: Math.max(mine.read, time.read), media: Math.max(mine.media, time.media) };
    }
  }
  return days;
}

/**
 * Unites other devices' tallies with this log: each goes to its own device
 * (this browser's own id: into `days`); a tally without a device id (a backup
 * from before devices were told apart) is taken as this browser's, as it always was.
 */
export function uniteDevices(log: StudyLog, devices: Readonly<Record<string, DayTimes>>): StudyLog {
  let days = log.days;
  const others: Record<string, DayTimes> = { ...log.devices };
  for (const [device, tally] of Object.entries(devices)) {
    if (device === '' || device === log.device) days = uniteTallies(days, tally);
    else others[device] = uniteTallies(others[device], tally);
  }
  return Object.keys(others).length ? { ...log, days, devices: others } : { ...log, days };
}

/**
 * Merges an imported log (a backup, or the record the branch service keeps)
 * into this one. Idempotent and order-free: each device's page times take the
 * larger value and devices add up, lessons take the earlier date, attempts are
 * united by id; importing the same file twice changes nothing.
 */
export function mergeLogs(a: StudyLog, b: StudyLog): StudyLog {
  const tallies: Record<string, DayTimes> = { ...b.devices, [b.device ?? '']: b.days };
  const { days, devices } = uniteDevices(a, tallies);
  const lessons = { ...a.lessons };
  for (const [lesson, date] of Object.entries(b.lessons)) {
    if (!lessons[lesson] || date < lessons[lesson]) lessons[lesson] = date;
  }
  let merged: StudyLog = { ...a, days, lessons, ...(devices ? { devices } : {}) };
  for (const attempt of b.attempts) {
    // The daily quiz counts once a day, whichever device took it first.
    if (attempt.kind === 'daily' && dailyAttemptOn(merged, attempt.date)) continue;
    merged = addAttempt(merged, attempt);
  }
  merged.attempts.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  return merged;
}

// ---------- validation (for storage and import) ----------

export class StudyLogError extends Error {}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const KINDS: readonly QuizKind[] = ['test', 'contest', 'daily'];

function fail(path: string, problem: string): never {
  throw new StudyLogError(`文件内容有误：${path} ${problem} / invalid study record at ${path}`);
}
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isSeconds = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

function validateAttempt(value: unknown, path: string): QuizAttempt {
  if (!isRecord(value)) fail(path, '应为一次测试记录');
  const { id, quiz, title, kind, date, correct, total, percent, passed, seconds } = value;
  if (typeof id !== 'string' || id === '') fail(`${path}.id`, '缺少记录编号');
  if (typeof quiz !== 'string' || typeof title !== 'string') fail(`${path}.quiz`, '缺少测试名称');
  if (!KINDS.includes(kind as QuizKind)) fail(`${path}.kind`, '测试类型无效');
  if (typeof date !== 'string' || !DATE.test(date)) fail(`${path}.date`, '日期应为 YYYY-MM-DD');
  if (![correct, total, percent, seconds].every(isSeconds) || typeof passed !== 'boolean') fail(path, '成绩数据无效');
  return {
    id,
    quiz,
    title,
    kind: kind as QuizKind,
    date,
    correct: correct as number,
    total: total as number,
    percent: percent as number,
    passed,
    seconds: seconds as number,
  };
}

function validateTallies(value: unknown, path: string): DayTimes {
  if (!isRecord(value)) fail(path, '应为按日期记录的学习时间');
  const days: DayTimes = {};
  for (const [date, pages] of Object.entries(value)) {
    if (!DATE.test(date) || !isRecord(pages)) fail(`${path}.${date}`, '日期应为 YYYY-MM-DD');
    days[date] = {};
    for (const [page, time] of Object.entries(pages)) {
      if (!isRecord(time) || !isSeconds(time.read) || !isSeconds(time.media))
        fail(`${path}.${date}.${page}`, '学习时间应为非负秒数');
      days[date][page] = { read: time.read, media: time.media };
    }
  }
  return days;
}

/** Checks untrusted data (an import, or storage written by an older page) field by field. */
export function validateLog(value: unknown): StudyLog {
  if (!isRecord(value)) fail('log', '应为学习记录');
  if (value.version !== STUDY_LOG_VERSION) {
    throw new StudyLogError(
      `学习记录的版本（${String(value.version)}）无法识别：请用本网站“备份学习记录”得到的文件 / unsupported study record version`,
    );
  }
  const days = validateTallies(value.days, 'days');
  if (value.device !== undefined && (typeof value.device !== 'string' || !DEVICE_ID.test(value.device)))
    fail('device', '设备编号无效');
  const devices: Record<string, DayTimes> = {};
  if (value.devices !== undefined) {
    if (!isRecord(value.devices)) fail('devices', '应为各设备的学习时间');
    for (const [device, tally] of Object.entries(value.devices)) {
      if (!DEVICE_ID.test(device) || device === value.device) fail(`devices.${device}`, '设备编号无效');
      devices[device] = validateTallies(tally, `devices.${device}`);
    }
  }
  if (!isRecord(value.lessons)) fail('lessons', '应为已学课时');
  const lessons: StudyLog['lessons'] = {};
  for (const [lesson, date] of Object.entries(value.lessons)) {
    if (typeof date !== 'string' || !DATE.test(date)) fail(`lessons.${lesson}`, '日期应为 YYYY-MM-DD');
    lessons[lesson] = date;
  }
  if (!Array.isArray(value.attempts)) fail('attempts', '应为测试记录列表');
  const attempts = value.attempts.map((a, i) => validateAttempt(a, `attempts.${i}`));
  return {
    version: STUDY_LOG_VERSION,
    ...(value.device ? { device: value.device as string } : {}),
    days,
    ...(Object.keys(devices).length ? { devices } : {}),
    lessons,
    attempts,
  };
}

// ---------- export / import ----------

export interface StudyExport {
  format: typeof EXPORT_FORMAT;
  version: typeof STUDY_LOG_VERSION;
  exportedAt: string;
  log: StudyLog;
}

export function exportLog(log: StudyLog, now: Date): string {
  const data: StudyExport = { format: EXPORT_FORMAT, version: STUDY_LOG_VERSION, exportedAt: now.toISOString(), log };
  return JSON.stringify(data, null, 2);
}

/** Reads an export file; a bad file gets a message saying what is wrong. */
export function parseExport(text: string): StudyLog {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new StudyLogError(
      '无法读取这个文件（可能不完整）。请选择“备份学习记录”得到的备份文件 / not a study log backup (unreadable)',
    );
  }
  if (isRecord(data) && data.format === SUBMISSION_FORMAT) {
    throw new StudyLogError(
      '这是提交给支部的月度学习记录，不能用来恢复。请选择“备份学习记录”得到的备份文件 / a monthly submission, not a backup',
    );
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) {
    throw new StudyLogError(
      '这不是本网站的学习记录备份文件。请选择“备份学习记录”得到的备份文件 / not a study log backup of this site',
    );
  }
  return validateLog(data.log);
}

// ---------- storage ----------

/** The part of `Storage` the log needs; tests pass a Map-backed fake. */
export type LogStorage = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * Reads the stored log. `writable` is false when something unreadable is stored
 * (a damaged value, or a newer version written by a newer page): writing over it
 * would destroy the member's record, so updates leave it alone.
 */
function readStored(storage: LogStorage | undefined): { log: StudyLog; writable: boolean } {
  let raw: string | null | undefined;
  try {
    raw = storage?.getItem(STUDY_LOG_KEY);
  } catch {
    return { log: emptyLog(), writable: false };
  }
  if (!raw) return { log: emptyLog(), writable: true };
  try {
    return { log: validateLog(JSON.parse(raw)), writable: true };
  } catch {
    return { log: emptyLog(), writable: false };
  }
}

/** Reads the log; unreadable or damaged storage gives an empty log, never an exception. */
export function loadLog(storage: LogStorage | undefined): StudyLog {
  return readStored(storage).log;
}

/** Saves the log; false when the browser refused (private mode, quota). */
export function saveLog(storage: LogStorage | undefined, log: StudyLog): boolean {
  try {
    if (!storage) return false;
    storage.setItem(STUDY_LOG_KEY, JSON.stringify(log));
    return true;
  } catch {
    return false;
  }
}

/** Read–modify–write, so two open tabs add to each other instead of overwriting. */
export function updateLog(
  storage: LogStorage | undefined,
  change: (log: StudyLog) => StudyLog,
): { log: StudyLog; saved: boolean } {
  const { log, writable } = readStored(storage);
  // The first write names this browser's device, so its time stays apart from other devices'.
  const changed = withDevice(change(log));
  return { log: changed, saved: writable && saveLog(storage, changed) };
}

/** True when the stored log can be read and written (the page shows a warning otherwise). */
export function storageUsable(storage: LogStorage | undefined): boolean {
  return readStored(storage).writable && saveLog(storage, loadLog(storage));
}

/** `localStorage`, or undefined where merely touching it throws (some privacy modes). */
export function browserStorage(): LogStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
