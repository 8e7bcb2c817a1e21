/**
 * The figures of the secretary's private monthly report (`npm run
 * members:report`): per member the month's minutes against the target, tests
 * passed, lessons, points, 学习体会 posted in the discussions (accounts mapped in
 * the archive), and how many months in a row they have been below the target;
 * then the branch's totals. Pure logic; the page and the CSV are
 * report-output.ts.
 *
 * Rules
 * - A month without a record counts as below the target (nothing was submitted).
 * - Months in a row below the target are counted back from the report month,
 *   but not before the branch began keeping records (its earliest record of
 *   any member) nor before the member joined.
 * - 学习体会: comments and replies by one of the member's accounts, written in
 *   the report month (Beijing time), in a thread about content (a `<section>/<id>`
 *   term); 意见征集 (feedback) and polls are not reflections on study.
 */
import type { SnapshotDiscussion } from '../discussion/snapshot';
import type { ArchiveStudyRecord } from '../study/import';
import { civilMonthInShanghai } from '../civil-date';
import { previousMonth } from '../study/submission';
import { targetPercent } from '../study/summary';
import type { AttendanceCount } from '../meetings/ledger';

export interface ReportMember {
  id: string;
  name: string;
  stage: string;
  status: string;
  /** YYYY-MM-DD */
  joined?: string;
  studyRecords: readonly ArchiveStudyRecord[];
  discussionAccounts: readonly string[];
}

export interface ReportInput {
  month: string;
  target: number;
  members: readonly ReportMember[];
  /** The discussion snapshot; undefined before the first sync. */
  discussions?: readonly SnapshotDiscussion[];
  /** Each member's attendance at the month's meetings (src/lib/meetings/ledger.ts), by archive id. */
  attendance?: ReadonlyMap<string, AttendanceCount>;
}

export type RecordSource = 'file' | 'manual' | 'none';

export interface MemberRow {
  id: string;
  name: string;
  stage: string;
  status: string;
  source: RecordSource;
  /** null: nothing submitted for the month. */
  minutes: number | null;
  percent: number;
  met: boolean;
  studyDays: number | null;
  testsPassed: number | null;
  lessons: number | null;
  points: number | null;
  /** null: no account mapped, or no snapshot. */
  reflections: number | null;
  monthsBelow: number;
  /** null: no meeting of the month lists the member. */
  attendance: AttendanceCount | null;
}

export interface ReportTotals {
  members: number;
  /** Members with a record of the month (submitted file or typed by hand). */
  submitted: number;
  /** Of those, records imported from the member's own file. */
  fromFiles: number;
  met: number;
  /** met / members, whole percent. */
  metPercent: number;
  minutes: number;
  /** Average over members with a record, whole minutes. */
  averageMinutes: number;
  testsPassed: number;
  reflections: number;
  /** Members below the target for at least ATTENTION_MONTHS months in a row. */
  attention: string[];
}

export interface MonthlyReport {
  month: string;
  target: number;
  rows: MemberRow[];
  totals: ReportTotals;
}

/** Months in a row below the target from which the report suggests a 谈心谈话. */
export const ATTENTION_MONTHS = 3;

/** Sections whose threads are not about study content. */
const NOT_REFLECTION = new Set(['feedback', 'polls']);

export function isReflectionThread(discussion: SnapshotDiscussion): boolean {
  return discussion.term !== null && discussion.poll === null && !NOT_REFLECTION.has(discussion.term.split('/')[0]!);
}

/** Posts per account (lower case) in `month`, Beijing time, in threads about content. */
export function reflectionsByAccount(discussions: readonly SnapshotDiscussion[], month: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const discussion of discussions.filter(isReflectionThread)) {
    for (const post of discussion.posts) {
      if (civilMonthInShanghai(new Date(post.date)) !== month) continue;
      const account = post.author.toLowerCase();
      counts.set(account, (counts.get(account) ?? 0) + 1);
    }
  }
  return counts;
}

const sourceOf = (record: ArchiveStudyRecord | undefined): RecordSource =>
  !record ? 'none' : record.submittedAt ? 'file' : 'manual';

function monthsBelow(member: ReportMember, month: string, target: number, firstTracked: string): number {
  const minutesBy = new Map(member.studyRecords.map((r) => [r.month, r.minutes]));
  const joined = member.joined?.slice(0, 7) ?? firstTracked;
  const start = joined > firstTracked ? joined : firstTracked;
  let count = 0;
  for (let m = month; m >= start; m = previousMonth(m)) {
    if ((minutesBy.get(m) ?? 0) >= target) break;
    count += 1;
  }
  return count;
}

const collator = new Intl.Collator('zh-CN');

export function monthlyReport({ month, target, members, discussions, attendance }: ReportInput): MonthlyReport {
  const recorded = members.flatMap((m) => m.studyRecords.map((r) => r.month));
  const firstTracked = recorded.length ? recorded.reduce((a, b) => (a < b ? a : b)) : month;
  const reflections = discussions ? reflectionsByAccount(discussions, month) : undefined;

  const rows = [...members]
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((member): MemberRow => {
      const record = member.studyRecords.find((r) => r.month === month);
      const minutes = record?.minutes ?? null;
      const accounts = member.discussionAccounts.map((a) => a.trim().toLowerCase()).filter(Boolean);
      return {
        id: member.id,
        name: member.name,
        stage: member.stage,
        status: member.status,
        source: sourceOf(record),
        minutes,
        percent: targetPercent(minutes ?? 0, target),
        met: minutes !== null && minutes >= target,
        studyDays: record?.studyDays ?? null,
        testsPassed: record ? (record.testsPassed ?? 0) : null,
        lessons: record?.lessons ?? null,
        points: record?.points ?? null,
        reflections:
          reflections && accounts.length ? accounts.reduce((sum, a) => sum + (reflections.get(a) ?? 0), 0) : null,
        monthsBelow: monthsBelow(member, month, target, firstTracked),
        attendance: attendance?.get(member.id) ?? null,
      };
    });

  const submitted = rows.filter((r) => r.minutes !== null);
  const minutes = submitted.reduce((sum, r) => sum + r.minutes!, 0);
  const met = rows.filter((r) => r.met).length;
  return {
    month,
    target,
    rows,
    totals: {
      members: rows.length,
      submitted: submitted.length,
      fromFiles: rows.filter((r) => r.source === 'file').length,
      met,
      metPercent: rows.length ? Math.round((met * 100) / rows.length) : 0,
      minutes,
      averageMinutes: submitted.length ? Math.round(minutes / submitted.length) : 0,
      testsPassed: rows.reduce((sum, r) => sum + (r.testsPassed ?? 0), 0),
      reflections: rows.reduce((sum, r) => sum + (r.reflections ?? 0), 0),
      attention: rows.filter((r) => r.monthsBelow >= ATTENTION_MONTHS).map((r) => r.name),
    },
  };
}

/** The month a report covers by default: the last complete month in Beijing. */
export const defaultReportMonth = (now: Date) => previousMonth(civilMonthInShanghai(now));
