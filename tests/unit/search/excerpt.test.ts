import { describe, expect, it } from 'vitest';
import { buildExcerpt, highlight, readableText, wordSpans, EXCERPT_CHARS } from '../../../src/lib/search/excerpt';
import { queryWords } from '../../../src/lib/search/words';

describe('readableText: the indexed text as a reader writes it', () => {
  it.each([
    [
      'a block ending in Chinese gets 。 instead of Pagefind’s ". "',
      '党费的交纳. 按期交纳党费是党员的义务. 交纳标准.',
      '党费的交纳。按期交纳党费是党员的义务。交纳标准。',
    ],
    [
      'no space after Chinese punctuation',
      '各党小组、全体党员： 按照要求， 现将',
      '各党小组、全体党员：按照要求，现将',
    ],
    ['Latin text keeps its full stops', 'Version 1.6. 说明', 'Version 1.6. 说明'],
  ])('%s', (_label, content, expected) => {
    expect(readableText(content)).toBe(expected);
  });
});

describe('highlight spans', () => {
  const spans = (text: string, query: string) =>
    wordSpans(text, queryWords(query)).map((s) => text.slice(s.start, s.end));

  it('marks the query’s words, never their characters alone (党费 does not mark 党员, 党校, 党组)', () => {
    expect(spans('党员在党校学习党费交纳，党组讨论党费。', '党费')).toEqual(['党费', '党费']);
  });

  it('marks words across the spaces and punctuation search ignores', () => {
    expect(spans('关于 2026 年度党费收缴工作', '2026年度党费')).toEqual(['2026', '年度', '党费']);
    expect(spans('“三会一课”制度', '三会一课')).toEqual(['三会', '一课']);
  });

  it('prefers the longer word where two overlap', () => {
    expect(spans('按时交党费，党费按月交', '交党费标准')).toEqual(['交党费', '党费']);
  });

  it('escapes the text around the marks', () => {
    expect(highlight('a<b>党费</b>', [{ start: 4, end: 6 }])).toBe('a&lt;b&gt;<mark>党费</mark>&lt;/b&gt;');
  });
});

describe('buildExcerpt', () => {
  const words = queryWords('党费');

  it('starts at the sentence holding the word, with … where text was cut', () => {
    const content =
      '支部召开大会。会议由支部书记主持，到会党员二十一名，另有两名请假。会上通报了第二季度党费收缴情况，并部署下半年工作。'.repeat(
        2,
      );
    const excerpt = buildExcerpt(content, words);
    expect(excerpt.startsWith('…会上通报了第二季度<mark>党费</mark>收缴情况')).toBe(true);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt.replace(/<\/?mark>|…/g, '').length).toBeLessThanOrEqual(EXCERPT_CHARS);
  });

  it('does not repeat the title shown above it', () => {
    expect(buildExcerpt('党费交纳标准. 按期交纳党费是党员的义务。', words, '党费交纳标准')).toBe(
      '按期交纳<mark>党费</mark>是党员的义务。',
    );
  });

  it('opens the page’s text when the words are only in its title or fields', () => {
    expect(buildExcerpt('第一段文字。', words)).toBe('第一段文字。');
  });
});

describe('buildExcerpt with an answering sentence', () => {
  it('begins with the sentence that answers the question, even where the words are elsewhere too', () => {
    const content = '三会一课是组织生活的基本制度。三会一课要认真记录。支部党员大会一般每季度召开一次；';
    const words = queryWords('三会一课');
    expect(buildExcerpt(content, words, '', '支部党员大会一般每季度召开一次；')).toBe(
      '…支部党员大会一般每季度召开一次；',
    );
  });

  it('falls back to the passage with the most words when the sentence is not in the text', () => {
    const words = queryWords('党费');
    expect(buildExcerpt('按月交纳党费。', words, '', '不在正文里的句子。')).toBe('按月交纳<mark>党费</mark>。');
  });
});
