/**
 * Adding a section (docs/architecture.md): a collection added to the content
 * model alone gets its CMS collection, its schema, its preview, its editors'
 * help, its menu entry, its feed, its place in the e-mail digest and on
 * /stats/, and its search filter, all derived, with no other file touched.
 * 志愿服务, the docs' own example, stands in for the new section under a name
 * no real collection has, so the test keeps working once 志愿服务 is built.
 */
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type CollectionModel } from '../../src/model/collections';
import { f } from '../../src/model/fields';
import { collectionSchema } from '../../src/model/to-zod';
import { entryDataProblems } from '../../src/model/check-entry';
import { decapConfig } from '../../admin/config/to-decap';
import { collectionHelp, imageSizes } from '../../admin/config/editor-help';
import { previewOutline, previewPlan } from '../../admin/previews/outline';
import { navigation, isGroup, entrySection } from '../../src/site/sections';
import { feedEntryOf, feedModels } from '../../src/lib/content/feed';
import { digestSources, statsSections } from '../../src/model/published';
import { digestItem } from '../../src/lib/digest/sources';
import { searchBodyAttributes } from '../../src/lib/search/words';

/** `base`, or `base-2`, `base-3`, …: the first that no collection is called. */
function freeName(base: string, taken: readonly string[]): string {
  let name = base;
  for (let n = 2; taken.includes(name); n++) name = `${base}-${n}`;
  return name;
}

const name = freeName(
  'volunteer',
  COLLECTIONS.map((c) => c.name),
);
const path = `${name}/`;

const volunteer = {
  name,
  label: '志愿服务',
  labelSingular: '志愿活动',
  folder: name,
  format: 'md',
  titleField: 'title',
  summary: '{{date}} · {{title}}',
  section: { path, menu: 'activities', feed: { categories: ['place', 'tags'] } },
  published: { dateField: 'date', stats: true },
  fields: {
    title: f.string('活动名称'),
    date: f.date('活动日期'),
    place: f.string('地点'),
    hours: f.number('服务时长（小时）', { min: 0 }),
    summary: f.text('活动简介'),
    photo: f.image('活动照片', { required: false, size: { width: 1200, height: 800 } }),
    tags: f.list('标签', { of: f.string('标签'), required: false }),
  },
  body: { label: '活动记录', required: true },
} satisfies CollectionModel;

const models: CollectionModel[] = [...COLLECTIONS, volunteer];
const entry = {
  title: '社区义诊',
  date: '2026-11-20',
  place: '青山社区',
  hours: 3,
  summary: '支部党员走进社区。',
  tags: ['为民服务'],
};

describe('a collection added to the model alone', () => {
  it('stands in under a name and path no real collection has', () => {
    expect(COLLECTIONS.map((c) => c.name)).not.toContain(name);
    expect(COLLECTIONS.map((c) => c.folder)).not.toContain(name);
    expect(COLLECTIONS.flatMap((c: CollectionModel) => (c.section ? [c.section.path] : []))).not.toContain(path);
    expect(freeName('articles', ['articles', 'articles-2'])).toBe('articles-3');
  });

  it('gets a CMS collection with every field, the body, its folder and the ASCII slug rule', () => {
    const config = decapConfig({ cms: { backend: 'github', repo: 'branch/site', branch: 'main' }, models });
    const collection = config.collections.find((c) => c.name === name);
    expect(collection).toMatchObject({
      label: '志愿服务',
      label_singular: '志愿活动',
      folder: `src/content/${name}`,
      extension: 'md',
    });
    expect((collection?.fields as { name: string }[]).map((field) => field.name)).toEqual([
      'title',
      'entryAddress',
      'date',
      'place',
      'hours',
      'summary',
      'photo',
      'tags',
      'body',
    ]);
  });

  it('gets the build’s schema and checks: a good entry passes, a bad one is named field by field', () => {
    expect(collectionSchema(volunteer).safeParse(entry).success).toBe(true);
    const problems = entryDataProblems(volunteer, `src/content/${name}/x.md`, {
      ...entry,
      date: '2026-02-30',
      place: undefined,
    });
    expect(problems.map((p) => p.field).sort()).toEqual(['date', 'place']);
  });

  it('gets a preview read from its model: section and title, dates and short texts, photo and introduction, body, tags', () => {
    expect(previewPlan(models, new Set(COLLECTIONS.map((c) => c.name))).find((p) => p.name === name)?.template).toBe(
      'model',
    );
    expect(previewOutline(volunteer)).toEqual({
      section: '志愿服务',
      titleField: 'title',
      meta: [
        { kind: 'date', field: 'date' },
        { kind: 'labelled', field: 'place', label: '地点' },
        { kind: 'labelled', field: 'hours', label: '服务时长（小时）' },
      ],
      before: [
        { kind: 'lead', field: 'summary' },
        { kind: 'image', field: 'photo' },
      ],
      body: true,
      after: [{ kind: 'tags', field: 'tags' }],
    });
  });

  it('gets no preview pane when it is private data', () => {
    expect(previewPlan([{ ...volunteer, private: true }], new Set())).toEqual([{ name, template: 'none' }]);
  });

  it('gets its editors’ help: each field with what to enter, and its image size', () => {
    const help = collectionHelp(volunteer);
    expect(help.fields.map((field) => [field.label, field.required])).toEqual([
      ['活动名称', true],
      ['活动日期', true],
      ['地点', true],
      ['服务时长（小时）', true],
      ['活动简介', true],
      ['活动照片', false],
      ['标签', false],
      ['活动记录', true],
    ]);
    expect(help.fields.find((field) => field.label === '活动照片')?.input).toContain('1200');
    expect(imageSizes(models)).toContainEqual({ collection: '志愿服务', field: '活动照片', width: 1200, height: 800 });
  });

  it('gets its menu entry in its group, after the sections already there', () => {
    const group = navigation(models)
      .filter(isGroup)
      .find((g) => g.links.some((l) => l.path === 'reports/'))!;
    expect(group.links.at(-1)).toEqual({ path, label: '志愿服务' });
    // The menu of the real model is unchanged by the test's model.
    expect(
      navigation()
        .filter(isGroup)
        .flatMap((g) => g.links)
        .some((l) => l.path === path),
    ).toBe(false);
  });

  it('gets a feed: listed with the feeds, each item with its page, summary and the categories the model names', () => {
    expect(feedModels(models).map((m) => m.name)).toEqual([...feedModels(COLLECTIONS).map((m) => m.name), name]);
    expect(feedEntryOf(volunteer, '志愿服务', { id: 'clinic', body: '正文', data: entry })).toEqual({
      title: '社区义诊',
      path: `${path}clinic/`,
      date: '2026-11-20',
      summary: '支部党员走进社区。',
      categories: ['志愿服务', '青山社区', '为民服务'],
    });
  });

  it('gets into the e-mail digest on its date, with its page', () => {
    const source = digestSources(models).find((s) => s.collection === name)!;
    expect(digestItem(source, 'clinic', entry)).toEqual({
      key: `${name}/clinic`,
      section: '志愿服务',
      title: '社区义诊',
      date: '2026-11-20',
      path: `${path}clinic/`,
      summary: '支部党员走进社区。',
    });
  });

  it('gets counted on /stats/ under its name', () => {
    expect(statsSections(models)).toEqual([...statsSections(), { collection: name, section: '志愿服务' }]);
  });

  it('gets its breadcrumb and its search filter (Pagefind) on its entries’ pages', () => {
    const section = entrySection(name, models);
    expect(section).toEqual({ path, label: '志愿服务' });
    expect(searchBodyAttributes(section.label)).toMatchObject({ 'data-pagefind-filter': 'section:志愿服务' });
  });
});

describe('the model’s section declarations', () => {
  it('name only fields the collection has as feed categories', () => {
    for (const model of feedModels(models))
      for (const field of model.section!.feed!.categories)
        expect(Object.keys(model.fields), `${model.name}.${field}`).toContain(field);
  });

  it('give every section its own URL folder', () => {
    const paths = models.flatMap((m) => (m.section ? [m.section.path] : []));
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) expect(path).toMatch(/^[a-z0-9-]+\/$/);
  });
});
