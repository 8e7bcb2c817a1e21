import { describe, expect, it } from 'vitest';
import {
  addAttempt,
  addStudyTime,
  completeLesson,
  emptyLog,
  type QuizAttempt,
  type StudyLog,
} from '../../../src/lib/study/log';
import {
  courseProgress,
  dailyMinutes,
  daysInMonth,
  minutesInMonth,
  monthPoints,
  recordedMonths,
  streak,
  targetPercent,
} from '../../../src/lib/study/summary';

const RULES = { readingMinutesPerPoint: 10, mediaMinutesPerPoint: 5, pointsPerTestPassed: 5, pointsPerDailyCorrect: 1 };
const minutes = (log: StudyLog, date: string, n: number, kind: 'read' | 'media' = 'read', page = 'p') =>
  addStudyTime(log, page, [{ date, kind, ms: n * 60_000 }], 36_000);
const attempt = (over: Partial<QuizAttempt>): QuizAttempt => ({
  id: 'x',
  quiz: 'q',
  title: 'Q',
  kind: 'test',
  date: '2026-11-10',
  correct: 5,
  total: 5,
  percent: 100,
  passed: true,
  seconds: 60,
  ...over,
});

describe('study summary', () => {
  it('sums minutes for the month from seconds, then rounds down', () => {
    let log = addStudyTime(emptyLog(), 'a', [{ date: '2026-11-01', kind: 'read', ms: 30_000 }], 3600);
    log = addStudyTime(log, 'b', [{ date: '2026-11-02', kind: 'read', ms: 30_000 }], 3600);
    log = minutes(log, '2026-10-31', 50);
    expect(minutesInMonth(log, '2026-11')).toBe(1);
    expect(minutesInMonth(log, '2026-10')).toBe(50);
  });

  it('lists every day of the month', () => {
    const days = dailyMinutes(minutes(emptyLog(), '2026-02-03', 12), '2026-02');
    expect(days).toHaveLength(28);
    expect(days[2]).toEqual({ date: '2026-02-03', minutes: 12 });
    expect(daysInMonth('2028-02')).toBe(29);
  });

  it.each([
    [300, 600, 50],
    [900, 600, 100],
    [10, 0, 100],
  ])('progress %i of %i minutes = %i %%', (m, target, percent) => expect(targetPercent(m, target)).toBe(percent));

  it('counts the streak back from today, or from yesterday if today is still empty', () => {
    let log = minutes(emptyLog(), '2026-11-24', 5);
    log = minutes(log, '2026-11-25', 5);
    expect(streak(log, '2026-11-26')).toBe(2);
    log = addAttempt(log, attempt({ date: '2026-11-26', kind: 'daily' }));
    expect(streak(log, '2026-11-26')).toBe(3);
    expect(streak(log, '2026-11-28')).toBe(0);
    expect(streak(minutes(emptyLog(), '2026-11-30', 5), '2026-12-01')).toBe(1);
  });

  it('course progress counts completed lessons', () => {
    expect(courseProgress(completeLesson(emptyLog(), 'b', '2026-11-01'), ['a', 'b', 'c'])).toEqual({
      done: 1,
      total: 3,
    });
  });

  it('points: reading, media, first pass of each test, daily correct answers', () => {
    let log = minutes(emptyLog(), '2026-11-01', 25);
    log = minutes(log, '2026-11-02', 11, 'media');
    log = addAttempt(log, attempt({ id: '1', passed: false, date: '2026-11-03' }));
    log = addAttempt(log, attempt({ id: '2', date: '2026-11-04' }));
    log = addAttempt(log, attempt({ id: '3', date: '2026-11-05' })); // passed again: no new points
    log = addAttempt(log, attempt({ id: '4', quiz: 'contest', kind: 'contest', date: '2026-11-06' }));
    log = addAttempt(log, attempt({ id: '5', kind: 'daily', quiz: 'daily', correct: 4, date: '2026-11-07' }));
    log = addAttempt(log, attempt({ id: '6', kind: 'daily', quiz: 'daily', correct: 3, date: '2026-10-07' }));
    expect(monthPoints(log, '2026-11', RULES)).toEqual({ reading: 2, media: 2, tests: 10, daily: 4, total: 18 });
    expect(monthPoints(log, '2026-10', RULES)).toEqual({ reading: 0, media: 0, tests: 0, daily: 3, total: 3 });
  });

  it('lists recorded months newest first, including the current one', () => {
    const log = completeLesson(minutes(emptyLog(), '2026-09-01', 5), 'a', '2026-10-02');
    expect(recordedMonths(log, '2026-11')).toEqual(['2026-11', '2026-10', '2026-09']);
  });
});
