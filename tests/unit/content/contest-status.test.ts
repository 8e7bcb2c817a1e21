import { describe, expect, it } from 'vitest';
import {
  contestStatus,
  countdownText,
  countdownTo,
  daysBetween,
  endOfCivilDayInShanghai,
  resultsPublished,
  type ContestDates,
  type ContestStatus,
} from '../../../src/lib/content/contest-status';

const withResults: ContestDates = {
  start: '2026-11-01',
  deadline: '2026-12-31',
  resultsDate: '2027-01-20',
  hasAwards: false,
};
const withoutResultsDate: ContestDates = { start: '2026-11-01', deadline: '2026-12-31', hasAwards: false };

describe('contestStatus across its boundaries (Beijing civil dates, inclusive)', () => {
  it.each<[string, ContestDates, string, ContestStatus]>([
    ['the day before the start', withResults, '2026-10-31', 'upcoming'],
    ['the start day', withResults, '2026-11-01', 'open'],
    ['the deadline day', withResults, '2026-12-31', 'open'],
    ['the day after the deadline', withResults, '2027-01-01', 'judging'],
    ['the day before results', withResults, '2027-01-19', 'judging'],
    ['the results day', withResults, '2027-01-20', 'closed'],
    ['a year later', withResults, '2028-01-01', 'closed'],
    ['after the deadline, no results date, no awards', withoutResultsDate, '2027-03-01', 'judging'],
    [
      'after the deadline, no results date, awards entered',
      { ...withoutResultsDate, hasAwards: true },
      '2027-01-01',
      'closed',
    ],
    ['a results date wins over entered awards', { ...withResults, hasAwards: true }, '2027-01-05', 'judging'],
    [
      'a one-day contest on its day',
      { start: '2026-07-01', deadline: '2026-07-01', hasAwards: false },
      '2026-07-01',
      'open',
    ],
  ])('%s → %s', (_label, dates, today, expected) => {
    expect(contestStatus(dates, today)).toBe(expected);
  });

  it('publishes awards only once the contest is closed', () => {
    expect(resultsPublished(withResults, '2027-01-19')).toBe(false);
    expect(resultsPublished(withResults, '2027-01-20')).toBe(true);
  });
});

describe('countdown to the deadline (end of the deadline day in Beijing)', () => {
  it('ends at midnight Beijing time, which is 16:00 UTC', () => {
    expect(endOfCivilDayInShanghai('2026-12-31').toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });

  it.each<[string, string, ReturnType<typeof countdownTo>]>([
    ['two days and a bit before', '2026-12-29T15:30:00Z', { days: 2, hours: 0, minutes: 30 }],
    [
      'on the deadline day in Beijing, though still the day before in UTC',
      '2026-12-30T16:00:00Z',
      { days: 1, hours: 0, minutes: 0 },
    ],
    ['one minute before the end', '2026-12-31T15:59:00Z', { days: 0, hours: 0, minutes: 1 }],
    ['30 seconds before the end (rounded down)', '2026-12-31T15:59:30Z', { days: 0, hours: 0, minutes: 0 }],
    ['at the end', '2026-12-31T16:00:00Z', undefined],
    ['after the end', '2027-01-01T00:00:00Z', undefined],
  ])('%s', (_label, now, expected) => {
    expect(countdownTo('2026-12-31', new Date(now))).toEqual(expected);
  });

  it.each([
    ['2026-10-30', '2026-11-01', 2],
    ['2026-12-31', '2027-01-01', 1],
    ['2028-02-28', '2028-03-01', 2],
    ['2026-11-01', '2026-11-01', 0],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('countdownText (the line under the badge)', () => {
  const templates = {
    startsIn: '距开始还有 {days} 天',
    countdown: '距截稿还有 {days} 天 {hours} 小时 {minutes} 分',
    countdownToday: '今天截稿，还有 {hours} 小时 {minutes} 分',
  };
  it.each<[string, ContestStatus, string, string]>([
    ['upcoming: days until the start, by the Beijing day', 'upcoming', '2026-10-29T16:00:00Z', '距开始还有 2 天'],
    ['open: days, hours and minutes left', 'open', '2026-12-29T15:30:00Z', '距截稿还有 2 天 0 小时 30 分'],
    ['open, on the last day: hours and minutes', 'open', '2026-12-31T15:59:00Z', '今天截稿，还有 0 小时 1 分'],
    ['open, but the deadline has just passed: nothing', 'open', '2026-12-31T16:00:00Z', ''],
    ['judging: nothing', 'judging', '2027-01-05T00:00:00Z', ''],
    ['closed: nothing', 'closed', '2027-01-25T00:00:00Z', ''],
  ])('%s', (_label, status, now, expected) => {
    expect(countdownText(status, withResults, new Date(now), templates)).toBe(expected);
  });
});
