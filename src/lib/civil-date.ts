/**
 * Calendar days as the branch lives them: in Beijing time (Asia/Shanghai).
 * A content date is a "civil date" string YYYY-MM-DD, never an instant, so it
 * cannot shift by a day whatever the time zone of the server or the reader.
 */

export const SITE_TIME_ZONE = 'Asia/Shanghai';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

export function isCivilDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_RE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

export function isCivilMonth(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = MONTH_RE.exec(value);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

/** YAML parses a bare `2026-07-01` as that day at 00:00 UTC: read the day back in UTC. */
export function civilDateFromYaml(value: Date): string {
  return Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString().slice(0, 10);
}

/**
 * Beijing time is UTC+8 all year (no daylight saving time since 1991), so the
 * day needs no time-zone database: an Intl formatter for Asia/Shanghai costs a
 * phone tens of milliseconds to create, before the reader can do anything.
 */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Beijing wall-clock time of an instant, as YYYY-MM-DDTHH:mm:ss. */
export function civilDateTimeInShanghai(instant: Date): string {
  return new Date(instant.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 19);
}

/** The Beijing calendar day of an instant, as YYYY-MM-DD. */
export function civilDateInShanghai(instant: Date): string {
  return civilDateTimeInShanghai(instant).slice(0, 10);
}

/** The Beijing calendar month of an instant, as YYYY-MM. */
export function civilMonthInShanghai(instant: Date): string {
  return civilDateInShanghai(instant).slice(0, 7);
}

/** 2026-07-01 → 2026年7月1日 */
export function formatCivilDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** Newest first; ties keep their order (Array.prototype.sort is stable). */
export function byDateDescending<T>(getDate: (item: T) => string) {
  return (a: T, b: T) => (getDate(a) < getDate(b) ? 1 : getDate(a) > getDate(b) ? -1 : 0);
}

/**
 * The day `months` calendar months after `date` (negative: before). A day the
 * target month lacks becomes its last day: 2026-01-31 + 1 month is 2026-02-28,
 * 2028-02-29 + 12 months is 2029-02-28 — "一个月内", "一年以上" as people count them.
 */
export function addCivilMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(targetYear).padStart(4, '0')}-${pad(targetMonth + 1)}-${pad(Math.min(day, lastDay))}`;
}
