/**
 * What is due in an applicant's development, computed from the dated steps on
 * the archive and the rules in development-rules.ts, on a Beijing calendar day
 * (`today`, YYYY-MM-DD). Pure: the help page under `npm start`, the monthly
 * report and the tests call it with the day they mean.
 *
 * Statuses
 * - overdue: the rule's day has passed and the step is not recorded;
 * - due: the step is asked for now (by `date` when the rule sets a day);
 * - upcoming: the step may not come before `date` (一年以上培养);
 * - irregular: what is recorded breaks the rule (too early, too late, too short, missing before the next step).
 */
import { addCivilMonths } from '../civil-date';
import { DEVELOPMENT_RULES, DEVELOPMENT_STEPS, type DevelopmentRule, type DevelopmentStep } from './development-rules';

/** An archive's `development` record: every step optional, dates YYYY-MM-DD (Beijing). */
export interface DevelopmentRecord {
  applied?: string;
  talked?: string;
  activist?: string;
  contacts?: string;
  reviews?: readonly string[];
  candidate?: string;
  politicalReview?: string;
  training?: string;
  trainingDays?: number;
  trainingHours?: number;
  admitted?: string;
  approved?: string;
  oath?: string;
  extensionMonths?: number;
  confirmed?: string;
}

export type DueStatus = 'overdue' | 'due' | 'upcoming' | 'irregular';

export interface DueItem {
  rule: DevelopmentRule;
  status: DueStatus;
  /** The day the step is due by (overdue, due) or may come from (upcoming); absent when the rule says 及时. */
  date?: string;
  /** The outer limit (审批 at most six months), when the rule has one. */
  limit?: string;
  /** What is wrong, for `irregular`. */
  problem?: 'early' | 'late' | 'short' | 'missing' | 'beyondLimit';
}

/** The latest date recorded for a step (a list step: its latest entry), or undefined. */
function recorded(record: DevelopmentRecord, step: DevelopmentStep): string | undefined {
  if (step === 'reviews') return [...(record.reviews ?? [])].sort().at(-1);
  return record[step];
}

const STATUS_ORDER: Record<DueStatus, number> = { overdue: 0, irregular: 1, due: 2, upcoming: 3 };

/** Most urgent first: overdue, irregular, due, upcoming; within each, the earliest day first. */
export const byUrgency = (a: DueItem, b: DueItem): number =>
  STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (a.date ?? '').localeCompare(b.date ?? '');

/** Every open or irregular item of one record on `today`, the most urgent first. */
export function developmentItems(record: DevelopmentRecord, today: string): DueItem[] {
  return DEVELOPMENT_RULES.flatMap((rule) => ruleItems(rule, record, today)).sort(byUrgency);
}

function ruleItems(rule: DevelopmentRule, record: DevelopmentRecord, today: string): DueItem[] {
  const start = recorded(record, rule.from);
  if (!start) return [];
  const done = recorded(record, rule.step);
  const movedOn = rule.until !== undefined && recorded(record, rule.until) !== undefined;
  switch (rule.kind) {
    case 'deadline': {
      const months =
        rule.months === undefined ? undefined : rule.months + (rule.extendedBy ? (record[rule.extendedBy] ?? 0) : 0);
      const date = months === undefined ? undefined : addCivilMonths(start, months);
      const limit = rule.limitMonths === undefined ? undefined : addCivilMonths(start, rule.limitMonths);
      const bounds = { ...(date ? { date } : {}), ...(limit ? { limit } : {}) };
      if (done) {
        if (limit && done > limit) return [{ rule, status: 'irregular', problem: 'beyondLimit', ...bounds }];
        if (date && !limit && done > date) return [{ rule, status: 'irregular', problem: 'late', ...bounds }];
        return [];
      }
      if (movedOn) return [];
      return [{ rule, status: date && today > date ? 'overdue' : 'due', ...bounds }];
    }
    case 'earliest': {
      const date = addCivilMonths(start, rule.months);
      if (done) return done < date ? [{ rule, status: 'irregular', problem: 'early', date }] : [];
      return [{ rule, status: today < date ? 'upcoming' : 'due', date }];
    }
    case 'periodic': {
      if (movedOn) return [];
      const last = done && done > start ? done : start;
      const date = addCivilMonths(last, rule.months);
      return [{ rule, status: today > date ? 'overdue' : 'due', date }];
    }
    case 'before': {
      const next = recorded(record, rule.before);
      if (!done)
        return [{ rule, status: next ? 'irregular' : 'due', ...(next ? { problem: 'missing' as const } : {}) }];
      if (next && done > next) return [{ rule, status: 'irregular', problem: 'late' }];
      if (rule.minimum && tooShort(record, rule.minimum)) return [{ rule, status: 'irregular', problem: 'short' }];
      return [];
    }
  }
}

/** 培训不少于三天（或二十四个学时）: either figure meeting its minimum is enough; neither recorded is not short. */
function tooShort(record: DevelopmentRecord, minimum: { days: number; hours: number }): boolean {
  const { trainingDays: days, trainingHours: hours } = record;
  if (days === undefined && hours === undefined) return false;
  return !((days ?? 0) >= minimum.days || (hours ?? 0) >= minimum.hours);
}

/** Items that fall in the month YYYY-MM: overdue ones, and those dated within it. */
export function itemsOfMonth(items: readonly DueItem[], month: string): DueItem[] {
  return items.filter(
    (item) => item.status === 'overdue' || item.status === 'irregular' || (item.date?.startsWith(month) ?? false),
  );
}

/** The last step recorded, for a one-word stage of the record. */
export function lastStep(record: DevelopmentRecord): DevelopmentStep | undefined {
  return [...DEVELOPMENT_STEPS].reverse().find((step) => recorded(record, step) !== undefined);
}
