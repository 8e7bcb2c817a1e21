/**
 * The monthly study record a member submits to the branch secretary from
 * 我的学习: one small JSON file per member and month, built from the study log
 * in the browser. It carries a format name and version, who it is (the
 * member's archive id, from the secretary's personal link or the branch
 * service's sign-in; else the name the member typed), the month, when it was
 * made, the month's figures, and a checksum of all that (damage detection, not
 * security: see checksum.ts). Reading such a file back and merging it is import.ts.
 */
import type { StudyLog } from './log';
import type { QuizKind } from './quiz-paper';
import { contentChecksum } from './checksum';
import {
  attemptsInMonth,
  dailyMinutes,
  lessonsInMonth,
  minutesInMonth,
  monthPoints,
  secondsOn,
  testsPassedInMonth,
  type PointsRules,
} from './summary';
import { SUBMISSION_FORMAT } from './file-names';

export { SUBMISSION_FORMAT };
export const SUBMISSION_VERSION = 1;

export interface SubmittedLesson {
  id: string;
  title: string;
  /** Beijing date it was completed. */
  date: string;
}

export interface SubmittedTest {
  /** The attempt's id (unique per attempt). */
  id: string;
  quiz: string;
  title: string;
  kind: QuizKind;
  date: string;
  percent: number;
  correct: number;
  total: number;
  passed: boolean;
  seconds: number;
}

export interface MonthRecord {
  /** Whole minutes of the month, as 我的学习 shows them. */
  minutes: number;
  /** Whole minutes per day (days with at least one minute). */
  days: Record<string, number>;
  lessons: SubmittedLesson[];
  tests: SubmittedTest[];
  /** Tests and contests passed this month, each counted once. */
  testsPassed: number;
  /** 学习积分 of the month under the site's rules when the file was made. */
  points: number;
}

/** What the checksum covers: everything in the file except the checksum itself. */
export interface SubmissionContent {
  format: typeof SUBMISSION_FORMAT;
  version: typeof SUBMISSION_VERSION;
  /** The member's archive id (file name of the archive, e.g. wang-fang), when the page knows it. */
  member?: string;
  /** Else the name the member typed (王芳): the secretary chooses the archive it goes to. */
  name?: string;
  /** YYYY-MM, a Beijing month. */
  month: string;
  /** When the file was made (ISO instant, UTC). */
  createdAt: string;
  record: MonthRecord;
}

export interface StudySubmission extends SubmissionContent {
  checksum: string;
}

/**
 * An ASCII file name (chat apps and mail clients keep it intact):
 * study-record-wang-fang-2026-12.json, or study-record-2026-12.json for a typed name.
 */
export const submissionFileName = (member: string | undefined, month: string) =>
  member ? `study-record-${member}-${month}.json` : `study-record-${month}.json`;

/**
 * The member and month a file's name gives, when it is a name submissionFileName
 * made (also as a browser or chat app renames a second copy: "… (1).json",
 * "…(1).json", or saved as .txt); undefined for any other name.
 */
export function fileNameMemberMonth(name: string): { member: string; month: string } | undefined {
  const match = /^study-record-([a-z0-9]+(?:-[a-z0-9]+)*)-(\d{4}-\d{2})\s*(?:\(\d+\))?\.(?:json|txt)$/i.exec(
    name.split(/[\\/]/).pop() ?? name,
  );
  return match ? { member: match[1]!.toLowerCase(), month: match[2]! } : undefined;
}

export interface SubmissionInput {
  /** The archive id when the page knows it… */
  member?: string;
  /** …else the name the member typed. */
  name?: string;
  month: string;
  now: Date;
  rules: PointsRules;
  /** Readable title of a lesson id (course · lesson); the id when unknown. */
  lessonTitle: (id: string) => string;
}

/**
 * Whole minutes per day that add up to the month's total (the import checks
 * that they do). The total rounds the month's seconds down once, each day
 * rounds its own down, so the days can fall short by less than a minute each:
 * those minutes go to the days that lost the most seconds (then the earlier).
 */
function daysAddingUpTo(log: StudyLog, month: string, total: number): Record<string, number> {
  const studied = dailyMinutes(log, month)
    .map(({ date, minutes }) => ({ date, minutes, rest: secondsOn(log, date) - minutes * 60 }))
    .filter((day) => day.minutes > 0 || day.rest > 0);
  let missing = total - studied.reduce((sum, day) => sum + day.minutes, 0);
  for (const day of [...studied].sort((a, b) => b.rest - a.rest || a.date.localeCompare(b.date))) {
    if (missing <= 0) break;
    day.minutes += 1;
    missing -= 1;
  }
  return Object.fromEntries(studied.filter((day) => day.minutes > 0).map((day) => [day.date, day.minutes]));
}

export function buildSubmission(
  log: StudyLog,
  { member, name, month, now, rules, lessonTitle }: SubmissionInput,
): StudySubmission {
  const minutes = minutesInMonth(log, month);
  const days = daysAddingUpTo(log, month, minutes);
  const lessons = lessonsInMonth(log, month)
    .map((id) => ({ id, title: lessonTitle(id), date: log.lessons[id]! }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const tests = attemptsInMonth(log, month).map(
    ({ id, quiz, title, kind, date, percent, correct, total, passed, seconds }) => ({
      id,
      quiz,
      title,
      kind,
      date,
      percent,
      correct,
      total,
      passed,
      seconds: Math.round(seconds),
    }),
  );
  const content: SubmissionContent = {
    format: SUBMISSION_FORMAT,
    version: SUBMISSION_VERSION,
    ...(member ? { member } : { name: name ?? '' }),
    month,
    createdAt: now.toISOString(),
    record: {
      minutes,
      days,
      lessons,
      tests,
      testsPassed: testsPassedInMonth(log, month),
      points: monthPoints(log, month, rules).total,
    },
  };
  return { ...content, checksum: contentChecksum(content) };
}

/** The file's text: indented for the download, on one line for pasting into a chat. */
export function serializeSubmission(submission: StudySubmission, { compact = false } = {}): string {
  return compact ? JSON.stringify(submission) : `${JSON.stringify(submission, null, 2)}\n`;
}

/** The first days of a month are when last month's record is due: it is the default then, if there is one. */
export const SUBMIT_PREVIOUS_UNTIL_DAY = 7;

/** The month 我的学习 offers first for submitting, among `months` (newest first, the current month included). */
export function defaultSubmitMonth(today: string, months: readonly string[]): string {
  const current = today.slice(0, 7);
  const previous = months.find((m) => m < current);
  const early = Number(today.slice(8, 10)) <= SUBMIT_PREVIOUS_UNTIL_DAY;
  return early && previous === previousMonth(current) ? previous : current;
}

/** 2026-01 → 2025-12 */
export function previousMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}
