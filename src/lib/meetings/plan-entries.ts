/**
 * A year plan's meetings as entries of their own: one file per day, written
 * once. Running the plan again adds only days that have no entry yet, so a
 * meeting edited by hand (moved, cancelled, its notice rewritten) stays as
 * the secretary left it and editing one never changes the others.
 */
import { pinyinSlug } from '../content/pinyin-slug';
import { MEETING_KIND_SLUGS, type MeetingAudience, type MeetingKind } from './kinds';
import { planDays, type PlanMove, type PlanPosition, type Weekday } from './recurrence';

/** A plan as the content model holds it. */
export interface MeetingPlan {
  title: string;
  year: number;
  kind: MeetingKind;
  position: PlanPosition;
  weekday?: Weekday;
  day?: number;
  months?: readonly number[];
  start: string;
  end: string;
  audience: MeetingAudience;
  group?: string;
  place?: string;
  link?: string;
  notice: string;
  moves?: readonly PlanMove[];
  skips?: readonly string[];
}

/** The data of a meeting entry made from a plan (the fields of collections.ts's meetings). */
export interface PlannedMeeting {
  id: string;
  data: {
    title: string;
    kind: MeetingKind;
    date: string;
    start: string;
    end: string;
    audience: MeetingAudience;
    group?: string;
    place?: string;
    link?: string;
    notice: string;
    status: '按计划举行';
  };
}

/** 2026-03-06 + 主题党日 (+ 第一党小组) → 2026-03-06-theme-day(-di-yi-dang-xiao-zu). */
export function plannedMeetingId(date: string, kind: MeetingKind, group?: string): string {
  return [date, MEETING_KIND_SLUGS[kind], group ? pinyinSlug(group, 40) : ''].filter(Boolean).join('-');
}

export interface PlanResult {
  created: PlannedMeeting[];
  /** Days that already have an entry, left as they are. */
  kept: string[];
  /** Months without the day the plan asks for (no fifth Friday), YYYY-MM. */
  missing: string[];
}

export function planMeetings(plan: MeetingPlan, existingIds: ReadonlySet<string>): PlanResult {
  const { days, missing } = planDays(plan);
  const created: PlannedMeeting[] = [];
  const kept: string[] = [];
  for (const { date } of days) {
    const id = plannedMeetingId(date, plan.kind, plan.audience === '党小组' ? plan.group : undefined);
    if (existingIds.has(id)) {
      kept.push(id);
      continue;
    }
    const optional = Object.fromEntries(
      (['group', 'place', 'link'] as const).filter((key) => plan[key]).map((key) => [key, plan[key]]),
    );
    created.push({
      id,
      data: {
        title: `${Number(date.slice(5, 7))}月${plan.title}`,
        kind: plan.kind,
        date,
        start: plan.start,
        end: plan.end,
        audience: plan.audience,
        ...optional,
        notice: plan.notice,
        status: '按计划举行',
      },
    });
  }
  return { created, kept, missing };
}
