import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import {
  byDateDescending,
  civilDateFromYaml,
  civilDateInShanghai,
  civilMonthInShanghai,
  formatCivilDate,
  isCivilDate,
  isCivilMonth,
} from '../../src/lib/civil-date';

describe('isCivilDate', () => {
  it.each(['2026-07-01', '2026-01-31', '2026-12-31', '2028-02-29', '2000-02-29', '1999-12-31'])(
    'accepts the real day %s',
    (value) => {
      expect(isCivilDate(value)).toBe(true);
    },
  );

  it.each([
    ['2026-02-29', 'not a leap year'],
    ['2100-02-29', 'century, not a leap year'],
    ['2026-02-30', 'no such day'],
    ['2026-04-31', 'April has 30 days'],
    ['2026-13-01', 'no month 13'],
    ['2026-00-10', 'no month 0'],
    ['2026-07-00', 'no day 0'],
    ['2026-7-1', 'unpadded'],
    ['2026/07/01', 'wrong separator'],
    ['26-07-01', 'two-digit year'],
    ['2026-07-01T00:00:00Z', 'an instant, not a day'],
    [' 2026-07-01', 'leading space'],
    ['2026-07-01\n', 'trailing newline'],
    ['2026-07', 'a month'],
    ['', 'empty'],
  ])('rejects %j (%s)', (value) => {
    expect(isCivilDate(value)).toBe(false);
  });

  it.each([[new Date('2026-07-01T00:00:00Z')], [20260701], [null], [undefined], [['2026-07-01']]])(
    'rejects the non-string %j',
    (value) => {
      expect(isCivilDate(value)).toBe(false);
    },
  );
});

describe('isCivilMonth', () => {
  it.each(['2026-01', '2026-07', '2026-12'])('accepts %s', (value) => {
    expect(isCivilMonth(value)).toBe(true);
  });

  it.each(['2026-00', '2026-13', '2026-7', '2026-07-01', '2026/07', ' 2026-07', '', 202607, null, undefined])(
    'rejects %j',
    (value) => {
      expect(isCivilMonth(value)).toBe(false);
    },
  );
});

describe('civilDateFromYaml', () => {
  it('reads back the day of a YAML date-only value (a Date at UTC midnight)', () => {
    const { date } = load('date: 2026-07-01') as { date: Date };
    expect(date).toBeInstanceOf(Date);
    expect(date.toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(civilDateFromYaml(date)).toBe('2026-07-01');
  });

  it.each([
    ['2028-02-29T00:00:00Z', '2028-02-29'],
    ['2026-12-31T00:00:00Z', '2026-12-31'],
  ])('gives the UTC day of %s', (iso, expected) => {
    expect(civilDateFromYaml(new Date(iso))).toBe(expected);
  });

  it('marks an invalid Date as "invalid" instead of throwing', () => {
    expect(civilDateFromYaml(new Date('not a date'))).toBe('invalid');
  });
});

describe('the Beijing calendar day and month of an instant', () => {
  it.each([
    ['2026-11-25T15:59:59Z', '2026-11-25', '2026-11'],
    ['2026-11-25T16:00:00Z', '2026-11-26', '2026-11'],
    ['2026-11-30T15:59:59Z', '2026-11-30', '2026-11'],
    ['2026-11-30T16:00:00Z', '2026-12-01', '2026-12'],
    ['2026-12-31T15:59:59Z', '2026-12-31', '2026-12'],
    ['2026-12-31T16:00:00Z', '2027-01-01', '2027-01'],
    ['2028-02-28T16:00:00Z', '2028-02-29', '2028-02'],
    ['2026-07-01T00:00:00+08:00', '2026-07-01', '2026-07'],
    ['2026-06-30T23:59:59-04:00', '2026-07-01', '2026-07'],
  ])('%s is %s in Beijing', (iso, day, month) => {
    const instant = new Date(iso);
    expect(civilDateInShanghai(instant)).toBe(day);
    expect(civilMonthInShanghai(instant)).toBe(month);
  });
});

describe('formatCivilDate', () => {
  it.each([
    ['2026-07-01', '2026年7月1日'],
    ['2026-12-31', '2026年12月31日'],
    ['2028-02-29', '2028年2月29日'],
  ])('%s → %s', (date, expected) => {
    expect(formatCivilDate(date)).toBe(expected);
  });
});

describe('byDateDescending', () => {
  it('sorts newest first and keeps the input order of equal dates', () => {
    const items = [
      { id: 'a', date: '2026-03-01' },
      { id: 'b', date: '2026-07-01' },
      { id: 'c', date: '2025-12-31' },
      { id: 'd', date: '2026-03-01' },
      { id: 'e', date: '2026-07-01' },
    ];
    const sorted = [...items].sort(byDateDescending((item) => item.date));
    expect(sorted.map((item) => item.id)).toEqual(['b', 'e', 'a', 'd', 'c']);
  });
});
