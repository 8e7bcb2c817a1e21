/**
 * A year plan entered once (主题党日 每月第一个星期五 14:30) turned into the
 * days it falls on. A plan names the day by its place in the month (第一个…
 * 第五个, 最后一个 星期X) or by its date (每月 N 日, kept inside short months:
 * 31 日 is 2月28日 or 29日). Days the secretary moved by hand (a holiday) and
 * days dropped replace the computed ones; a month without the day asked for
 * (no fifth Friday) is reported, never silently moved.
 */

/** The place of the weekday in the month; '固定日期' uses the plan's day of the month instead. */
export const PLAN_POSITIONS = ['第一个', '第二个', '第三个', '第四个', '第五个', '最后一个', '固定日期'] as const;
export type PlanPosition = (typeof PLAN_POSITIONS)[number];

/** Monday first, as a Chinese calendar prints the week. */
export const WEEKDAYS = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface PlanMove {
  /** The day the rule gives (YYYY-MM-DD). */
  from: string;
  /** The day it is held instead. */
  to: string;
}

export interface PlanRule {
  year: number;
  position: PlanPosition;
  weekday?: Weekday;
  /** Day of the month, with position '固定日期'. */
  day?: number;
  /** Months the plan covers (1–12); empty or absent: every month. */
  months?: readonly number[];
  moves?: readonly PlanMove[];
  /** Days the rule gives on which nothing is held (YYYY-MM-DD). */
  skips?: readonly string[];
}

export interface PlannedDay {
  date: string;
  /** The day the rule gave, when the secretary moved it. */
  movedFrom?: string;
}

export interface PlanDays {
  days: PlannedDay[];
  /** Months the rule has no day in (a fifth Friday in a short month), as YYYY-MM. */
  missing: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const civil = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** 0 = Monday … 6 = Sunday. */
const weekdayIndex = (year: number, month: number, day: number) =>
  (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;

/** The day the rule gives in `month`, or undefined when the month has none. */
export function ruleDay(rule: Omit<PlanRule, 'months' | 'moves' | 'skips'>, month: number): string | undefined {
  const { year, position } = rule;
  const last = daysIn(year, month);
  if (position === '固定日期') {
    if (!rule.day) throw new Error('按固定日期的计划需要填写“每月几日”');
    return civil(year, month, Math.min(rule.day, last));
  }
  if (!rule.weekday) throw new Error(`“${position}”的计划需要填写星期几`);
  const wanted = WEEKDAYS.indexOf(rule.weekday);
  if (position === '最后一个') {
    const back = (weekdayIndex(year, month, last) - wanted + 7) % 7;
    return civil(year, month, last - back);
  }
  const first = 1 + ((wanted - weekdayIndex(year, month, 1) + 7) % 7);
  const day = first + 7 * PLAN_POSITIONS.indexOf(position);
  return day <= last ? civil(year, month, day) : undefined;
}

/** Every day of the plan's year, moves and skips applied, sorted. */
export function planDays(rule: PlanRule): PlanDays {
  const months = rule.months?.length
    ? [...new Set(rule.months)].sort((a, b) => a - b)
    : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  const moves = new Map((rule.moves ?? []).map((move) => [move.from, move.to]));
  const skips = new Set(rule.skips ?? []);
  const days: PlannedDay[] = [];
  const missing: string[] = [];
  for (const month of months) {
    const date = ruleDay(rule, month);
    if (!date) missing.push(`${rule.year}-${pad(month)}`);
    else if (skips.has(date)) continue;
    else if (moves.has(date)) days.push({ date: moves.get(date) as string, movedFrom: date });
    else days.push({ date });
  }
  return { days: days.sort((a, b) => a.date.localeCompare(b.date)), missing };
}

/** Moves and skips that name a day the rule does not give: a typo the secretary should see. */
export function unusedExceptions(rule: PlanRule): string[] {
  const given = new Set(
    (rule.months?.length ? rule.months : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
      .map((month) => ruleDay(rule, month))
      .filter(Boolean),
  );
  return [...(rule.moves ?? []).map((move) => move.from), ...(rule.skips ?? [])].filter((day) => !given.has(day));
}
