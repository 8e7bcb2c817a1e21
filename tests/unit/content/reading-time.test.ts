import { describe, expect, it } from 'vitest';
import { readingMinutes, durationMinutes, lessonMinutes } from '../../../src/lib/content/reading-time';
import { entries } from '../../support/resource-content';

const han = (n: number) => '党'.repeat(n);
const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

describe('readingMinutes', () => {
  it.each([
    ['an empty text', '', 1],
    ['one Han character', han(1), 1],
    ['350 Han characters', han(350), 1],
    ['351 Han characters', han(351), 2],
    ['700 Han characters', han(700), 2],
    ['701 Han characters', han(701), 3],
    ['200 Latin words', words(200), 1],
    ['201 Latin words', words(201), 2],
    ['400 Latin words', words(400), 2],
    ['175 Han characters and 100 words (half a minute each)', `${han(175)} ${words(100)}`, 1],
    ['176 Han characters and 100 words', `${han(176)} ${words(100)}`, 2],
  ])('%s → %i min', (_label, text, minutes) => {
    expect(readingMinutes(text)).toBe(minutes);
  });

  it('does not count Chinese punctuation or spaces as characters', () => {
    expect(readingMinutes(`${han(350)}${'，。、；：“”！？'.repeat(50)}   \n\n`)).toBe(1);
  });

  it('counts a dotted or apostrophed word once', () => {
    expect(readingMinutes(`${words(198)} v1.2 don't`)).toBe(1);
    expect(readingMinutes(`${words(199)} v1.2 don't`)).toBe(2);
  });

  it('does not count Markdown syntax as words', () => {
    const syntax = '# ## > * _ ` ~ [ ] ( ) ! | - --- *** ```\n'.repeat(200);
    expect(readingMinutes(`${syntax}${han(350)}`)).toBe(1);
  });

  it('counts the text inside Markdown formatting', () => {
    expect(readingMinutes(`## ${han(200)}\n\n> **${han(151)}**`)).toBe(2);
  });
});

describe('durationMinutes', () => {
  it.each([
    ['12:30', 12.5],
    ['1:02:30', 62.5],
    ['0:45', 0.75],
    [undefined, 0],
    ['半小时', 0],
  ] as const)('%s → %s', (duration, minutes) => {
    expect(durationMinutes(duration)).toBe(minutes);
  });
});

describe('lessonMinutes', () => {
  const text = (chars: number) => '学'.repeat(chars);
  it('derives the time from the text: a 400-character lesson takes 2 minutes, not 20', () => {
    expect(lessonMinutes({ body: text(400) })).toBe(2);
  });
  it('adds the media length once', () => {
    expect(lessonMinutes({ body: text(350), mediaDuration: '12:30' })).toBe(14);
  });
  it('the editor’s figure wins', () => {
    expect(lessonMinutes({ body: text(400), minutes: 30, mediaDuration: '12:30' })).toBe(30);
  });
  it('never says 0 minutes', () => {
    expect(lessonMinutes({ body: '' })).toBe(1);
  });
});

describe('the sample courses and their lessons (issue 34, item 13)', () => {
  it('say the same study time: a course text that names the minutes of each lesson agrees with every lesson row', () => {
    const media = new Map(entries('media').map((m) => [m.id, String(m.data.duration ?? '')]));
    for (const course of entries('courses')) {
      const stated = /每个课时约\s*(\d+)\s*分钟/.exec(course.body)?.[1];
      if (!stated) continue;
      for (const lesson of entries('lessons').filter((l) => l.data.course === course.id)) {
        const shown = lessonMinutes({
          body: lesson.body,
          minutes: lesson.data.minutes as number | undefined,
          mediaDuration: media.get(String(lesson.data.media)),
        });
        expect(shown, `${course.id} / ${lesson.id}`).toBe(Number(stated));
      }
    }
  });
});
