import { describe, expect, it } from 'vitest';
import {
  FIRST_DIGEST_DAYS,
  MAX_ITEMS,
  newItems,
  planDigest,
  planKey,
  type DigestItem,
} from '../../../src/lib/digest/selection';
import { cardForDate } from '../../../src/lib/content/daily-rotation';

const item = (key: string, date: string, extra: Partial<DigestItem> = {}): DigestItem => ({
  key,
  section: '理论学习',
  title: key,
  date,
  path: `${key}/`,
  ...extra,
});
const items = [
  item('articles/old', '2026-11-01'),
  item('articles/week', '2026-11-26'),
  item('articles/yesterday', '2026-12-04'),
  item('articles/today', '2026-12-05'),
  item('articles/draft', '2026-12-04', { draft: true }),
  item('articles/tomorrow', '2026-12-06'),
];
const cards = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'pinned', date: '2026-12-05' }];
/** 05:00 in Beijing on 5 December, when the daily workflow runs. */
const MORNING = new Date('2026-12-05T05:00:00+08:00');
const keys = (list: readonly DigestItem[]) => list.map((i) => i.key);

describe('what a member receives', () => {
  it(`a first digest: today’s card and what was published in the last ${FIRST_DIGEST_DAYS} days, newest first; no draft, nothing dated later`, () => {
    const plan = planDigest(cards, items, MORNING, undefined)!;
    expect(plan.date).toBe('2026-12-05');
    expect(plan.card).toEqual({ id: 'pinned', date: '2026-12-05' });
    expect(keys(plan.items)).toEqual(['articles/today', 'articles/yesterday']);
    expect(plan.mark).toEqual({ date: '2026-12-05', sameDay: ['articles/today'] });
  });

  it('the card is the one the site shows that day (rotation by Beijing day)', () => {
    const day = new Date('2026-12-07T05:00:00+08:00');
    expect(planDigest(cards, [], day, undefined)!.card).toBe(cardForDate(cards, '2026-12-07'));
  });

  it.each([
    ['the day before', '2026-12-04', ['articles/yesterday'], ['articles/today']],
    ['ten days before', '2026-11-25', [], ['articles/today', 'articles/yesterday', 'articles/week']],
    ['long ago', '2026-10-01', [], ['articles/today', 'articles/yesterday', 'articles/week', 'articles/old']],
  ])('after a digest %s: only what was published since', (_, date, sameDay, expected) => {
    expect(keys(planDigest(cards, items, MORNING, { date, sameDay })!.items)).toEqual(expected);
  });

  it('an item added later on a day whose digest went out comes in the next digest, and only once', () => {
    const mark = { date: '2026-12-04', sameDay: ['articles/yesterday'] };
    const added = [...items, item('articles/late-yesterday', '2026-12-04')];
    expect(keys(planDigest(cards, added, MORNING, mark)!.items)).toEqual(['articles/today', 'articles/late-yesterday']);
  });

  it('nothing twice on the same day, nor for a mark ahead of the clock', () => {
    expect(planDigest(cards, items, MORNING, { date: '2026-12-05', sameDay: [] })).toBeUndefined();
    expect(planDigest(cards, items, MORNING, { date: '2026-12-06', sameDay: [] })).toBeUndefined();
  });

  it('nothing at all when there is neither a card nor a new item; a card alone is a digest', () => {
    expect(planDigest([], items, MORNING, { date: '2026-12-05', sameDay: [] })).toBeUndefined();
    expect(planDigest([], [], MORNING, undefined)).toBeUndefined();
    const cardOnly = planDigest(cards, [], MORNING, { date: '2026-12-04', sameDay: [] })!;
    expect(cardOnly.items).toEqual([]);
    expect(cardOnly.card).toBeDefined();
  });

  it(`lists at most ${MAX_ITEMS} items and counts the rest`, () => {
    const many = Array.from({ length: 25 }, (_, i) => item(`articles/a${String(i).padStart(2, '0')}`, '2026-12-03'));
    const plan = planDigest(cards, many, MORNING, undefined)!;
    expect(plan.items).toHaveLength(MAX_ITEMS);
    expect(plan.more).toBe(5);
  });
});

describe('Beijing day boundaries', () => {
  it.each([
    ['2026-12-04T15:59:59Z', '2026-12-04', ['articles/yesterday']],
    ['2026-12-04T16:00:00Z', '2026-12-05', ['articles/today', 'articles/yesterday']],
    // 23:30 on 4 December in New York is already the 5th in Beijing.
    ['2026-12-04T23:30:00-05:00', '2026-12-05', ['articles/today', 'articles/yesterday']],
  ])('at %s the digest is for %s', (instant, day, expected) => {
    const plan = planDigest(cards, items, new Date(instant), { date: '2026-12-03', sameDay: [] })!;
    expect(plan.date).toBe(day);
    expect(keys(plan.items)).toEqual(expected);
  });

  it('an item dated today is not new to a member who had today’s digest, even late in the evening', () => {
    expect(newItems(items, '2026-12-05', { date: '2026-12-05', sameDay: ['articles/today'] })).toEqual([]);
  });
});

describe('planKey', () => {
  it('is the same for members with the same content and differs otherwise', () => {
    const a = planDigest(cards, items, MORNING, undefined)!;
    const b = planDigest(cards, items, MORNING, undefined)!;
    const c = planDigest(cards, items, MORNING, { date: '2026-12-04', sameDay: ['articles/yesterday'] })!;
    expect(planKey(a)).toBe(planKey(b));
    expect(planKey(a)).not.toBe(planKey(c));
  });
});
