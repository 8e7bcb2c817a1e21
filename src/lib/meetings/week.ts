/**
 * The meetings of the coming week (today and the six days after, Beijing
 * time), for the e-mail digest: one meeting record feeds the calendar, the
 * ledger and the digest alike.
 */
export interface WeekMeeting {
  id: string;
  title: string;
  kind: string;
  date: string;
  start: string;
  end: string;
  place?: string;
  /** 全体党员, 支部委员会 or the 党小组's name. */
  audience: string;
  cancelled: boolean;
}

/** The civil date `days` after `date`. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** From `today` to six days later, earliest first. */
export function weekMeetings<M extends Pick<WeekMeeting, 'date' | 'start'>>(
  meetings: readonly M[],
  today: string,
): M[] {
  const last = addDays(today, 6);
  return meetings
    .filter((m) => m.date >= today && m.date <= last)
    .sort((a, b) => `${a.date}${a.start}`.localeCompare(`${b.date}${b.start}`));
}
