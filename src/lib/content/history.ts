/**
 * The party-history timeline: events grouped by historical period and year,
 * filtered by tag, and "历史上的今天" by the Beijing calendar day.
 */
import { formatCivilDate } from '../civil-date';
import { fill } from '../../i18n/fill';

export interface HistoryPeriod {
  /** ASCII id for anchors. */
  id: string;
  name: string;
  /** First year of the period (inclusive). */
  from: number;
}

/** Periods as the branch's study material names them; each lasts until the next begins. */
export const HISTORY_PERIODS: readonly HistoryPeriod[] = [
  { id: 'new-democratic-revolution', name: '新民主主义革命时期', from: 1919 },
  { id: 'socialist-construction', name: '社会主义革命和建设时期', from: 1949 },
  { id: 'reform-and-opening', name: '改革开放和社会主义现代化建设新时期', from: 1978 },
  { id: 'new-era', name: '中国特色社会主义新时代', from: 2012 },
];

/**
 * The period of an event date. The boundary years are split at their turning
 * points: 1949-10-01 (founding of the PRC), 1978-12-18 (Third Plenary Session
 * of the 11th Central Committee), 2012-11-08 (18th National Congress).
 */
const TURNING_POINTS = ['1949-10-01', '1978-12-18', '2012-11-08'];

export function periodOf(date: string): HistoryPeriod {
  const index = TURNING_POINTS.filter((point) => date >= point).length;
  return HISTORY_PERIODS[index]!;
}

export interface TimelineItem {
  id: string;
  date: string;
  tags: readonly string[];
}

export interface TimelineYear<T> {
  year: number;
  items: T[];
}

export interface TimelinePeriod<T> extends HistoryPeriod {
  years: TimelineYear<T>[];
}

/** Periods (oldest first) holding years (oldest first) holding items (by date); empty periods are left out. */
export function groupTimeline<T extends TimelineItem>(items: readonly T[]): TimelinePeriod<T>[] {
  const sorted = [...items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id.localeCompare(b.id)));
  const periods: TimelinePeriod<T>[] = [];
  for (const item of sorted) {
    const period = periodOf(item.date);
    let group = periods.at(-1);
    if (group?.id !== period.id) periods.push((group = { ...period, years: [] }));
    const year = Number(item.date.slice(0, 4));
    let yearGroup = group.years.at(-1);
    if (yearGroup?.year !== year) group.years.push((yearGroup = { year, items: [] }));
    yearGroup.items.push(item);
  }
  return periods;
}

/** All tags, most used first, then in Chinese collation order. */
export function timelineTags(items: readonly TimelineItem[]): string[] {
  const counts = new Map<string, number>();
  for (const item of items) for (const tag of item.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const collator = new Intl.Collator('zh-CN');
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || collator.compare(a, b));
}

/** Whether an item shows under the tag filter ('' = all). */
export function matchesTag(tags: readonly string[], selected: string): boolean {
  return selected === '' || tags.includes(selected);
}

export interface Anniversary<T> {
  item: T;
  /** Years since the event, counted to the year of `today`. */
  years: number;
}

/**
 * Events that happened on today's month and day. When none did, the next
 * anniversaries within `lookaheadDays` (upcoming), so the home page is never empty.
 */
export function onThisDay<T extends { date: string }>(
  items: readonly T[],
  today: string,
  lookaheadDays = 30,
): { kind: 'today' | 'upcoming' | 'none'; matches: Array<Anniversary<T> & { date: string }> } {
  const year = Number(today.slice(0, 4));
  const todayUtc = Date.UTC(year, Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10)));
  const withNext = items
    .filter((item) => item.date <= today)
    .map((item) => {
      const [, month, day] = item.date.split('-').map(Number) as [number, number, number];
      let nextYear = year;
      let next = Date.UTC(nextYear, month - 1, day);
      if (next < todayUtc) next = Date.UTC((nextYear += 1), month - 1, day);
      const date = new Date(next).toISOString().slice(0, 10);
      return {
        item,
        date,
        years: nextYear - Number(item.date.slice(0, 4)),
        inDays: Math.round((next - todayUtc) / 86_400_000),
      };
    })
    .filter((entry) => entry.years > 0);
  const exact = withNext.filter((entry) => entry.inDays === 0).sort((a, b) => (a.item.date < b.item.date ? -1 : 1));
  if (exact.length > 0)
    return { kind: 'today', matches: exact.map(({ item, years, date }) => ({ item, years, date })) };
  const upcoming = withNext
    .filter((entry) => entry.inDays > 0 && entry.inDays <= lookaheadDays)
    .sort((a, b) => a.inDays - b.inDays || (a.item.date < b.item.date ? -1 : 1))
    .slice(0, 3);
  return {
    kind: upcoming.length > 0 ? 'upcoming' : 'none',
    matches: upcoming.map(({ item, years, date }) => ({ item, years, date })),
  };
}

/**
 * What 历史上的今天 shows before an event, the same at build time and in the browser:
 * for today's anniversaries how long ago (`yearsAgo`, with {years}), for upcoming ones the day.
 */
export function anniversaryWhen(
  kind: 'today' | 'upcoming' | 'none',
  { years, date }: { years: number; date: string },
  yearsAgo: string,
): string {
  return kind === 'today' ? fill(yearsAgo, { years }) : formatCivilDate(date);
}
