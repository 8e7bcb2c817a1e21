/** The CMS refuses what the build refuses, with the build's own message: patterns, dates, quiz question types. */
import { describe, expect, it } from 'vitest';
import { chinesePart } from '../../src/model/messages';
import { COLLECTIONS, collectionModel } from '../../src/model/collections';
import { SETTINGS_FIELDS } from '../../src/model/settings';
import { decapField } from '../../admin/config/to-decap';
import { fieldSchema, idReference } from '../../src/model/to-zod';
import type { Field, Fields, ListField } from '../../src/model/fields';

/** Every field of the model with a path, nested lists and objects included. */
function* walk(fields: Fields, path: string): Generator<[string, Field]> {
  for (const [key, field] of Object.entries(fields)) {
    yield [`${path}.${key}`, field];
    if (field.kind === 'object') yield* walk(field.fields, `${path}.${key}`);
    if (field.kind === 'list' && field.of.kind === 'object') yield* walk(field.of.fields, `${path}.${key}[]`);
    if (field.kind === 'list' && field.of.kind !== 'object') yield [`${path}.${key}[]`, field.of];
  }
}

const allFields = [
  ...COLLECTIONS.flatMap((model) => [...walk(model.fields, model.name)]),
  ...walk(SETTINGS_FIELDS, 'settings'),
];
const BAD_VALUE: Partial<Record<Field['kind'], string>> = { string: 'ä ü', date: '2026-02-30', month: '2026-13' };

describe.each(
  allFields.filter(
    ([, field]) => (field.kind === 'string' && field.pattern) || field.kind === 'date' || field.kind === 'month',
  ),
)('%s', (_path, field) => {
  const [source, message] = decapField('x', field).pattern as [string, string];
  const bad = field.kind === 'string' ? 'ä ü' : BAD_VALUE[field.kind]!;
  const buildError = fieldSchema({ ...field, required: true }, idReference).safeParse(bad);

  it('has a pattern in the CMS whose message is the build’s message for a bad value (its Chinese half)', () => {
    expect(buildError.success).toBe(false);
    expect(chinesePart(buildError.error!.issues[0]!.message)).toBe(message);
    expect(message).not.toMatch(/\/ [a-z]/);
    if (field.kind === 'string') expect(new RegExp(source).test(bad)).toBe(false);
  });
});

describe('quiz questions in the CMS', () => {
  const questions = collectionModel('quizzes').fields.questions as ListField;
  const item = questions.of.kind === 'object' ? questions.of.fields : {};
  const type = item.type!;
  const decap = decapField('questions', questions) as unknown as {
    typeKey: string;
    types: { name: string; fields: { name: string; widget: string }[] }[];
  };

  it('ask for the type first: one item type per question type of the model, keyed by the stored field', () => {
    expect(type.kind === 'select' && type.options.map((o) => o.value)).toEqual(decap.types.map((t) => t.name));
    expect(decap.typeKey).toBe('type');
  });

  it('show options only for choice questions, and answers always through the answer picker', () => {
    expect(Object.fromEntries(decap.types.map((t) => [t.name, t.fields.map((f) => `${f.name}:${f.widget}`)]))).toEqual({
      单选题: ['stem:text', 'options:list', 'answer:quiz-answer', 'explanation:text'],
      多选题: ['stem:text', 'options:list', 'answer:quiz-answer', 'explanation:text'],
      判断题: ['stem:text', 'answer:quiz-answer', 'explanation:text'],
      填空题: ['stem:text', 'answer:quiz-answer', 'explanation:text'],
    });
  });
});

describe('optional lists in the CMS', () => {
  it('start empty in a new entry (Decap would otherwise add one half-filled item when an item field has a default)', () => {
    const records = collectionModel('members').fields.studyRecords!;
    expect(decapField('studyRecords', records)).toMatchObject({ default: [] });
    expect(decapField('questions', collectionModel('quizzes').fields.questions!)).not.toHaveProperty('default');
  });
});

describe('optional groups in the CMS', () => {
  it('can stay empty: their fields are not required by the form (the save guard requires them once the group is filled)', () => {
    const giscus = decapField('giscus', SETTINGS_FIELDS.giscus) as unknown as {
      fields: { name: string; required: boolean }[];
    };
    expect(giscus.fields.filter((f) => f.required !== false)).toEqual([]);
    const cms = decapField('cms', SETTINGS_FIELDS.cms) as unknown as { fields: { name: string; required: boolean }[] };
    expect(cms.fields.find((f) => f.name === 'repo')?.required).toBe(true);
  });
});
