import { describe, expect, it } from 'vitest';
import { criteriaOf, facetValues, filterSearch, matchesFilter } from '../../../src/lib/web/list-filter';

const book = { facets: { author: '张明', year: '2026' }, text: '党章学习辅导手册 按章节梳理党章 ＡＢＣ' };

describe('matchesFilter', () => {
  it.each([
    ['nothing chosen', {}, '', true],
    ['matching facet', { author: '张明' }, '', true],
    ['other facet value', { author: '李华' }, '', false],
    ['any value ("")', { author: '' }, '', true],
    ['all words must appear', {}, '党章 手册', true],
    ['a missing word', {}, '党章 党费', false],
    ['full-width and case folded', {}, 'abc', true],
    ['facet and words together', { author: '张明', year: '2025' }, '党章', false],
  ])('%s', (_, facets, query, expected) => {
    expect(matchesFilter(book, { facets, query })).toBe(expected);
  });
});

describe('facetValues', () => {
  it('lists distinct values, skipping empty ones', () => {
    const items = [
      book,
      { facets: { author: '李华', year: '' }, text: '' },
      { facets: { author: '张明', year: '2024' }, text: '' },
    ];
    expect(facetValues(items, 'year')).toEqual(['2024', '2026']);
    expect(new Set(facetValues(items, 'author'))).toEqual(new Set(['张明', '李华']));
  });
});

describe('the filter form in criteria and in the address', () => {
  const fields = [
    ['q', '党章 手册'],
    ['author', '张明'],
    ['year', ''],
  ] as const;

  it('reads the words from q and every other field as a facet', () => {
    expect(criteriaOf(fields)).toEqual({ facets: { author: '张明', year: '' }, query: '党章 手册' });
    expect(criteriaOf([['author', '']])).toEqual({ facets: { author: '' }, query: '' });
  });

  it('puts only the chosen fields in the query string, encoded', () => {
    expect(filterSearch(fields)).toBe('?q=%E5%85%9A%E7%AB%A0+%E6%89%8B%E5%86%8C&author=%E5%BC%A0%E6%98%8E');
    expect(new URLSearchParams(filterSearch(fields)).get('q')).toBe('党章 手册');
  });

  it('gives no query string when nothing is chosen', () => {
    expect(
      filterSearch([
        ['q', ''],
        ['author', ''],
      ]),
    ).toBe('');
    expect(filterSearch([])).toBe('');
  });
});
