import { describe, expect, it } from 'vitest';
import {
  breakLines,
  breakUnits,
  ELLIPSIS,
  fitText,
  NO_LINE_END,
  NO_LINE_START,
} from '../../../src/lib/poster/cjk-lines';

/** A monospaced stand-in for a font: Chinese and full-width characters 1 em, the rest half. */
const em = (text: string, size = 1) =>
  [...text].reduce((sum, char) => sum + (/[\u0000-\u00ff]/.test(char) ? 0.5 : 1), 0) * size;

function expectWellBroken(lines: string[], maxWidth: number, measure = em) {
  for (const line of lines) {
    expect(measure(line), `“${line}” is wider than ${maxWidth}`).toBeLessThanOrEqual(maxWidth);
    expect(NO_LINE_START.has([...line][0]!), `“${line}” starts with closing punctuation`).toBe(false);
    expect(NO_LINE_END.has([...line].at(-1)!), `“${line}” ends with opening punctuation`).toBe(false);
  }
}

describe('breakUnits', () => {
  it.each([
    ['你好，世界。', ['你', '好，', '世', '界。']],
    ['他说：“入党。”', ['他', '说：', '“入', '党。”']],
    ['《党章》规定', ['《党', '章》', '规', '定']],
    ['学习 Marx 的著作', ['学', '习', ' ', 'Marx', ' ', '的', '著', '作']],
    ['2026年7月1日', ['2026', '年', '7', '月', '1', '日']],
    ['重要……坚持——', ['重', '要……', '坚', '持——']],
    ['党员 ，群众', ['党', '员，', '群', '众']],
    ['学习Marxism-Leninism', ['学', '习', 'Marxism-', 'Leninism']],
    ['2026-12-07 与 COVID-19', ['2026-12-07', ' ', '与', ' ', 'COVID-19']],
  ])('%s → %j', (text, units) => expect(breakUnits(text)).toEqual(units));
});

describe('breakLines', () => {
  it('fills each line greedily and keeps every character in order', () => {
    const text = '党的基层组织是党在社会基层组织中的战斗堡垒，是党的全部工作和战斗力的基础。';
    const lines = breakLines(text, em, 10);
    expect(lines.join('')).toBe(text);
    expect(lines[0]).toBe('党的基层组织是党在社');
    expectWellBroken(lines, 10);
  });

  it('moves the character before a comma to the next line rather than start a line with the comma', () => {
    // Ten characters fit; the eleventh is “，”, which may not start the next line.
    const lines = breakLines('一二三四五六七八九十，十一', em, 10);
    expect(lines).toEqual(['一二三四五六七八九', '十，十一']);
  });

  it('never ends a line with an opening quotation mark or bracket', () => {
    const lines = breakLines('一二三四五六七八九“十一”', em, 10);
    expect(lines).toEqual(['一二三四五六七八九', '“十一”']);
  });

  it('keeps Latin words and numbers whole and drops the space at a break', () => {
    const lines = breakLines('学习 Communist Manifesto 原文', em, 6);
    expect(lines).toEqual(['学习', 'Communist', 'Manifesto 原', '文']);
  });

  it('breaks a long hyphenated word after its hyphen, not in the middle of a word', () => {
    expect(breakLines('Marxism-Leninism', em, 5)).toEqual(['Marxism-', 'Leninism']);
    expect(breakLines('学习 Marxism-Leninism 原著', em, 6)).toEqual(['学习', 'Marxism-', 'Leninism 原', '著']);
  });

  it('splits a single word wider than the line by characters', () => {
    const lines = breakLines('网址 https://example.edu.cn/dangjian/daily/oath/', em, 10);
    expectWellBroken(lines, 10);
    expect(lines.join('').replace(/ /g, '')).toBe('网址https://example.edu.cn/dangjian/daily/oath/');
  });

  it.each([
    '“不忘初心，牢记使命”。',
    '坚持“四个自信”、做到“两个维护”……',
    '（一）认真学习；（二）严格纪律。',
    '党员应当：一、学习；二、履职！三、守纪？',
  ])('no line of %s starts with closing or ends with opening punctuation, at any width from 5 characters', (text) => {
    for (let width = 5; width <= 14; width += 1) expectWellBroken(breakLines(text, em, width), width);
  });
});

describe('fitText', () => {
  const options = { maxWidth: 10, maxHeight: 60, maxSize: 2, minSize: 1, step: 0.5, lineHeight: 1.5 };
  const measureAt = (text: string, size: number) => em(text, size);

  it('uses the largest size at which the text fits the box', () => {
    const fitted = fitText('一二三四五六七八九十', measureAt, options);
    expect(fitted).toEqual({ size: 2, lines: ['一二三四五', '六七八九十'], truncated: false });
  });

  it('shrinks a longer text, and never below the smallest size', () => {
    const text = '一二三四五六七八九十'.repeat(12);
    const fitted = fitText(text, measureAt, options);
    expect(fitted.truncated).toBe(false);
    expect(fitted.size).toBe(1.5);
    expect(fitted.lines.length * fitted.size * options.lineHeight).toBeLessThanOrEqual(options.maxHeight);
  });

  it('cuts a text that does not fit at the smallest size, ending with an ellipsis that fits', () => {
    const text = '一二三四五六七八九，'.repeat(60);
    const fitted = fitText(text, measureAt, options);
    expect(fitted.truncated).toBe(true);
    expect(fitted.size).toBe(1);
    expect(fitted.lines).toHaveLength(40);
    expect(fitted.lines.at(-1)!.endsWith(ELLIPSIS)).toBe(true);
    // No comma left dangling before the ellipsis.
    expect(fitted.lines.at(-1)).not.toMatch(/，……$/);
    expectWellBroken(fitted.lines, options.maxWidth, (s) => em(s, 1));
  });
});
