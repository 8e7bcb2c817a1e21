import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../src/lib/content/excerpt';

describe('excerpt', () => {
  it.each([
    ['plain text stays', '按时交纳党费。', 20, '按时交纳党费。'],
    ['paragraphs join with one space', '第一段。\n\n第二段。', 20, '第一段。 第二段。'],
    [
      'headings, quotes, lists and emphasis lose their marks',
      '## 标题\n> 引用\n- **要点**\n1. 第一',
      40,
      '标题 引用 要点 第一',
    ],
    ['links keep their text, images go', '见[党章](/articles/a/)![图](/x.png)', 20, '见党章'],
    ['dates keep their hyphens', '2026-07-01 召开', 20, '2026-07-01 召开'],
    ['long text is cut with an ellipsis', '一二三四五六', 4, '一二三四…'],
    ['no body', undefined, 10, ''],
  ])('%s', (_, markdown, length, expected) => expect(excerpt(markdown, length)).toBe(expected));
});
