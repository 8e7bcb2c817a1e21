import { describe, expect, it } from 'vitest';
import { planDays, ruleDay, unusedExceptions } from '../../../src/lib/meetings/recurrence';
import { planMeetings, plannedMeetingId, type MeetingPlan } from '../../../src/lib/meetings/plan-entries';

const dates = (rule: Parameters<typeof planDays>[0]) => planDays(rule).days.map((d) => d.date);

describe('a year plan’s days', () => {
  it('finds the first Friday of every month of 2026', () => {
    expect(dates({ year: 2026, position: '第一个', weekday: '星期五' })).toEqual([
      '2026-01-02',
      '2026-02-06',
      '2026-03-06',
      '2026-04-03',
      '2026-05-01',
      '2026-06-05',
      '2026-07-03',
      '2026-08-07',
      '2026-09-04',
      '2026-10-02',
      '2026-11-06',
      '2026-12-04',
    ]);
  });

  it('reports the months without a fifth Friday instead of moving the meeting', () => {
    const { days, missing } = planDays({ year: 2026, position: '第五个', weekday: '星期五' });
    expect(days.map((d) => d.date)).toEqual(['2026-01-30', '2026-05-29', '2026-07-31', '2026-10-30']);
    expect(missing).toEqual(['2026-02', '2026-03', '2026-04', '2026-06', '2026-08', '2026-09', '2026-11', '2026-12']);
  });

  it('finds the last weekday of a month, whatever its length', () => {
    expect(ruleDay({ year: 2026, position: '最后一个', weekday: '星期一' }, 8)).toBe('2026-08-31');
    expect(ruleDay({ year: 2026, position: '最后一个', weekday: '星期六' }, 2)).toBe('2026-02-28');
    expect(ruleDay({ year: 2028, position: '最后一个', weekday: '星期二' }, 2)).toBe('2028-02-29');
  });

  it('keeps a fixed day inside short months (31 日 is the month end; leap years too)', () => {
    expect(dates({ year: 2026, position: '固定日期', day: 31, months: [1, 2, 4] })).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-04-30',
    ]);
    expect(dates({ year: 2028, position: '固定日期', day: 30, months: [2] })).toEqual(['2028-02-29']);
  });

  it('takes the days moved and dropped by hand, and names exceptions that match no day', () => {
    const rule = {
      year: 2026,
      position: '第一个',
      weekday: '星期五',
      months: [1, 5, 10],
      moves: [
        { from: '2026-01-02', to: '2026-01-09' },
        { from: '2026-10-02', to: '2026-10-09' },
      ],
      skips: ['2026-05-01'],
    } as const;
    expect(planDays(rule).days).toEqual([
      { date: '2026-01-09', movedFrom: '2026-01-02' },
      { date: '2026-10-09', movedFrom: '2026-10-02' },
    ]);
    expect(unusedExceptions(rule)).toEqual([]);
    expect(unusedExceptions({ ...rule, skips: ['2026-05-02'] })).toEqual(['2026-05-02']);
  });

  it('asks for what the rule needs', () => {
    expect(() => ruleDay({ year: 2026, position: '固定日期' }, 1)).toThrow('每月几日');
    expect(() => ruleDay({ year: 2026, position: '第一个' }, 1)).toThrow('星期几');
  });
});

describe('a plan’s meetings as entries', () => {
  const plan: MeetingPlan = {
    title: '主题党日',
    year: 2026,
    kind: '主题党日',
    position: '第一个',
    weekday: '星期五',
    months: [1, 2, 3],
    moves: [{ from: '2026-01-02', to: '2026-01-09' }],
    start: '14:30',
    end: '16:30',
    audience: '全体党员',
    place: '305 会议室',
    notice: '请准时参加。',
  };

  it('makes one independent entry per day, named by day and kind', () => {
    const { created } = planMeetings(plan, new Set());
    expect(created.map((m) => m.id)).toEqual(['2026-01-09-theme-day', '2026-02-06-theme-day', '2026-03-06-theme-day']);
    expect(created[0]!.data).toEqual({
      title: '1月主题党日',
      kind: '主题党日',
      date: '2026-01-09',
      start: '14:30',
      end: '16:30',
      audience: '全体党员',
      place: '305 会议室',
      notice: '请准时参加。',
      status: '按计划举行',
    });
  });

  it('leaves the days that already have an entry alone, so an edited meeting stays as edited', () => {
    const { created, kept } = planMeetings(plan, new Set(['2026-02-06-theme-day']));
    expect(kept).toEqual(['2026-02-06-theme-day']);
    expect(created.map((m) => m.id)).toEqual(['2026-01-09-theme-day', '2026-03-06-theme-day']);
  });

  it('spells a group into the id in ASCII', () => {
    expect(plannedMeetingId('2026-03-18', '党小组会', '第一党小组')).toBe('2026-03-18-group-di-yi-dang-xiao-zu');
  });
});
