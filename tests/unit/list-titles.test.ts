import { describe, expect, it } from 'vitest';
import { collectionModel, COLLECTIONS } from '../../src/model/collections';
import { listFieldNames, listSummary, parentDisplayFields, listFieldsReader } from '../../admin/config/list-titles';
import { entries } from '../support/resource-content';

const titles = {
  courses: { 'branch-life': '支部生活', 'party-history': '党史学习' },
  contests: { 'summer-essays': '夏季征文' },
};

describe('CMS lists name parents by title', () => {
  it('puts the course title in a lesson’s row instead of its id', () => {
    expect(listSummary(collectionModel('lessons'))).toBe('{{courseTitle}} · 第 {{order}} 课时 · {{title}}');
    expect(listSummary(collectionModel('essays'))).toBe('{{date}} · {{contestTitle}} · {{author}} · {{title}}');
  });

  it('adds the titles when a file is read; an unknown parent shows its id', () => {
    const withListFields = listFieldsReader(collectionModel('lessons'), titles);
    expect(withListFields({ title: '三会一课', course: 'branch-life', order: 2 })).toMatchObject({
      courseTitle: '支部生活',
    });
    expect(withListFields({ title: '新课', course: 'new-course', order: 1 })).toMatchObject({
      courseTitle: 'new-course',
    });
  });

  it('sorts lessons by course, then by order (2 before 10), never mixing courses', () => {
    const lessons = collectionModel('lessons');
    const rows = [
      { course: 'party-history', order: 1 },
      { course: 'branch-life', order: 10 },
      { course: 'branch-life', order: 2 },
      { course: 'party-history', order: 2 },
    ].map(listFieldsReader(lessons, titles));
    // Decap compares the sort field's values as strings, code point by code point.
    const sorted = [...rows].sort((a, b) => (String(a.listOrder) < String(b.listOrder) ? -1 : 1));
    expect(sorted.map((r) => `${r.courseTitle}${r.order}`)).toEqual([
      '党史学习1',
      '党史学习2',
      '支部生活2',
      '支部生活10',
    ]);
  });

  it('asks the admin page only for the titles of collections that others belong to', () => {
    expect(Object.fromEntries(parentDisplayFields(COLLECTIONS))).toEqual({
      courses: 'title',
      contests: 'title',
      meetings: 'title',
      people: 'name',
    });
    expect(listFieldNames(collectionModel('articles'))).toEqual([]);
  });
});

describe('draft marks in CMS rows (issue 34, item 15)', () => {
  it('no sample entry writes （草稿） into its title where the row adds it for a draft', () => {
    const marked = COLLECTIONS.filter((model) => String(model.summary ?? '').includes("ternary('（草稿）'"));
    expect(marked.length).toBeGreaterThan(0);
    for (const model of marked) {
      for (const entry of entries(model.name)) {
        expect(String(entry.data[model.titleField]), `${model.name}/${entry.id}`).not.toContain('草稿');
      }
    }
  });
});
