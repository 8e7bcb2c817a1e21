/** Form help in the CMS: hints, image sizes and searchable relation pickers come from the model. */
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, collectionModel, type CollectionModel } from '../../src/model/collections';
import { f, type Field, type Fields } from '../../src/model/fields';
import { fieldHint } from '../../admin/config/hints';
import { decapCollection, decapField, type DecapField } from '../../admin/config/to-decap';

function allFields(fields: Fields, path = ''): [string, Field][] {
  return Object.entries(fields).flatMap(([name, field]): [string, Field][] => {
    const here: [string, Field] = [`${path}${name}`, field];
    if (field.kind === 'object') return [here, ...allFields(field.fields, `${path}${name}.`)];
    if (field.kind === 'list' && field.of.kind === 'object')
      return [here, ...allFields(field.of.fields, `${path}${name}.`)];
    return [here];
  });
}

describe('field hints', () => {
  it.each([
    [f.string('标题'), undefined],
    [f.string('作者', { hint: '留空则不显示作者' }), '留空则不显示作者'],
    [f.image('封面图', { size: { width: 1200, height: 675 } }), '建议 1200×675 像素，JPG 或 PNG'],
    [
      f.image('头像', { size: { width: 400, height: 400 }, hint: '正方形照片' }),
      '正方形照片；建议 400×400 像素，JPG 或 PNG',
    ],
  ])('%j → %s', (field, hint) => {
    expect(fieldHint(field)).toBe(hint);
  });

  it('every image field of a public collection recommends a pixel size', () => {
    for (const model of (COLLECTIONS as readonly CollectionModel[]).filter((c) => !c.private)) {
      for (const [name, field] of allFields(model.fields)) {
        if (field.kind === 'image') expect(field.size, `${model.name}.${name}`).toBeDefined();
      }
    }
  });

  it('every reference, upload and yes/no field tells the editor what it is for', () => {
    const needsHint = new Set(['reference', 'file', 'image', 'boolean']);
    for (const model of (COLLECTIONS as readonly CollectionModel[]).filter((c) => !c.private)) {
      for (const [name, field] of allFields(model.fields)) {
        const nested = name.includes('.');
        if (needsHint.has(field.kind) && !nested) expect(fieldHint(field), `${model.name}.${name}`).toBeTruthy();
      }
    }
  });

  it('shows the hint under the CMS widget', () => {
    const cover = (decapCollection(collectionModel('articles')).fields as DecapField[]).find(
      (field) => field.name === 'cover',
    );
    expect(cover?.hint).toBe(
      '列表和分享卡片中的图片；卡片中裁成 16:9，保留人物等醒目部分；建议 1200×675 像素，JPG 或 PNG',
    );
  });
});

describe('relation pickers', () => {
  it.each([
    [
      'blogs',
      'author',
      { collection: 'people', search_fields: ['name', 'role'], display_fields: ['name'], value_field: '{{slug}}' },
    ],
    ['lessons', 'course', { collection: 'courses', search_fields: ['title'], display_fields: ['title'] }],
    ['essays', 'contest', { collection: 'contests', search_fields: ['title', 'theme'], display_fields: ['title'] }],
  ])('%s.%s searches %j', (collection, name, expected) => {
    const field = (collectionModel(collection).fields as Fields)[name]!;
    expect(decapField(name, field)).toMatchObject({ widget: 'relation', ...expected });
  });
});

describe('uploads', () => {
  it.each(COLLECTIONS.map((c) => [c.name, c.folder]))('%s uploads into public/uploads/%s', (name, folder) => {
    expect(decapCollection(collectionModel(name))).toMatchObject({
      media_folder: `/public/uploads/${folder}`,
      public_folder: `/uploads/${folder}`,
    });
  });
});
