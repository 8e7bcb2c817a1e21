import { describe, expect, it } from 'vitest';
import { digestItem } from '../../../src/lib/digest/sources';
import { digestSources } from '../../../src/model/published';

const source = (name: string) => digestSources().find((s) => s.collection === name)!;

describe('digest sources', () => {
  it('an article is announced on its date, under its section, with its summary and draft flag', () => {
    expect(
      digestItem(source('articles'), 'x', { title: '标题', date: '2026-12-01', summary: ' 摘要 ', draft: true }),
    ).toEqual({
      key: 'articles/x',
      section: '理论学习',
      title: '标题',
      date: '2026-12-01',
      draft: true,
      path: 'articles/x/',
      summary: '摘要',
    });
  });

  it('an essay lives under its contest; a contest is announced when it starts, a poll when it opens', () => {
    expect(digestItem(source('essays'), 'e', { title: '作品', date: '2026-12-01', contest: 'c' })!.path).toBe(
      'contests/c/e/',
    );
    expect(
      digestItem(source('contests'), 'c', { title: '征文', start: '2026-12-10', deadline: '2027-01-10' })!.date,
    ).toBe('2026-12-10');
    expect(
      digestItem(source('polls'), 'p', { title: '投票', opens: '2026-12-02', closes: '2026-12-09' }),
    ).toMatchObject({ date: '2026-12-02', section: '网上投票', path: 'polls/p/' });
  });

  it('takes the dated sections from the model and leaves out party history (event dates), the school and the cards', () => {
    const sources = digestSources().map((s) => [s.collection, s.dateField]);
    // The ten sources the digest listed by hand before the model said so; a section added later may join them.
    expect(sources).toEqual(
      expect.arrayContaining([
        ['articles', 'date'],
        ['library', 'date'],
        ['media', 'date'],
        ['courseware', 'date'],
        ['reports', 'date'],
        ['contests', 'start'],
        ['essays', 'date'],
        ['topics', 'date'],
        ['polls', 'opens'],
        ['blogs', 'date'],
      ]),
    );
    for (const name of ['history', 'courses', 'lessons', 'quizzes', 'daily', 'members', 'people'])
      expect(sources.map(([collection]) => collection)).not.toContain(name);
  });

  it('skips an entry without a usable date or title', () => {
    expect(digestItem(source('articles'), 'x', { title: '标题' })).toBeUndefined();
    expect(digestItem(source('articles'), 'x', { date: '2026-12-01' })).toBeUndefined();
  });

  it('never reads a private collection, even one declared published', async () => {
    const { COLLECTIONS } = await import('../../../src/model/collections');
    const members = COLLECTIONS.find((c) => c.name === 'members')!;
    expect(digestSources([{ ...members, published: { dateField: 'joined' } }])).toEqual([]);
  });
});
