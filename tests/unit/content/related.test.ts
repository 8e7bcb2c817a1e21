import { describe, expect, it } from 'vitest';
import {
  listPosition,
  neighbours,
  relatedEntries,
  relatedFinder,
  type Relatable,
} from '../../../src/lib/content/related';
import { benchCorpus } from '../../../tools/bench/corpus';

const entry = (id: string, tags: string[], category: string | undefined, date: string): Relatable => ({
  id,
  tags,
  category,
  date,
});
const ids = (entries: readonly { id: string }[]) => entries.map((e) => e.id);

describe('relatedEntries', () => {
  const current = entry('current', ['党史', '党章'], 'study', '2026-06-01');
  const candidates = [
    current,
    entry('one-tag-old', ['党史'], 'news', '2026-01-01'),
    entry('two-tags-category', ['党史', '党章'], 'study', '2025-01-01'),
    entry('category-only', [], 'study', '2026-05-01'),
    entry('unrelated', ['其他'], 'news', '2026-05-31'),
    entry('one-tag-new', ['党章'], 'news', '2026-05-01'),
    entry('tag-and-category', ['党史', '其他'], 'study', '2024-01-01'),
  ];

  it('ranks by score (shared tag 2, same category 1), then newest, without the current entry or unrelated ones', () => {
    expect(ids(relatedEntries(current, candidates, 10))).toEqual([
      'two-tags-category',
      'tag-and-category',
      'one-tag-new',
      'one-tag-old',
      'category-only',
    ]);
  });

  it('returns 4 entries by default', () => {
    expect(ids(relatedEntries(current, candidates))).toEqual([
      'two-tags-category',
      'tag-and-category',
      'one-tag-new',
      'one-tag-old',
    ]);
  });

  it.each([
    [0, []],
    [1, ['two-tags-category']],
    [2, ['two-tags-category', 'tag-and-category']],
  ])('returns at most limit=%i entries', (limit, expected) => {
    expect(ids(relatedEntries(current, candidates, limit))).toEqual(expected);
  });

  it.each([
    [
      'two shared tags (4) beat a shared tag and the category (3), even when older',
      entry('a', ['x', 'y'], 'c', '2020-01-01'),
      entry('b', ['x'], 'c', '2026-01-01'),
    ],
    [
      'a shared tag and the category (3) beat a shared tag (2), even when older',
      entry('a', ['x'], 'c', '2020-01-01'),
      entry('b', ['y'], 'other', '2026-01-01'),
    ],
    [
      'a shared tag (2) beats the category alone (1), even when older',
      entry('a', ['x'], 'other', '2020-01-01'),
      entry('b', [], 'c', '2026-01-01'),
    ],
    [
      'on equal scores the newer entry comes first',
      entry('a', ['x'], 'other', '2026-01-02'),
      entry('b', ['y'], 'other', '2026-01-01'),
    ],
  ])('%s', (_label, better, worse) => {
    const me = entry('me', ['x', 'y'], 'c', '2026-06-01');
    expect(ids(relatedEntries(me, [worse, better]))).toEqual(['a', 'b']);
  });

  it('keeps the input order of entries with equal score and date', () => {
    const me = entry('me', ['x'], undefined, '2026-06-01');
    const same = ['p', 'q', 'r'].map((id) => entry(id, ['x'], undefined, '2026-01-01'));
    expect(ids(relatedEntries(me, same))).toEqual(['p', 'q', 'r']);
  });

  it('does not relate entries that both lack a category', () => {
    const me = entry('me', ['x'], undefined, '2026-06-01');
    expect(relatedEntries(me, [entry('other', ['y'], undefined, '2026-01-01')])).toEqual([]);
  });

  it('returns the candidate objects themselves', () => {
    const rich = { ...entry('rich', ['党史'], 'news', '2026-01-01'), title: '标题' };
    expect(relatedEntries(current, [rich])[0]).toBe(rich);
  });
});

describe('neighbours in a newest-first list', () => {
  const newest = { id: 'newest' };
  const middle = { id: 'middle' };
  const oldest = { id: 'oldest' };
  const sorted = [newest, middle, oldest];

  it.each([
    ['middle', { previous: oldest, next: newest }],
    ['newest', { previous: middle, next: undefined }],
    ['oldest', { previous: undefined, next: middle }],
  ])('around %s: previous is older, next is newer', (id, expected) => {
    const result = neighbours(sorted, id, 'newest-first');
    expect(result.previous).toBe(expected.previous);
    expect(result.next).toBe(expected.next);
  });

  it('has no neighbours for an id not in the list', () => {
    expect(neighbours(sorted, 'missing', 'newest-first')).toEqual({});
  });

  it('has no neighbours for the only entry', () => {
    const result = neighbours([middle], 'middle', 'newest-first');
    expect(result.previous).toBeUndefined();
    expect(result.next).toBeUndefined();
  });
});

describe('neighbours in a list in reading order (lessons)', () => {
  const lessons = [{ id: 'lesson-1' }, { id: 'lesson-2' }, { id: 'lesson-3' }];

  it.each([
    ['lesson-2', 'lesson-1', 'lesson-3'],
    ['lesson-1', undefined, 'lesson-2'],
    ['lesson-3', 'lesson-2', undefined],
  ])('around %s: previous is the earlier lesson (%s), next the later (%s)', (id, previous, next) => {
    const result = neighbours(lessons, id, 'in-order');
    expect(result.previous?.id).toBe(previous);
    expect(result.next?.id).toBe(next);
  });
});

describe('relatedEntries agrees with a full sort on a large collection', () => {
  it('picks the same four, in the same order, as sorting every candidate', () => {
    const tags = ['党史', '党章', '志愿服务', '理论学习', '支部建设'];
    const categories = ['理论学习', '支部动态', '通知公告'];
    const all = Array.from({ length: 500 }, (_, i) => ({
      id: `a-${i}`,
      category: categories[(i * 7) % 3],
      tags: tags.filter((_, t) => (i * 13 + t * 5) % 4 === 0),
      date: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    }));
    for (const current of all.slice(0, 50)) {
      const own = new Set(current.tags);
      const expected = all
        .filter((c) => c.id !== current.id)
        .map((c) => ({
          c,
          score: c.tags.filter((t) => own.has(t)).length * 2 + (c.category === current.category ? 1 : 0),
        }))
        .filter((s) => s.score > 0)
        .sort((a, b) => b.score - a.score || (a.c.date < b.c.date ? 1 : a.c.date > b.c.date ? -1 : 0))
        .slice(0, 4)
        .map((s) => s.c.id);
      expect(relatedEntries(current, all).map((c) => c.id)).toEqual(expected);
    }
  });
});

describe('relatedFinder', () => {
  it('gives every entry exactly what relatedEntries gives it over the whole collection', () => {
    const corpus = [
      ...benchCorpus({ count: 600, categories: ['理论学习', '支部动态', '通知公告', '党史'], seed: 'related' }),
    ]
      .map(({ id, category, tags, date }) => ({ id, category, tags, date }))
      .sort((a, b) => b.date.localeCompare(a.date));
    // Some without a category, some without tags, one duplicate tag: the edge cases of the indexes.
    const all: Relatable[] = [
      ...corpus,
      entry('no-category', ['党史'], undefined, '2026-01-01'),
      entry('no-tags', [], '党史', '2026-01-02'),
      entry('twice', ['党史', '党史'], undefined, '2026-01-03'),
    ];
    const find = relatedFinder(all);
    for (const current of all) {
      expect(ids(find(current)), current.id).toEqual(ids(relatedEntries(current, all)));
    }
  });

  it('honours the limit', () => {
    const all = [
      entry('a', ['x'], 'c', '2026-01-03'),
      entry('b', ['x'], 'c', '2026-01-02'),
      entry('c', ['x'], 'c', '2026-01-01'),
    ];
    expect(ids(relatedFinder(all, 1)(all[0]!))).toEqual(['b']);
    expect(ids(relatedFinder(all, 0)(all[0]!))).toEqual([]);
  });
});

describe('list positions', () => {
  it('finds each entry where a linear search would, the first of duplicate ids, -1 when absent', () => {
    const list = Array.from({ length: 1000 }, (_, i) => ({ id: `a${i % 990}` }));
    for (const id of ['a0', 'a5', 'a989', 'missing'])
      expect(listPosition(list, id)).toBe(list.findIndex((e) => e.id === id));
  });

  it('reads a new list afresh', () => {
    expect(listPosition([{ id: 'x' }, { id: 'y' }], 'y')).toBe(1);
    expect(listPosition([{ id: 'y' }], 'y')).toBe(0);
  });
});
