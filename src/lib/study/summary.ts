/**
 * What 我的学习 shows, computed from the study log: minutes per day and month,
 * progress against the monthly target, the streak of study days, course
 * progress and 学习积分 (points) under the rules from the site settings.
 */
import { deviceTallies, type StudyLog, type QuizAttempt } from './log';

/** Seconds studied on a day, of one kind or both, on every device. */
export const secondsOn = (log: StudyLog, date: string, kind?: 'read' | 'media') =>
  deviceTallies(log)
    .flatMap((days) => Object.values(days[date] ?? {}))
    .reduce((sum, t) => sum + (kind ? t[kind] : t.read + t.media), 0);

/** Every day with time on any device. */
const studyDates = (log: StudyLog) => [...new Set(deviceTallies(log).flatMap((days) => Object.keys(days)))];

/** Whole minutes studied on a day. */
export function minutesOn(log: StudyLog, date: string): number {
  return Math.floor(secondsOn(log, date) / 60);
}

const datesOfMonth = (log: StudyLog, month: string) => studyDates(log).filter((d) => d.startsWith(`${month}-`));

/** Whole minutes in a month (YYYY-MM), optionally of one kind; seconds add up before rounding. */
export function minutesInMonth(log: StudyLog, month: string, kind?: 'read' | 'media'): number {
  return Math.floor(datesOfMonth(log, month).reduce((sum, d) => sum + secondsOn(log, d, kind), 0) / 60);
}

export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Minutes for each day of the month, day 1 first. */
export function dailyMinutes(log: StudyLog, month: string): { date: string; minutes: number }[] {
  return Array.from({ length: daysInMonth(month) }, (_, i) => {
    const date = `${month}-${String(i + 1).padStart(2, '0')}`;
    return { date, minutes: minutesOn(log, date) };
  });
}

/** Progress toward the monthly target, 0–100 (a target of 0 counts as reached). */
export function targetPercent(minutes: number, target: number): number {
  return target <= 0 ? 100 : Math.min(100, Math.floor((minutes * 100) / target));
}

function previousDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Consecutive study days (at least one minute, or a quiz) ending today; a
 * streak that ended yesterday still stands until today is over.
 */
export function streak(log: StudyLog, today: string): number {
  const active = (date: string) => minutesOn(log, date) >= 1 || log.attempts.some((a) => a.date === date);
  let day = active(today) ? today : previousDate(today);
  let count = 0;
  while (active(day)) {
    count += 1;
    day = previousDate(day);
  }
  return count;
}

export function courseProgress(log: StudyLog, lessonIds: readonly string[]): { done: number; total: number } {
  return { done: lessonIds.filter((id) => log.lessons[id]).length, total: lessonIds.length };
}

/** The points rules, editable in the site settings. */
export interface PointsRules {
  readingMinutesPerPoint: number;
  mediaMinutesPerPoint: number;
  pointsPerTestPassed: number;
  pointsPerDailyCorrect: number;
}

export interface Points {
  reading: number;
  media: number;
  tests: number;
  daily: number;
  total: number;
}

const per = (minutes: number, minutesPerPoint: number) =>
  minutesPerPoint > 0 ? Math.floor(minutes / minutesPerPoint) : 0;

/**
 * Points of a month: reading and media time, each test or contest passed for
 * the first time, and each correct daily-quiz answer.
 */
export function monthPoints(log: StudyLog, month: string, rules: PointsRules): Points {
  const reading = per(minutesInMonth(log, month, 'read'), rules.readingMinutesPerPoint);
  const media = per(minutesInMonth(log, month, 'media'), rules.mediaMinutesPerPoint);
  const firstPasses = new Map<string, QuizAttempt>();
  for (const attempt of log.attempts) {
    if (attempt.kind !== 'daily' && attempt.passed && !firstPasses.has(attempt.quiz))
      firstPasses.set(attempt.quiz, attempt);
  }
  const tests = [...firstPasses.values()].filter((a) => a.date.startsWith(month)).length * rules.pointsPerTestPassed;
  const daily = log.attempts
    .filter((a) => a.kind === 'daily' && a.date.startsWith(month))
    .reduce((sum, a) => sum + a.correct * rules.pointsPerDailyCorrect, 0);
  return { reading, media, tests, daily, total: reading + media + tests + daily };
}

export const attemptsInMonth = (log: StudyLog, month: string) => log.attempts.filter((a) => a.date.startsWith(month));

/** Tests and contests (not the daily quiz, which is practice) passed in a month, each counted once. */
export const testsPassedInMonth = (log: StudyLog, month: string) =>
  new Set(
    attemptsInMonth(log, month)
      .filter((a) => a.kind !== 'daily' && a.passed)
      .map((a) => a.quiz),
  ).size;

export const lessonsInMonth = (log: StudyLog, month: string) =>
  Object.entries(log.lessons)
    .filter(([, date]) => date.startsWith(month))
    .map(([id]) => id);

/** Months with any record, newest first, always including `current`. */
export function recordedMonths(log: StudyLog, current: string): string[] {
  const months = new Set([
    current,
    ...studyDates(log).map((d) => d.slice(0, 7)),
    ...log.attempts.map((a) => a.date.slice(0, 7)),
    ...Object.values(log.lessons).map((d) => d.slice(0, 7)),
  ]);
  return [...months].sort().reverse();
}
