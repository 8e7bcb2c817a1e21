/**
 * Issue 34 item 12: every image of the content model is described by its own
 * text alternative (`alt` of f.image, required once the image is set), unless
 * it only repeats the text beside it.
 */
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/model/collections';
import type { Fields } from '../../src/model/fields';
import { collectionSchema } from '../../src/model/to-zod';

/** Images shown only beside the words they would say: their alt is ''. */
const DECORATIVE: Record<string, string> = {
  'media.poster': 'a video’s first frame, beside its title',
  'people.avatar': 'a photo beside the person’s name',
};

const images = COLLECTIONS.flatMap((model) => {
  const fields: Fields = model.fields;
  return Object.entries(fields).flatMap(([name, field]) =>
    field.kind === 'image' ? [{ fields, name: `${model.name}.${name}`, alt: field.alt }] : [],
  );
});

describe('text alternatives of images', () => {
  it.each(images.map((image) => [image.name, image] as const))(
    '%s is described by an optional one-line text field, or is decorative',
    (name, { fields, alt }) => {
      if (!alt) {
        expect(Object.keys(DECORATIVE)).toContain(name);
        return;
      }
      expect(fields[alt]).toMatchObject({ kind: 'string', required: false });
      expect(fields[alt]).not.toHaveProperty('multiline', true);
    },
  );

  it('requires the text once the image is set, and not before', () => {
    const schema = collectionSchema(COLLECTIONS.find((model) => model.name === 'history')!);
    const entry = { date: '1921-07-23', title: '一大', summary: '概要', image: '/uploads/history/nanhu-boat.svg' };
    expect(schema.safeParse(entry).error?.issues.map((issue) => issue.path)).toEqual([['imageAlt']]);
    expect(schema.safeParse({ ...entry, imageAlt: '  ' }).success).toBe(false);
    expect(schema.safeParse({ ...entry, imageAlt: '南湖上的游船' }).success).toBe(true);
    expect(schema.safeParse({ ...entry, image: '' }).success).toBe(true);
  });
});
