/**
 * 每日一学: which card a reader sees on a given day. The choice depends only on
 * the calendar day in Beijing, so the build (for readers without JavaScript) and
 * every browser, in any time zone, agree. A card pinned to a date wins that day;
 * the other cards take turns in a fixed order.
 */
import { civilDateInShanghai } from '../civil-date';

export interface DailyCardRef {
  id: string;
  /** Pinned day YYYY-MM-DD; absent for cards in the rotation. */
  date?: string;
}

/** A card as plain data: what the build renders and what the browser picks from (src/site/daily.ts reads them). */
export interface DailyCard extends DailyCardRef {
  text: string;
  source: string;
  topic: string;
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a civil date (leap days count like any other day). */
export function dayNumber(civilDate: string): number {
  const [year, month, day] = civilDate.split('-').map(Number) as [number, number, number];
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The civil date `offset` days from `civilDate`. */
export function addDays(civilDate: string, offset: number): string {
  return new Date((dayNumber(civilDate) + offset) * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The card for a Beijing calendar day. Rotation cards are taken in id order
 * (stable whatever order the files were read in), one per day, cycling.
 */
export function cardForDate<T extends DailyCardRef>(cards: readonly T[], civilDate: string): T | undefined {
  const pinned = cards.find((card) => card.date === civilDate);
  if (pinned) return pinned;
  const pool = cards.filter((card) => !card.date).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (pool.length === 0) return undefined;
  const index = ((dayNumber(civilDate) % pool.length) + pool.length) % pool.length;
  return pool[index];
}

/** The card a reader sees at `instant`, wherever the reader is. */
export function cardForInstant<T extends DailyCardRef>(cards: readonly T[], instant: Date): T | undefined {
  return cardForDate(cards, civilDateInShanghai(instant));
}

/** The cards of the `days` days up to and including `today`, newest first. */
export function recentCards<T extends DailyCardRef>(
  cards: readonly T[],
  today: string,
  days: number,
): { date: string; card: T }[] {
  const list: { date: string; card: T }[] = [];
  for (let back = 0; back < days; back += 1) {
    const date = addDays(today, -back);
    const card = cardForDate(cards, date);
    if (card) list.push({ date, card });
  }
  return list;
}
