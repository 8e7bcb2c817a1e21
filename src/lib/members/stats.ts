/**
 * The only things /stats/ publishes about member archives: counts by stage and
 * by status, and per month the share of members who met the study target.
 * No name, contact or single record leaves this module. Pure logic.
 */
export interface MemberRecord {
  stage: string;
  status: string;
  studyRecords?: { month: string; minutes: number }[];
}

export interface StudyTargetMonth {
  month: string;
  /** Members counted that month: everyone in the archive. */
  members: number;
  /** Members whose minutes that month reached the target. */
  meeting: number;
  /** meeting / members in whole percent. */
  percent: number;
}

export interface MemberAggregates {
  total: number;
  byStage: { label: string; value: number }[];
  byStatus: { label: string; value: number }[];
  study: StudyTargetMonth[];
}

function countBy(members: readonly MemberRecord[], key: 'stage' | 'status', order: readonly string[]) {
  return order
    .map((label) => ({ label, value: members.filter((m) => m[key] === label).length }))
    .filter((row) => row.value > 0);
}

export function memberAggregates(
  members: readonly MemberRecord[],
  {
    target,
    months,
    stages,
    statuses,
  }: { target: number; months: readonly string[]; stages: readonly string[]; statuses: readonly string[] },
): MemberAggregates {
  const study = months.map((month) => {
    const meeting = members.filter((m) =>
      (m.studyRecords ?? []).some((r) => r.month === month && r.minutes >= target),
    ).length;
    return {
      month,
      members: members.length,
      meeting,
      percent: members.length ? Math.round((meeting / members.length) * 100) : 0,
    };
  });
  return {
    total: members.length,
    byStage: countBy(members, 'stage', stages),
    byStatus: countBy(members, 'status', statuses),
    study,
  };
}
