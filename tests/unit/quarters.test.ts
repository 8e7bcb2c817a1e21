import { expect, it } from 'vitest';
import { groupByQuarter, quarterOf } from '../../src/lib/quarters';

it.each([
  ['2026-01-01', '2026-Q1'],
  ['2026-03-31', '2026-Q1'],
  ['2026-04-01', '2026-Q2'],
  ['2026-09-30', '2026-Q3'],
  ['2026-10-01', '2026-Q4'],
  ['2026-12-31', '2026-Q4'],
])('%s is in %s', (date, key) => {
  expect(quarterOf(date).key).toBe(key);
});

it('groups items by quarter in their order', () => {
  const dates = ['2026-11-20', '2026-10-25', '2026-09-28', '2025-12-15'];
  expect(groupByQuarter(dates, (d) => d).map((g) => [g.key, g.year, g.quarter, g.items])).toEqual([
    ['2026-Q4', 2026, 4, ['2026-11-20', '2026-10-25']],
    ['2026-Q3', 2026, 3, ['2026-09-28']],
    ['2025-Q4', 2025, 4, ['2025-12-15']],
  ]);
});
