/**
 * A contest's status from its dates, as the branch lives them (Beijing civil
 * dates, inclusive): 未开始 before `start`; 征集中 from `start` through
 * `deadline`; 评审中 after the deadline until results are out; 已结束 from
 * `resultsDate` on (without a results date: once awards are entered).
 */
import { civilDateInShanghai, SITE_TIME_ZONE } from '../civil-date';
import { fill } from '../../i18n/fill';

export type ContestStatus = 'upcoming' | 'open' | 'judging' | 'closed';

export interface ContestDates {
  start: string;
  deadline: string;
  resultsDate?: string;
  hasAwards: boolean;
}

export function contestStatus({ start, deadline, resultsDate, hasAwards }: ContestDates, today: string): ContestStatus {
  if (today < start) return 'upcoming';
  if (today <= deadline) return 'open';
  if (resultsDate ? today >= resultsDate : hasAwards) return 'closed';
  return 'judging';
}

/** Awards are shown once the results are out. */
export function resultsPublished(dates: ContestDates, today: string): boolean {
  return contestStatus(dates, today) === 'closed';
}

const MINUTE = 60_000;

/** The instant a civil date ends in Beijing (UTC+8, no daylight saving): the next day's 00:00 there. */
export function endOfCivilDayInShanghai(date: string): Date {
  if (SITE_TIME_ZONE !== 'Asia/Shanghai') throw new Error('endOfCivilDayInShanghai assumes UTC+8');
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1) - 8 * 60 * MINUTE);
}

export interface Countdown {
  days: number;
  hours: number;
  minutes: number;
}

/** Time left until the deadline day ends in Beijing, whole minutes rounded down; `undefined` once past. */
export function countdownTo(deadline: string, now: Date): Countdown | undefined {
  const left = endOfCivilDayInShanghai(deadline).getTime() - now.getTime();
  if (left <= 0) return undefined;
  const minutes = Math.floor(left / MINUTE);
  return { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 };
}

/** Whole days from `today` until `date` (both civil dates). */
export function daysBetween(today: string, date: string): number {
  const toUtc = (d: string) => {
    const [year, month, day] = d.split('-').map(Number) as [number, number, number];
    return Date.UTC(year, month - 1, day);
  };
  return Math.round((toUtc(date) - toUtc(today)) / (1440 * MINUTE));
}

/** The countdown line's templates (contests.startsIn, .countdown, .countdownToday): {days} {hours} {minutes}. */
export interface CountdownTemplates {
  startsIn: string;
  countdown: string;
  countdownToday: string;
}

/**
 * The countdown line under a contest's badge at `now`: days until an upcoming
 * contest starts, time left while it is open (hours and minutes on the last
 * day), and nothing once the deadline has passed.
 */
export function countdownText(
  status: ContestStatus,
  dates: ContestDates,
  now: Date,
  templates: CountdownTemplates,
): string {
  if (status === 'upcoming')
    return fill(templates.startsIn, { days: daysBetween(civilDateInShanghai(now), dates.start) });
  const left = status === 'open' ? countdownTo(dates.deadline, now) : undefined;
  return left ? fill(left.days === 0 ? templates.countdownToday : templates.countdown, { ...left }) : '';
}
