import { describe, expect, it } from 'vitest';
import { addDays, cardForDate, cardForInstant, dayNumber, recentCards } from '../../../src/lib/content/daily-rotation';

const pool = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => ({ id }));
const pinned = { id: 'july-first', date: '2026-07-01' };
const cards = [...pool, pinned];

describe('dayNumber and addDays', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['2024-02-29', 19782],
    ['2024-03-01', 19783],
  ])('%s is day %i', (date, n) => expect(dayNumber(date)).toBe(n));

  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2026-01-01', -1, '2025-12-31'],
  ])('%s %+i day → %s', (date, offset, expected) => expect(addDays(date, offset)).toBe(expected));
});

describe('cardForDate', () => {
  it('gives each consecutive day the next card of the pool, cycling', () => {
    const ids = Array.from({ length: 14 }, (_, i) => cardForDate(cards, addDays('2026-11-01', i))!.id);
    expect(new Set(ids.slice(0, 7)).size).toBe(7);
    expect(ids.slice(7)).toEqual(ids.slice(0, 7));
  });

  it('does not depend on the order the cards were read in', () => {
    expect(cardForDate([...cards].reverse(), '2026-11-26')).toEqual(cardForDate(cards, '2026-11-26'));
  });

  it('shows a pinned card on its day, and never in the rotation', () => {
    expect(cardForDate(cards, '2026-07-01')).toBe(pinned);
    for (let i = 0; i < 30; i += 1) expect(cardForDate(cards, addDays('2026-07-02', i))).not.toBe(pinned);
  });

  it('moves on across a leap day like any other day', () => {
    const feb28 = pool.indexOf(cardForDate(pool, '2024-02-28')!);
    expect(pool.indexOf(cardForDate(pool, '2024-02-29')!)).toBe((feb28 + 1) % pool.length);
    expect(pool.indexOf(cardForDate(pool, '2024-03-01')!)).toBe((feb28 + 2) % pool.length);
  });

  it('has nothing to show without cards, and shows a pinned card even when the pool is empty', () => {
    expect(cardForDate([], '2026-11-26')).toBeUndefined();
    expect(cardForDate([pinned], '2026-07-01')).toBe(pinned);
    expect(cardForDate([pinned], '2026-07-02')).toBeUndefined();
  });
});

describe('cardForInstant: the day in Beijing decides', () => {
  it.each([
    ['23:59:59 Beijing is still the 26th', '2026-11-26T23:59:59+08:00', '2026-11-26'],
    ['00:00 Beijing is the 27th', '2026-11-27T00:00:00+08:00', '2026-11-27'],
    ['16:00 UTC on the 26th is midnight Beijing, the 27th', '2026-11-26T16:00:00Z', '2026-11-27'],
    [
      'a reader in New York at 11:30 on the 26th is past midnight in Beijing',
      '2026-11-26T11:30:00-05:00',
      '2026-11-27',
    ],
    ['a reader in Honolulu on the evening of the 25th', '2026-11-25T21:00:00-10:00', '2026-11-26'],
    ['leap day in Beijing, 28 Feb in London', '2024-02-28T23:30:00Z', '2024-02-29'],
  ])('%s', (_, instant, day) => {
    expect(cardForInstant(cards, new Date(instant))).toBe(cardForDate(cards, day));
  });

  it('changes exactly at midnight Beijing time', () => {
    const before = cardForInstant(pool, new Date('2026-11-26T23:59:00+08:00'));
    const after = cardForInstant(pool, new Date('2026-11-27T00:00:00+08:00'));
    expect(after).not.toBe(before);
  });
});

describe('recentCards', () => {
  it('lists one card per day, newest first, including pinned days', () => {
    const list = recentCards(cards, '2026-07-02', 3);
    expect(list.map((entry) => entry.date)).toEqual(['2026-07-02', '2026-07-01', '2026-06-30']);
    expect(list[1]!.card).toBe(pinned);
  });
});
