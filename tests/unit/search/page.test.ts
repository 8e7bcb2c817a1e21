import { describe, expect, it } from 'vitest';
import { filterChoices, moveFocus, readState, writeState } from '../../../src/lib/search/page';

describe('readState and writeState', () => {
  it.each([
    ['/search/', { query: '', filters: {} }],
    ['/search/?q=%E5%85%9A%E8%B4%B9', { query: '党费', filters: {} }],
    [
      '/search/?q=%E5%85%9A%E8%B4%B9&section=%E5%85%9A%E6%A0%A1&year=2026',
      { query: '党费', filters: { section: '党校', year: '2026' } },
    ],
    ['/search/?q=x&category=+&other=1', { query: 'x', filters: {} }],
  ])('%s', (path, state) => {
    expect(readState(new URL(path, 'http://site.test'))).toEqual(state);
  });

  it('writes the query and chosen filters, keeps other parameters, drops empty ones', () => {
    const url = writeState(new URL('http://site.test/search/?q=old&year=2025&ref=home'), {
      query: '组织关系 转接',
      filters: { section: '理论学习' },
    });
    expect(url.pathname + url.search).toBe(
      '/search/?ref=home&q=%E7%BB%84%E7%BB%87%E5%85%B3%E7%B3%BB+%E8%BD%AC%E6%8E%A5&section=%E7%90%86%E8%AE%BA%E5%AD%A6%E4%B9%A0',
    );
    expect(writeState(url, { query: ' ', filters: {} }).search).toBe('?ref=home');
  });

  it('round-trips', () => {
    const state = { query: '预备党员 转正', filters: { section: '党校', category: '党章', year: '2026' } };
    expect(readState(writeState(new URL('http://site.test/search/'), state))).toEqual(state);
  });
});

describe('moveFocus', () => {
  it.each([
    [-1, 'ArrowDown', 3, 0],
    [0, 'ArrowDown', 3, 1],
    [2, 'ArrowDown', 3, 2],
    [1, 'ArrowUp', 3, 0],
    [0, 'ArrowUp', 3, -1],
    [-1, 'ArrowUp', 3, -1],
    [2, 'Home', 3, 0],
    [0, 'End', 3, 2],
    [-1, 'Home', 3, undefined],
    [-1, 'ArrowDown', 0, undefined],
    [1, 'Enter', 3, undefined],
  ])('from %d, %s among %d → %s', (current, key, count, expected) => {
    expect(moveFocus(current, key, count)).toBe(expected);
  });
});

describe('filterChoices', () => {
  it('orders sections by count, then by name, and skips empty ones', () => {
    expect(filterChoices({ 党校: 15, 理论学习: 32, 博客: 8, 空: 0 }, 'section')).toEqual(['理论学习', '党校', '博客']);
  });
  it('orders years newest first', () => {
    expect(filterChoices({ '2025': 30, '2026': 20, '1949': 3 }, 'year')).toEqual(['2026', '2025', '1949']);
  });
  it('has no choices without counts', () => {
    expect(filterChoices(undefined, 'category')).toEqual([]);
  });
});
