/**
 * The model's section declarations and what is read from them: entry paths,
 * the section an entry shows in, and the collections /stats/ counts.
 */
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, collectionModel, type CollectionModel } from '../../src/model/collections';
import { entryPath, homeSectionName } from '../../src/model/sections';
import { statsSections } from '../../src/model/published';
import { isStringKey, t } from '../../src/i18n/zh';

describe('entry paths', () => {
  it.each([
    ['articles', 'x', {}, 'articles/x/'],
    ['courses', 'party-history', {}, 'school/party-history/'],
    ['lessons', 'one', { course: { collection: 'courses', id: 'party-history' } }, 'school/party-history/one/'],
    ['essays', 'e', { contest: 'c' }, 'contests/c/e/'],
    ['essays', 'e', { contest: { collection: 'contests', id: 'c' } }, 'contests/c/e/'],
  ])('%s %s → %s', (name, id, data, path) => {
    expect(entryPath(collectionModel(name), id, data)).toBe(path);
  });

  it('refuses an entry that has no page', () => {
    expect(() => entryPath(collectionModel('members'), 'x', {})).toThrow(/no page/);
    expect(() => entryPath(collectionModel('essays'), 'e', {})).toThrow(/not a reference/);
  });
});

describe('section names', () => {
  it('an entry living within another section is filed under that section; the school under its menu name', () => {
    expect(homeSectionName(collectionModel('essays'))).toBe('专题征文');
    expect(homeSectionName(collectionModel('lessons'))).toBe('课程学习');
    expect(homeSectionName(collectionModel('reports'))).toBe('思想汇报');
  });

  it('are spelled once, in the model: no UI string repeats a section’s name', () => {
    for (const model of COLLECTIONS)
      for (const key of [`nav.${model.name}`, `${model.name}.title`]) expect(isStringKey(key), key).toBe(false);
  });

  it('differ on purpose only at the school: the 网上党校 group opens the 网上党校 page; its courses are 课程学习 in the menu, 网上党校课程 in the CMS', () => {
    expect(t('school.title')).toBe(t('nav.school'));
    const courses = collectionModel('courses');
    expect(courses.label).toBe(`${t('school.title')}${courses.labelSingular}`);
    expect(homeSectionName(courses)).toBe(courses.section?.menuLabel);
  });
});

describe('/stats/ counts', () => {
  it('the sections the model marks, essays under 专题征文, in the model’s order', () => {
    // The five sections /stats/ counted before the model said so; a section added later may join them.
    const before = ['articles', 'reports', 'essays', 'topics', 'blogs'];
    expect(statsSections().filter(({ collection }) => before.includes(collection))).toEqual([
      { collection: 'articles', section: '理论学习' },
      { collection: 'reports', section: '思想汇报' },
      { collection: 'essays', section: '专题征文' },
      { collection: 'topics', section: '热点探讨' },
      { collection: 'blogs', section: '干部博客' },
    ]);
    for (const name of ['library', 'media', 'courseware', 'contests', 'polls', 'history', 'daily', 'members'])
      expect(statsSections().map(({ collection }) => collection)).not.toContain(name);
  });
});

describe.each(COLLECTIONS.map((model): [string, CollectionModel] => [model.name, model]))(
  '%s declares',
  (_name, model) => {
    it('a publication day in a required date field of its own; counted on /stats/ only by `date`', () => {
      if (!model.published) return;
      const field = (model.fields as Record<string, { kind: string; required: boolean }>)[model.published.dateField];
      expect(field).toMatchObject({ kind: 'date', required: true });
      if (model.published.stats) expect(model.published.dateField).toBe('date');
    });

    it('a home inside a collection that has a section, through a required reference to it', () => {
      if (!model.within) return;
      expect(model.section).toBeUndefined();
      expect(collectionModel(model.within.collection).section).toBeDefined();
      const field = (model.fields as Record<string, { kind: string; required: boolean; collection?: string }>)[
        model.within.field
      ];
      expect(field).toMatchObject({ kind: 'reference', required: true, collection: model.within.collection });
    });
  },
);

describe('the section an entry’s page is filed under', () => {
  it('is its own, or the one it lives within (an essay: 专题征文 at /contests/)', async () => {
    const { entrySection } = await import('../../src/site/sections');
    expect(entrySection('reports')).toEqual({ path: 'reports/', label: '思想汇报' });
    expect(entrySection('essays')).toEqual({ path: 'contests/', label: '专题征文' });
    expect(() => entrySection('members')).toThrow(/no section/);
  });
});
