/**
 * The ledger (台账) of a year's organisational life: for every rule of
 * rules.ts and every month, quarter or year it applies to, whether the branch
 * held what the rule requires; for every meeting and every member, attendance.
 * Pure: the command (scripts/ledger.ts) reads the files and writes the pages.
 */
import type { Attendance, MeetingAudience, MeetingKind, MeetingStatus } from './kinds';
import { MEETING_RULES, type MeetingRule, type RulePeriod } from './rules';

/** A meeting's public facts, as the content model holds them. */
export interface LedgerMeeting {
  id: string;
  kind: MeetingKind;
  title: string;
  date: string;
  start: string;
  end: string;
  audience: MeetingAudience;
  group?: string;
  status: MeetingStatus;
}

export interface AttendanceLine {
  member: string;
  status: Attendance;
  reason?: string;
}

/** A meeting's private record, kept with the member archives. */
export interface LedgerRecord {
  meeting: string;
  host?: string;
  recorder?: string;
  attendance?: readonly AttendanceLine[];
  minutes?: string;
  resolutions?: readonly string[];
  photos?: readonly string[];
}

/** held: enough meetings; missing: the period ended before `today` without them; due: the period is still running (its last day included). */
export type CheckState = 'held' | 'missing' | 'due';

export interface RuleCheck {
  rule: MeetingRule;
  /** '2026-03', '2026-Q1' or '2026'. */
  period: string;
  /** 3月, 第一季度, 全年 (with the group for a per-group rule). */
  label: string;
  group?: string;
  held: LedgerMeeting[];
  state: CheckState;
}

const QUARTER_NAMES = ['第一季度', '第二季度', '第三季度', '第四季度'] as const;
const pad = (n: number) => String(n).padStart(2, '0');

interface Period {
  key: string;
  label: string;
  first: string;
  last: string;
}

/** The periods of `year` a rule is checked in, with their first and last days. */
export function periodsOf(period: RulePeriod, year: number): Period[] {
  const lastDay = (month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (period === 'year') return [{ key: String(year), label: '全年', first: `${year}-01-01`, last: `${year}-12-31` }];
  if (period === 'quarter')
    return QUARTER_NAMES.map((label, i) => ({
      key: `${year}-Q${i + 1}`,
      label,
      first: `${year}-${pad(i * 3 + 1)}-01`,
      last: `${year}-${pad(i * 3 + 3)}-${lastDay(i * 3 + 3)}`,
    }));
  return Array.from({ length: 12 }, (_, i) => ({
    key: `${year}-${pad(i + 1)}`,
    label: `${i + 1}月`,
    first: `${year}-${pad(i + 1)}-01`,
    last: `${year}-${pad(i + 1)}-${pad(lastDay(i + 1))}`,
  }));
}

/** Held: not cancelled and its day has come (a meeting today counts). */
export const isHeld = (meeting: LedgerMeeting, today: string) => meeting.status !== '已取消' && meeting.date <= today;

const NUMERALS = '一二三四五六七八九十';
/** 第二党小组 → 第02党小组: names in counting order (name order puts 二 before 一). */
const countingKey = (name: string) =>
  name.replace(/[一二三四五六七八九十]/g, (n) => String(NUMERALS.indexOf(n) + 1).padStart(2, '0'));

/** The 党小组 named in the year's meetings, in counting order: the groups a per-group rule checks. */
export function groupsOf(meetings: readonly LedgerMeeting[]): string[] {
  const groups = meetings.flatMap((m) => (m.audience === '党小组' && m.group ? [m.group] : []));
  return [...new Set(groups)].sort((a, b) => countingKey(a).localeCompare(countingKey(b), 'zh-CN', { numeric: true }));
}

/** Every rule checked in every period of `year`, in the rules' order, then by period. */
export function checkRules(
  meetings: readonly LedgerMeeting[],
  year: number,
  today: string,
  rules: readonly MeetingRule[] = MEETING_RULES,
): RuleCheck[] {
  const ofYear = meetings.filter((m) => m.date.startsWith(`${year}-`));
  const groups = groupsOf(ofYear);
  const checks: RuleCheck[] = [];
  for (const rule of rules) {
    // A branch without 党小组 has no 党小组会 to hold.
    const scopes: Array<string | undefined> = rule.perGroup ? groups : [undefined];
    for (const group of scopes)
      for (const period of periodsOf(rule.period, year)) {
        const held = ofYear.filter(
          (m) =>
            m.kind === rule.kind &&
            (group === undefined || m.group === group) &&
            m.date >= period.first &&
            m.date <= period.last &&
            isHeld(m, today),
        );
        const state: CheckState = held.length >= rule.times ? 'held' : period.last < today ? 'missing' : 'due';
        checks.push({
          rule,
          period: period.key,
          label: group ? `${period.label} · ${group}` : period.label,
          group,
          held,
          state,
        });
      }
  }
  return checks;
}

export interface AttendanceCount {
  present: number;
  leave: number;
  absent: number;
  /** Everyone the record lists. */
  expected: number;
}

const emptyCount = (): AttendanceCount => ({ present: 0, leave: 0, absent: 0, expected: 0 });
const KEY_OF: Record<Attendance, keyof Omit<AttendanceCount, 'expected'>> = {
  出席: 'present',
  请假: 'leave',
  缺席: 'absent',
};

/** Present of expected, as a whole percentage; undefined when nobody was expected. */
export const attendanceRate = (count: AttendanceCount) =>
  count.expected ? Math.round((count.present / count.expected) * 100) : undefined;

export function countAttendance(lines: readonly AttendanceLine[] = []): AttendanceCount {
  const count = emptyCount();
  for (const line of lines) {
    count[KEY_OF[line.status]] += 1;
    count.expected += 1;
  }
  return count;
}

/** Each member's attendance over `meetings` (held ones with a record), by member id. */
export function attendanceByMember(
  meetings: readonly LedgerMeeting[],
  records: ReadonlyMap<string, LedgerRecord>,
  today: string,
): Map<string, AttendanceCount> {
  const byMember = new Map<string, AttendanceCount>();
  for (const meeting of meetings) {
    if (!isHeld(meeting, today)) continue;
    for (const line of records.get(meeting.id)?.attendance ?? []) {
      let count = byMember.get(line.member);
      if (!count) byMember.set(line.member, (count = emptyCount()));
      count[KEY_OF[line.status]] += 1;
      count.expected += 1;
    }
  }
  return byMember;
}

/** What is due now: the checks of the month and the quarter containing `today`, and the year's, not yet held. */
export function dueNow(checks: readonly RuleCheck[], today: string): RuleCheck[] {
  const month = today.slice(0, 7);
  const quarter = `${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
  const year = today.slice(0, 4);
  return checks.filter((c) => c.state === 'due' && [month, quarter, year].includes(c.period));
}

/** The meetings already arranged for a check that is still due: same kind (and group), in its period, after `today`, not cancelled. */
export function arrangedFor(check: RuleCheck, meetings: readonly LedgerMeeting[], today: string): LedgerMeeting[] {
  const period = periodsOf(check.rule.period, Number(check.period.slice(0, 4))).find((p) => p.key === check.period);
  if (!period) return [];
  return meetings.filter(
    (m) =>
      m.kind === check.rule.kind &&
      (check.group === undefined || m.group === check.group) &&
      m.status !== '已取消' &&
      m.date > today &&
      m.date >= period.first &&
      m.date <= period.last,
  );
}
