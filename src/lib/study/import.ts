/**
 * The secretary's import of members' monthly study records (submission.ts)
 * into their archives, used by the CMS's 导入学习记录 control and by
 * `npm run members:import`. Pure: files and archive records in, new records and
 * a list of changes (or the reasons for refusing) out.
 *
 * Rules
 * - A file is read completely or refused: larger than any real record (refused
 *   by its size before it is read: SUBMISSION_LIMITS), not this site's format,
 *   an unknown version, a wrong checksum (damaged or edited), a month still in
 *   the future in Beijing time, a bad field, figures that are no record (a
 *   month total other than the sum of its days, more tests passed than tests,
 *   a day after the file was made), or a file made before its month began or
 *   in the future. A file for another member is refused on that member's
 *   archive. If any file of one import is refused, nothing at all is written.
 * - Month by month, the NEWEST submission wins. The study log in a browser only
 *   grows, so a later file of the same month holds everything an earlier one
 *   did: importing the new file replaces the month; an older one changes
 *   nothing; the same file again changes nothing (so an import can be repeated
 *   safely, in any order). "The same" means the same content: a file made at
 *   the same second whose figures differ from the archive's is named as such,
 *   never called identical. A month entered by hand (no 提交时间) is replaced by
 *   a file, and the change says so with the old figure. Devices: the log keeps
 *   each device's time apart (log.ts), so a member who merged two devices (恢复学习记录,
 *   or the branch service's sync) submits once with neither counted twice.
 * - Whose record: a file carries the member's archive id (personal link, branch
 *   service) and goes to that archive only; or the name the member typed, and
 *   then it goes only to the archive the secretary chooses (the CMS entry open,
 *   or members:import --member): a name is never matched to an archive by
 *   guessing, and files typed with different names are refused together.
 * - Records the branch service keeps are files too: they are read by the same
 *   code, with the same refusals (service-records.ts names them).
 */
import { t } from '../../i18n/zh';
import { canonicalJson, contentChecksum } from './checksum';
import { civilDateInShanghai, civilMonthInShanghai, isCivilDate, isCivilMonth } from '../civil-date';
import { ID_PATTERN } from '../entry-ids';
import { normaliseMemberName } from '../members/identity';
import {
  fileNameMemberMonth,
  SUBMISSION_FORMAT,
  SUBMISSION_VERSION,
  type MonthRecord,
  type StudySubmission,
  type SubmittedTest,
} from './submission';

/** One test of a month as the archive keeps it (tests and contests, not the daily quiz). */
export interface ArchiveTest {
  date: string;
  title: string;
  score: number;
  passed: boolean;
}

/** One month of an archive's 学习记录 (fields of `members.studyRecords` in src/model/collections.ts). */
export interface ArchiveStudyRecord {
  month: string;
  minutes: number;
  testsPassed?: number;
  studyDays?: number;
  lessons?: number;
  points?: number;
  tests?: ArchiveTest[];
  /** When the imported file was made, Beijing time (2026-12-01T09:30:00+0800); absent for a record typed by hand. */
  submittedAt?: string;
  [other: string]: unknown;
}

export interface ImportFile {
  name: string;
  text: string;
}

export interface ReadSubmission {
  file: string;
  submission: StudySubmission;
}

export class ImportRefused extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.problems = problems;
  }
}

// ---------- reading one file ----------

/**
 * What a real monthly record can hold. A record is about 1 KB; a month with a
 * daily quiz every day and many test attempts stays far below these bounds,
 * which keep a wrong or hostile file from filling the archive or the
 * secretary's browser. Checked on the size before a file is read.
 */
export const SUBMISSION_LIMITS = {
  /** Bytes of one file (a real one: 1–30 KB). */
  bytes: 256 * 1024,
  /** Lessons completed in one month. */
  lessons: 300,
  /** Test, contest and daily-quiz attempts in one month. */
  tests: 400,
} as const;

/** The refusal of a file larger than any record, or undefined: for a size known before reading (a File, a stat). */
export function sizeProblem(file: string, bytes: number): string | undefined {
  if (bytes <= SUBMISSION_LIMITS.bytes) return undefined;
  return t('import.tooLarge', {
    file,
    size: Math.ceil(bytes / 1024),
    limit: SUBMISSION_LIMITS.bytes / 1024,
  });
}

const MEMBER_ID = new RegExp(ID_PATTERN.source);
const KINDS = ['test', 'contest', 'daily'];
/** Tolerance for a member's clock running a little ahead. */
const CLOCK_SKEW_MS = 10 * 60_000;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isInstant = (v: unknown): v is string =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v));

type Check = (
  field: string,
  ok: boolean,
  problem: Parameters<typeof t>[0],
  vars?: Record<string, string | number>,
) => void;

/** The minutes of one day: a day has 1,440. */
const MINUTES_PER_DAY = 1440;

function checkTest(test: unknown, path: string, inMonth: (d: unknown) => boolean, check: Check) {
  if (!isRecord(test)) return check(path, false, 'import.problem.record');
  check(`${path}.id`, typeof test.id === 'string' && test.id !== '', 'import.problem.text');
  check(`${path}.quiz`, typeof test.quiz === 'string' && test.quiz !== '', 'import.problem.text');
  check(`${path}.title`, typeof test.title === 'string', 'import.problem.text');
  check(`${path}.kind`, KINDS.includes(test.kind as string), 'import.problem.kind');
  check(`${path}.date`, inMonth(test.date), 'import.problem.date');
  for (const key of ['percent', 'correct', 'total', 'seconds'])
    check(`${path}.${key}`, isCount(test[key]), 'import.problem.count');
  check(`${path}.percent`, (test.percent as number) <= 100, 'import.problem.percent');
  check(`${path}.correct`, (test.correct as number) <= (test.total as number), 'import.problem.correct');
  check(`${path}.passed`, typeof test.passed === 'boolean', 'import.problem.passed');
}

/** A list no longer than `max`: its own problem, so a long list is named before its items are checked. */
function checkList(list: unknown, path: string, max: number, check: Check): list is unknown[] {
  if (!Array.isArray(list)) {
    check(path, false, 'import.problem.list');
    return false;
  }
  check(path, list.length <= max, 'import.problem.tooMany', { count: list.length, max });
  return list.length <= max;
}

/** Field by field: the first problem found, named by its path in the file. */
function recordProblem(data: Record<string, unknown>): { field: string; problem: string } | undefined {
  let found: { field: string; problem: string } | undefined;
  const check: Check = (field, ok, problem, vars = {}) => {
    if (!ok && !found) found = { field, problem: t(problem, vars) };
  };
  // Who it is: the archive id (personal link, branch service), or else the name the member typed.
  if (data.member !== undefined || data.name === undefined)
    check('member', typeof data.member === 'string' && MEMBER_ID.test(data.member), 'import.problem.member');
  else check('name', normaliseMemberName(String(data.name)) === data.name, 'import.problem.name');
  check('month', isCivilMonth(data.month), 'import.problem.month');
  check('createdAt', isInstant(data.createdAt), 'import.problem.instant');
  const month = String(data.month);
  const inMonth = (d: unknown) => isCivilDate(d) && d.startsWith(`${month}-`);
  const record = data.record;
  if (!isRecord(record)) {
    check('record', false, 'import.problem.record');
    return found;
  }
  for (const key of ['minutes', 'testsPassed', 'points'])
    check(`record.${key}`, isCount(record[key]), 'import.problem.count');
  if (!isRecord(record.days)) check('record.days', false, 'import.problem.record');
  else
    for (const [date, minutes] of Object.entries(record.days)) {
      check(`record.days.${date}`, inMonth(date), 'import.problem.date');
      check(`record.days.${date}`, isCount(minutes), 'import.problem.count');
      check(`record.days.${date}`, (minutes as number) <= MINUTES_PER_DAY, 'import.problem.dayMinutes', {
        max: MINUTES_PER_DAY,
      });
    }
  if (checkList(record.lessons, 'record.lessons', SUBMISSION_LIMITS.lessons, check))
    record.lessons.forEach((lesson, i) => {
      const path = `record.lessons.${i}`;
      if (!isRecord(lesson)) return check(path, false, 'import.problem.record');
      check(`${path}.id`, typeof lesson.id === 'string' && lesson.id !== '', 'import.problem.text');
      check(`${path}.title`, typeof lesson.title === 'string', 'import.problem.text');
      check(`${path}.date`, inMonth(lesson.date), 'import.problem.date');
    });
  if (checkList(record.tests, 'record.tests', SUBMISSION_LIMITS.tests, check))
    record.tests.forEach((test, i) => checkTest(test, `record.tests.${i}`, inMonth, check));
  return found;
}

/**
 * A well-formed file whose figures are no record: what the file says must be
 * what its parts add up to, and nothing can have happened after it was made.
 */
function figuresProblem({ createdAt, record }: StudySubmission): { field: string; problem: string } | undefined {
  const dayTotal = Object.values(record.days).reduce((sum, minutes) => sum + minutes, 0);
  if (record.minutes !== dayTotal)
    return { field: 'record.minutes', problem: t('import.problem.minutesSum', { sum: dayTotal }) };
  const passed = new Set(record.tests.filter((test) => test.kind !== 'daily' && test.passed).map((test) => test.quiz));
  if (record.testsPassed !== passed.size)
    return { field: 'record.testsPassed', problem: t('import.problem.testsPassed', { count: passed.size }) };
  const made = civilDateInShanghai(new Date(createdAt));
  const dated: [string, string][] = [
    ...Object.keys(record.days).map((date): [string, string] => [`record.days.${date}`, date]),
    ...record.lessons.map(({ date }, i): [string, string] => [`record.lessons.${i}.date`, date]),
    ...record.tests.map(({ date }, i): [string, string] => [`record.tests.${i}.date`, date]),
  ];
  const late = dated.find(([, date]) => date > made);
  return late && { field: late[0], problem: t('import.problem.afterCreated', { created: made }) };
}

/** Reads one submitted file; throws ImportRefused with the reason, naming the file. */
export function parseSubmission({ name: file, text }: ImportFile, now: Date): StudySubmission {
  const refuse = (key: Parameters<typeof t>[0], vars: Record<string, string | number> = {}): never => {
    throw new ImportRefused([t(key, { file, ...vars })]);
  };
  // Before parsing, the same bound as by a file's size: characters first (never fewer than
  // the bytes), so a huge text costs no encoding; then the exact UTF-8 bytes of a short one.
  const tooLarge =
    sizeProblem(file, text.length) ?? sizeProblem(file, new TextEncoder().encode(text.replace(/^\uFEFF/, '')).length);
  if (tooLarge) throw new ImportRefused([tooLarge]);
  let data: unknown;
  try {
    // A BOM or spaces from a chat app or an editor are harmless.
    data = JSON.parse(text.replace(/^\uFEFF/, '').trim());
  } catch {
    return refuse('import.notJson');
  }
  if (!isRecord(data) || data.format !== SUBMISSION_FORMAT) return refuse('import.wrongFormat');
  if (data.version !== SUBMISSION_VERSION) return refuse('import.version', { version: String(data.version) });
  const { checksum, ...content } = data;
  if (typeof checksum !== 'string' || contentChecksum(content) !== checksum) return refuse('import.damaged');
  // A month still to come says so, before whatever its dates look like.
  const current = civilMonthInShanghai(now);
  if (isCivilMonth(data.month) && data.month > current) return refuse('import.future', { month: data.month, current });
  const problem = recordProblem(data);
  if (problem) return refuse('import.field', problem);
  const submission = data as unknown as StudySubmission;
  const created = new Date(submission.createdAt);
  if (created.getTime() > now.getTime() + CLOCK_SKEW_MS)
    return refuse('import.createdFuture', { created: beijingTimestamp(submission.createdAt) });
  if (civilMonthInShanghai(created) < submission.month)
    return refuse('import.createdEarly', { month: submission.month, created: beijingTimestamp(submission.createdAt) });
  const figures = figuresProblem(submission);
  if (figures) return refuse('import.field', figures);
  // A file named for one member holding another's record is a mix-up: its name is what the secretary went by.
  const named = fileNameMemberMonth(file);
  if (named && (named.member !== submission.member || named.month !== submission.month))
    return refuse('import.fileName', {
      named: `${named.member} ${named.month}`,
      member: submission.member ?? submission.name ?? '',
      month: submission.month,
    });
  return submission;
}

/** Reads every file: the good ones, and the problem of each bad one (an import with any problem writes nothing). */
export function readSubmissions(
  files: readonly ImportFile[],
  now: Date,
): { read: ReadSubmission[]; problems: string[] } {
  const problems: string[] = [];
  const read: ReadSubmission[] = [];
  for (const file of files) {
    try {
      read.push({ file: file.name, submission: parseSubmission(file, now) });
    } catch (error) {
      if (!(error instanceof ImportRefused)) throw error;
      problems.push(...error.problems);
    }
  }
  return { read, problems };
}

// ---------- merging into one archive ----------

/**
 * An instant as Beijing wall-clock time with its offset, 2026-12-01T09:30:00+0800.
 * The offset has no colon on purpose: YAML 1.1 readers (js-yaml, which the build
 * uses) turn 2026-12-01T09:30:00+08:00 into a date object, this stays text.
 */
export function beijingTimestamp(iso: string): string {
  return `${new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 19)}+0800`;
}

/** An ISO instant to the whole second, as 提交时间 keeps it. */
const wholeSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000) * 1000;

/** The instant of a stored 提交时间 (also a date object, or a +08:00 form typed by hand); NaN when unreadable. */
export function timestampMs(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value !== 'string') return Number.NaN;
  return Date.parse(value.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
}

const archiveTest = ({ date, title, percent, passed }: SubmittedTest): ArchiveTest => ({
  date,
  title,
  score: percent,
  passed,
});

/** The archive's record of a submitted month (the daily quiz counts in the points, not in the test list). */
export function recordFromSubmission({
  month,
  createdAt,
  record,
}: {
  month: string;
  createdAt: string;
  record: MonthRecord;
}): ArchiveStudyRecord {
  return {
    month,
    minutes: record.minutes,
    testsPassed: record.testsPassed,
    studyDays: Object.keys(record.days).length,
    lessons: record.lessons.length,
    points: record.points,
    tests: record.tests.filter((test) => test.kind !== 'daily').map(archiveTest),
    submittedAt: beijingTimestamp(createdAt),
  };
}

export type MonthChange =
  | { kind: 'added'; file: string; month: string; after: ArchiveStudyRecord }
  | {
      kind: 'replaced' | 'replacedManual';
      file: string;
      month: string;
      before: ArchiveStudyRecord;
      after: ArchiveStudyRecord;
    }
  | { kind: 'same' | 'older'; file: string; month: string; kept: ArchiveStudyRecord }
  /** Made at the same second as the archive's record, with other figures (a correction by hand, or another file). */
  | { kind: 'sameTimeDifferent'; file: string; month: string; kept: ArchiveStudyRecord; incoming: ArchiveStudyRecord };

const IMPORTED_FIELDS = ['minutes', 'testsPassed', 'studyDays', 'lessons', 'points', 'tests'] as const;

/** True when the archive's month holds exactly what a file would put there. */
const sameFigures = (kept: ArchiveStudyRecord, incoming: ArchiveStudyRecord) =>
  IMPORTED_FIELDS.every((field) => canonicalJson(kept[field] ?? null) === canonicalJson(incoming[field] ?? null));

/** Newer first: the later file; on an exact tie, one fixed order (so the result never depends on the order of the files). */
function newer(a: ReadSubmission, b: ReadSubmission): number {
  return (
    Date.parse(b.submission.createdAt) - Date.parse(a.submission.createdAt) ||
    (a.submission.checksum < b.submission.checksum ? 1 : a.submission.checksum > b.submission.checksum ? -1 : 0)
  );
}

/**
 * Why these files cannot all go into the archive the secretary chose: a file
 * with another member's id; or files whose typed names differ (two people's
 * records, and nothing says which is this archive's). A typed name alone is
 * taken as the secretary's choice of archive: never matched against it.
 */
function archiveProblemsOf(archiveId: string, submissions: readonly ReadSubmission[]): string[] {
  const strangers = submissions
    .filter((s) => s.submission.member !== undefined && s.submission.member !== archiveId)
    .map((s) => t('import.otherMember', { file: s.file, member: s.submission.member!, archive: archiveId }));
  const named = submissions.filter((s) => s.submission.member === undefined);
  const names = [...new Set(named.map((s) => s.submission.name))];
  if (names.length > 1)
    strangers.push(
      t('import.namesDiffer', {
        files: named.map((s) => `“${s.file}”（${s.submission.name}）`).join('、'),
        archive: archiveId,
      }),
    );
  return strangers;
}

/** The names typed in files without an archive id, for the secretary to check against the archive chosen. */
export const typedNames = (submissions: readonly ReadSubmission[]) => [
  ...new Set(submissions.flatMap((s) => (s.submission.member === undefined ? [s.submission.name ?? ''] : []))),
];

/**
 * Merges read submissions into one archive's records. Throws ImportRefused when
 * a file belongs to another member, or files typed with different names.
 * Records come back sorted by month; fields of a record the import does not know are kept.
 */
export function mergeSubmissions(
  archiveId: string,
  records: readonly ArchiveStudyRecord[],
  submissions: readonly ReadSubmission[],
): { records: ArchiveStudyRecord[]; changes: MonthChange[] } {
  const problems = archiveProblemsOf(archiveId, submissions);
  if (problems.length) throw new ImportRefused(problems);

  const byMonth = new Map(records.map((r) => [r.month, r]));
  const changes: MonthChange[] = [];
  const ordered = [...submissions].sort(newer);
  for (const { file, submission } of ordered) {
    const month = submission.month;
    const current = byMonth.get(month);
    const incoming = recordFromSubmission(submission);
    if (!current) {
      byMonth.set(month, incoming);
      changes.push({ kind: 'added', file, month, after: incoming });
    } else if (timestampMs(current.submittedAt) > wholeSeconds(submission.createdAt)) {
      changes.push({ kind: 'older', file, month, kept: current });
    } else if (timestampMs(current.submittedAt) === wholeSeconds(submission.createdAt)) {
      // The time alone says nothing about the content: identical means the same figures.
      changes.push(
        sameFigures(current, incoming)
          ? { kind: 'same', file, month, kept: current }
          : { kind: 'sameTimeDifferent', file, month, kept: current, incoming },
      );
    } else {
      // Fields the secretary added to the month by hand (other than the figures) stay.
      byMonth.set(month, { ...current, ...incoming });
      changes.push({
        kind: current.submittedAt === undefined ? 'replacedManual' : 'replaced',
        file,
        month,
        before: current,
        after: { ...current, ...incoming },
      });
    }
  }
  const merged = [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month));
  // A change list in month order, then file order, reads best.
  changes.sort((a, b) => a.month.localeCompare(b.month) || a.file.localeCompare(b.file));
  return { records: merged, changes };
}

/** Reads and merges files into one archive (the CMS control): all or nothing, every problem listed. */
export function importIntoArchive(
  archiveId: string,
  records: readonly ArchiveStudyRecord[],
  files: readonly ImportFile[],
  now: Date,
) {
  const { read, problems } = readSubmissions(files, now);
  const strangers = archiveProblemsOf(archiveId, read);
  if (problems.length || strangers.length) throw new ImportRefused([...problems, ...strangers]);
  return { ...mergeSubmissions(archiveId, records, read), names: typedNames(read) };
}

/** True when the import changed the archive. */
export const changedAnything = (changes: readonly MonthChange[]) =>
  changes.some((c) => c.kind === 'added' || c.kind === 'replaced' || c.kind === 'replacedManual');

/** One line per change, in the secretary's words. */
export function describeChange(change: MonthChange): string {
  switch (change.kind) {
    case 'added':
      return t('import.added', {
        month: change.month,
        minutes: change.after.minutes,
        passed: change.after.testsPassed ?? 0,
      });
    case 'replaced':
    case 'replacedManual':
      return t(change.kind === 'replaced' ? 'import.replaced' : 'import.replacedManual', {
        month: change.month,
        before: change.before.minutes,
        minutes: change.after.minutes,
      });
    case 'same':
      return t('import.same', { month: change.month });
    case 'older':
      return t('import.older', { month: change.month, submitted: change.kept.submittedAt ?? '' });
    case 'sameTimeDifferent':
      return t('import.sameTimeDifferent', {
        month: change.month,
        submitted: change.kept.submittedAt ?? '',
        kept: change.kept.minutes,
        minutes: change.incoming.minutes,
      });
  }
}
