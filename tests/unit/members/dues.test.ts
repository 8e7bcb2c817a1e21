import { describe, expect, it } from 'vitest';
import { arrears, monthlyDues, monthsDue, toCents, yuanText } from '../../../src/lib/members/dues';
import { ARREARS_RULE, DUES_RULES } from '../../../src/lib/members/dues-rules';

const yuan = (kind: Parameters<typeof monthlyDues>[0], base: number, farmer?: number) =>
  yuanText(monthlyDues(kind, base, farmer).cents);

describe('in-work members: monthly wage after tax (中组发〔2008〕3号 一（一）1)', () => {
  it.each([
    [0, '0.00', 0.5],
    [2999.99, '15.00', 0.5],
    [3000, '15.00', 0.5],
    [3000.01, '30.00', 1],
    [4000, '40.00', 1],
    [5000, '50.00', 1],
    [5000.01, '75.00', 1.5],
    [8000, '120.00', 1.5],
    [10000, '150.00', 1.5],
    [10000.01, '200.00', 2],
    [12345.67, '246.91', 2],
  ])('%d 元 → %s 元 (%d%%)', (base, amount, percent) => {
    expect(yuan('employed', base)).toBe(amount);
    expect(monthlyDues('employed', base).percent).toBe(percent);
  });

  it('rounds to the nearest 分, half up', () => {
    expect(yuan('employed', 3333.33)).toBe('33.33');
    expect(yuan('employed', 1001)).toBe('5.01'); // 5.005
    expect(yuan('employed', 1000.99)).toBe('5.00'); // 5.00495
  });
});

describe('retired members: monthly pension (一（一）2)', () => {
  it.each([
    [3000, '15.00'],
    [5000, '25.00'],
    [5000.01, '50.00'],
    [12000, '120.00'],
  ])('%d 元 → %s 元', (base, amount) => expect(yuan('retired', base)).toBe(amount));
});

describe('fixed amounts', () => {
  it('students, members without income and those on 低保 pay 0.2 元 whatever is entered', () => {
    expect(yuan('minimum', 0)).toBe('0.20');
    expect(yuan('minimum', 9000)).toBe('0.20');
  });

  it('farmers pay the branch’s amount within 0.2–1 元', () => {
    expect(yuan('farmer', 0)).toBe('0.20');
    expect(yuan('farmer', 0, 0.5)).toBe('0.50');
    expect(yuan('farmer', 0, 1)).toBe('1.00');
    expect(() => monthlyDues('farmer', 0, 1.01)).toThrow(RangeError);
    expect(() => monthlyDues('farmer', 0, 0.19)).toThrow(RangeError);
  });

  it('the rules say where they come from', () => {
    for (const rule of Object.values(DUES_RULES)) expect(rule.part).toMatch(/^一（一）\d$/);
  });
});

describe('toCents', () => {
  it.each([
    [3000.01, 300001],
    [0.1, 10],
    [0, 0],
  ])('%d → %d 分', (value, cents) => expect(toCents(value)).toBe(cents));
  it.each([-1, 1.005, Number.NaN, Number.POSITIVE_INFINITY])('refuses %d', (value) =>
    expect(toCents(value)).toBeUndefined(),
  );
  it('refuses a negative base', () => expect(() => monthlyDues('employed', -5)).toThrow(RangeError));
});

describe('months due and arrears', () => {
  const paid = (...months: string[]) => months.map((month) => ({ month, date: `${month}-10`, method: '转账' }));

  it('counts the months before today’s month (Beijing), all twelve for a past year', () => {
    expect(monthsDue(2026, '2026-12-07')).toHaveLength(11);
    expect(monthsDue(2026, '2026-01-31')).toEqual([]);
    expect(monthsDue(2025, '2026-01-01')).toHaveLength(12);
    expect(monthsDue(2027, '2026-12-31')).toEqual([]);
  });

  it('flags a member at three months in a row unpaid, not at two', () => {
    const two = arrears(
      paid('2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09'),
      2026,
      '2026-12-01',
    );
    expect(two).toMatchObject({ behind: 2, flagged: false, unpaid: ['2026-10', '2026-11'] });
    const three = arrears(
      paid('2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08'),
      2026,
      '2026-12-01',
    );
    expect(three).toMatchObject({ behind: 3, flagged: true });
    expect(ARREARS_RULE.warnMonths).toBeLessThan(ARREARS_RULE.lapseMonths);
  });

  it('counts only the months in a row up to the last month due', () => {
    const gap = arrears(
      paid('2026-01', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11'),
      2026,
      '2026-12-01',
    );
    expect(gap).toMatchObject({ behind: 0, flagged: false, unpaid: ['2026-02', '2026-03', '2026-04'] });
  });

  it('does not count the month in progress', () => {
    expect(arrears(paid('2026-01', '2026-02'), 2026, '2026-03-31')).toMatchObject({ behind: 0 });
    expect(arrears(paid('2026-01', '2026-02'), 2026, '2026-04-01')).toMatchObject({ behind: 1 });
  });
});
