/**
 * The e-mail digest (`npm run digest`): what one member receives today. Today's
 * 每日一学 card (the card the site shows on this Beijing day) and what was
 * published since that member's last digest, by the site's own rules (drafts and
 * future dates are not published: src/lib/content/publishing.ts).
 *
 * Each member has a mark: the day of the last digest they received and the items
 * of that same day it held. So a rerun the same day sends nothing twice, a
 * digest interrupted half-way resumes with the members it missed, and an item
 * added later on a day that already had its digest comes in the next one.
 * Items are chosen by their publication date: an entry added with an older date
 * than the last digest is not announced (it is on the site all the same).
 */
import { civilDateInShanghai } from '../civil-date';
import { addDays, cardForDate, type DailyCardRef } from '../content/daily-rotation';
import { isPublished } from '../content/publishing';

export interface DigestItem {
  /** `<collection>/<id>`: unique across the site. */
  key: string;
  /** Chinese name of the section, e.g. 理论学习. */
  section: string;
  title: string;
  /** Publication day, YYYY-MM-DD (Beijing). */
  date: string;
  draft?: boolean;
  /** Site-relative path of the page, e.g. 'articles/x/' (no base). */
  path: string;
  summary?: string;
}

export interface RecipientMark {
  /** Beijing day of the last digest this member received. */
  date: string;
  /** Keys of the items dated that same day that the digest held. */
  sameDay: string[];
}

export interface DigestPlan<C extends DailyCardRef> {
  /** The Beijing day the digest is for. */
  date: string;
  card?: C;
  /** Newest first, at most `MAX_ITEMS`. */
  items: DigestItem[];
  /** Items left out of the list for length (the mail points to the site for them). */
  more: number;
  /** The member's mark once this digest is delivered. */
  mark: RecipientMark;
}

/** A member's first digest covers this many days back (today included). */
export const FIRST_DIGEST_DAYS = 7;
/** Most items listed in one mail: a digest after a long pause stays readable. */
export const MAX_ITEMS = 20;

const newestFirst = (a: DigestItem, b: DigestItem) =>
  a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

/** Published items the member has not had a digest for, newest first. */
export function newItems(items: readonly DigestItem[], today: string, mark: RecipientMark | undefined): DigestItem[] {
  const since = mark?.date ?? addDays(today, -FIRST_DIGEST_DAYS);
  const seen = new Set(mark?.sameDay ?? []);
  return items
    .filter((item) => isPublished(item, today, true))
    .filter((item) => item.date > since || (mark !== undefined && item.date === since && !seen.has(item.key)))
    .sort(newestFirst);
}

/**
 * The digest for one member at `now` (its day is the Beijing day, whatever the
 * machine's time zone), or undefined when there is nothing to send: the member
 * already received that day's digest, or there is neither a card nor a new item.
 */
export function planDigest<C extends DailyCardRef>(
  cards: readonly C[],
  items: readonly DigestItem[],
  now: Date,
  mark: RecipientMark | undefined,
): DigestPlan<C> | undefined {
  const today = civilDateInShanghai(now);
  // Already sent today (or a mark from a clock ahead of this one): nothing twice.
  if (mark && mark.date >= today) return undefined;
  const card = cardForDate(cards, today);
  const fresh = newItems(items, today, mark);
  if (!card && fresh.length === 0) return undefined;
  return {
    date: today,
    ...(card ? { card } : {}),
    items: fresh.slice(0, MAX_ITEMS),
    more: Math.max(0, fresh.length - MAX_ITEMS),
    mark: { date: today, sameDay: fresh.filter((item) => item.date === today).map((item) => item.key) },
  };
}

/** Members whose plans are the same get the same mail: one key per distinct content. */
export function planKey(plan: DigestPlan<DailyCardRef>): string {
  return JSON.stringify([plan.date, plan.card?.id ?? null, plan.items.map((item) => item.key), plan.more]);
}
