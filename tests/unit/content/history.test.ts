import { describe, expect, it } from 'vitest';
import {
  anniversaryWhen,
  groupTimeline,
  matchesTag,
  onThisDay,
  periodOf,
  timelineTags,
} from '../../../src/lib/content/history';

describe('periodOf', () => {
  it.each([
    ['1921-07-23', '新民主主义革命时期'],
    ['1949-09-30', '新民主主义革命时期'],
    ['1949-10-01', '社会主义革命和建设时期'],
    ['1978-12-17', '社会主义革命和建设时期'],
    ['1978-12-18', '改革开放和社会主义现代化建设新时期'],
    ['2012-11-07', '改革开放和社会主义现代化建设新时期'],
    ['2012-11-08', '中国特色社会主义新时代'],
    ['2022-10-16', '中国特色社会主义新时代'],
  ])('%s → %s', (date, name) => {
    expect(periodOf(date).name).toBe(name);
  });
});

const items = [
  { id: 'c', date: '1949-10-01', tags: ['新中国建设'] },
  { id: 'a', date: '1921-07-23', tags: ['建党', '党的代表大会'] },
  { id: 'b', date: '1935-01-15', tags: ['长征', '重要会议'] },
  { id: 'd', date: '1935-10-19', tags: ['长征'] },
];

it('groups by period, then year, oldest first', () => {
  const periods = groupTimeline(items);
  expect(periods.map((p) => [p.id, p.years.map((y) => [y.year, y.items.map((i) => i.id)])])).toEqual([
    [
      'new-democratic-revolution',
      [
        [1921, ['a']],
        [1935, ['b', 'd']],
      ],
    ],
    ['socialist-construction', [[1949, ['c']]]],
  ]);
});

it('lists tags by use, then in Chinese order', () => {
  expect(timelineTags(items)).toEqual(['长征', '党的代表大会', '建党', '新中国建设', '重要会议']);
});

it.each<[string[], string, boolean]>([
  [['长征'], '', true],
  [['长征'], '长征', true],
  [['长征'], '建党', false],
  [[], '建党', false],
])('tags %j under filter "%s" → %s', (tags, selected, expected) => {
  expect(matchesTag(tags, selected)).toBe(expected);
});

describe('onThisDay', () => {
  const history = [
    { date: '1921-07-23', title: '一大' },
    { date: '1927-08-01', title: '南昌起义' },
    { date: '1949-10-01', title: '开国' },
    { date: '1964-10-16', title: '原子弹' },
  ];

  it('finds events of today’s month and day, with years since', () => {
    expect(onThisDay(history, '2026-10-01')).toEqual({
      kind: 'today',
      matches: [{ item: history[2], years: 77, date: '2026-10-01' }],
    });
  });

  it('otherwise offers the next anniversaries within 30 days', () => {
    expect(onThisDay(history, '2026-07-20')).toEqual({
      kind: 'upcoming',
      matches: [
        { item: history[0], years: 105, date: '2026-07-23' },
        { item: history[1], years: 99, date: '2026-08-01' },
      ],
    });
  });

  it('looks across the new year', () => {
    expect(onThisDay([{ date: '1950-01-05', title: 'x' }], '2026-12-20').matches).toEqual([
      { item: { date: '1950-01-05', title: 'x' }, years: 77, date: '2027-01-05' },
    ]);
  });

  it('says so when nothing is near', () => {
    expect(onThisDay(history, '2026-03-01')).toEqual({ kind: 'none', matches: [] });
  });

  it('does not count an event on the very day it happens, or a future one', () => {
    expect(
      onThisDay(
        [
          { date: '2026-10-01', title: 'x' },
          { date: '2030-10-01', title: 'y' },
        ],
        '2026-10-01',
      ),
    ).toEqual({ kind: 'none', matches: [] });
  });
});

describe('anniversaryWhen (the label before an event in 历史上的今天)', () => {
  it.each([
    ['today: how many years ago', 'today', { years: 105, date: '2026-07-01' }, '105 年前的今天'],
    ['upcoming: the day of the anniversary', 'upcoming', { years: 77, date: '2026-10-01' }, '2026年10月1日'],
  ] as const)('%s', (_name, kind, match, expected) => {
    expect(anniversaryWhen(kind, match, '{years} 年前的今天')).toBe(expected);
  });
});
