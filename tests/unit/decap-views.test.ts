/** The CMS list views (sort, filter, group) are derived from the model's field kinds. */
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, collectionModel } from '../../src/model/collections';
import {
  collectionViews,
  MONTH_PATTERN,
  sortableFields,
  viewFilters,
  viewGroups,
} from '../../admin/config/decap-views';
import { decapCollection } from '../../admin/config/to-decap';

describe('sortable fields', () => {
  it.each([
    [
      'articles',
      [
        { field: 'title', label: '标题' },
        { field: 'date', label: '发布日期', default_sort: 'desc' },
      ],
    ],
    [
      'courses',
      [
        { field: 'title', label: '课程名称' },
        { field: 'order', label: '排序', default_sort: 'asc' },
      ],
    ],
    [
      'lessons',
      [
        { field: 'listOrder', label: '所属课程和课时序号', default_sort: 'asc' },
        { field: 'order', label: '课时序号' },
        { field: 'title', label: '课时名称' },
      ],
    ],
    [
      'library',
      [
        { field: 'title', label: '书名' },
        { field: 'year', label: '出版年份' },
        { field: 'date', label: '上架日期', default_sort: 'desc' },
      ],
    ],
    [
      'daily',
      [
        { field: 'text', label: '内容' },
        { field: 'date', label: '指定日期' },
      ],
    ],
  ])('%s', (name, expected) => {
    expect(sortableFields(collectionModel(name))).toEqual(expected);
  });

  it('every collection can be sorted by its title, and at most one field sorts by default', () => {
    for (const model of COLLECTIONS) {
      const fields = sortableFields(model);
      expect(fields.map((f) => f.field)).toContain(model.titleField);
      expect(fields.filter((f) => f.default_sort).length).toBeLessThanOrEqual(1);
    }
  });
});

describe('filters', () => {
  it('offers one filter per category and one for drafts on articles', () => {
    expect(viewFilters(collectionModel('articles'))).toEqual([
      { label: '栏目：理论学习', field: 'category', pattern: '^理论学习$' },
      { label: '栏目：政策解读', field: 'category', pattern: '^政策解读$' },
      { label: '栏目：支部动态', field: 'category', pattern: '^支部动态$' },
      { label: '栏目：先锋风采', field: 'category', pattern: '^先锋风采$' },
      { label: '栏目：通知公告', field: 'category', pattern: '^通知公告$' },
      { label: '草稿', field: 'draft', pattern: true },
    ]);
  });

  it('filters thought reports by stage, and each pattern matches exactly its own option', () => {
    const filters = viewFilters(collectionModel('reports'));
    expect(filters.map((f) => f.label)).toEqual([
      '署名方式：姓 + 同志',
      '署名方式：全名',
      '署名方式：匿名',
      '阶段：入党申请人',
      '阶段：入党积极分子',
      '阶段：发展对象',
      '阶段：预备党员',
      '阶段：正式党员',
      '草稿',
    ]);
    const activist = new RegExp(filters.find((f) => f.label === '阶段：入党积极分子')!.pattern as string);
    expect(['入党积极分子', '入党申请人', '入党积极分子（预备）'].map((v) => activist.test(v))).toEqual([
      true,
      false,
      false,
    ]);
  });
});

describe('groups', () => {
  it.each([
    ['lessons', ['所属课程']],
    ['essays', ['所属征文活动', '投稿日期（按月）']],
    ['blogs', ['发布日期（按月）', '作者', '草稿']],
    ['contests', ['开始日期（按月）', '截止日期（按月）', '结果公布日期（按月）']],
  ])('%s groups by %j', (name, labels) => {
    expect(viewGroups(collectionModel(name)).map((g) => g.label)).toEqual(labels);
  });

  it('groups by the title of the course, contest or author, not its id', () => {
    expect(viewGroups(collectionModel('lessons'))).toEqual([{ label: '所属课程', field: 'courseTitle' }]);
    expect(viewGroups(collectionModel('blogs')).find((g) => g.label === '作者')?.field).toBe('authorTitle');
  });

  it('groups dates by their month', () => {
    expect(viewGroups(collectionModel('articles'))[0]).toEqual({
      label: '发布日期（按月）',
      field: 'date',
      pattern: MONTH_PATTERN,
    });
    expect('2026-03-15'.match(new RegExp(MONTH_PATTERN))?.[0]).toBe('2026-03');
  });
});

describe('in the Decap collection', () => {
  it('every folder collection has a summary line, sorting, and groups by month where it has a date', () => {
    for (const model of COLLECTIONS) {
      const collection = decapCollection(model);
      expect(collection.summary, model.name).toMatch(/\{\{\w+/);
      expect(collection.sortable_fields, model.name).toEqual(sortableFields(model));
      const hasDate = Object.values(model.fields).some((field) => field.kind === 'date');
      expect(
        (collection.view_groups as { pattern?: string }[] | undefined)?.some((g) => g.pattern === MONTH_PATTERN) ??
          false,
        model.name,
      ).toBe(hasDate);
    }
  });

  it('leaves out empty filter lists, which Decap rejects', () => {
    expect(collectionViews(collectionModel('people'))).toEqual({ sortable_fields: [{ field: 'name', label: '姓名' }] });
  });

  it('summary lines name only fields of their collection', () => {
    for (const model of COLLECTIONS) {
      const names = [...model.summary.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]);
      for (const name of names) expect(Object.keys(model.fields), `${model.name}: ${name}`).toContain(name);
    }
  });
});
