import { describe, expect, it } from 'vitest';
import { embeddedJson } from '../../../src/lib/web/embedded-json';

const HOSTILE = [
  '</script><img id="injected" src="x" onerror="alert(1)">',
  '<!--<script>',
  'a\u2028b\u2029c',
  'x & y > z',
  '</SCRIPT>',
];

describe('embeddedJson', () => {
  it.each(HOSTILE)('keeps %j as data: parses back to the same text', (text) => {
    const json = embeddedJson({ text, list: [text] });
    expect(JSON.parse(json)).toEqual({ text, list: [text] });
  });

  it('writes no character that HTML or an old JavaScript parser could take as markup or a line end', () => {
    const json = embeddedJson(HOSTILE);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(json).toContain('\\u2028');
  });

  it('leaves other text as JSON.stringify writes it (Chinese stays readable)', () => {
    expect(embeddedJson({ title: '党史学习', n: 3, ok: true })).toBe('{"title":"党史学习","n":3,"ok":true}');
  });

  it('refuses a value with no JSON form instead of writing "undefined" into the page', () => {
    expect(() => embeddedJson(undefined)).toThrow(/no JSON form/);
  });
});
