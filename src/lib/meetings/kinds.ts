/**
 * The kinds of organisational life a branch records, with the ASCII slug each
 * has in entry ids and addresses. The content model's select (collections.ts)
 * and the rules (rules.ts) both read this list, so a kind is named once.
 */
export const MEETING_KIND_SLUGS = {
  党员大会: 'assembly',
  支委会: 'committee',
  党小组会: 'group',
  党课: 'lecture',
  主题党日: 'theme-day',
  组织生活会: 'life-meeting',
  民主评议会: 'appraisal',
  谈心谈话: 'talks',
  其他: 'other',
} as const;

export type MeetingKind = keyof typeof MEETING_KIND_SLUGS;

/** Who is asked to come, with the slug of its calendar feed (a 党小组's feed adds the group's own slug). */
export const MEETING_AUDIENCE_SLUGS = {
  全体党员: 'branch',
  支部委员会: 'committee',
  党小组: 'group',
} as const;

export type MeetingAudience = keyof typeof MEETING_AUDIENCE_SLUGS;

export const MEETING_STATUS_SLUGS = { 按计划举行: 'planned', 已取消: 'cancelled' } as const;
export type MeetingStatus = keyof typeof MEETING_STATUS_SLUGS;

/** What a member's attendance can be. */
export const ATTENDANCE_SLUGS = { 出席: 'present', 请假: 'leave', 缺席: 'absent' } as const;
export type Attendance = keyof typeof ATTENDANCE_SLUGS;
