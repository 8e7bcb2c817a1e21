/**
 * The build (Zod) and the CMS (Decap) are derived from one content model; this
 * proves they agree field by field: names, required, kinds, enum values,
 * references and the shapes of lists and objects. Each side is read on its own
 * terms: the Zod schema by its structure and behaviour, the Decap config by its widgets.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COLLECTIONS, collectionModel } from '../../src/model/collections';
import { SETTINGS_FIELDS } from '../../src/model/settings';
import { collectionSchema, fieldSchema, idReference } from '../../src/model/to-zod';
import {
  cmsOnlyFields,
  decapCollection,
  decapConfig,
  ENTRY_ADDRESS_FIELD,
  settingsCollection,
  type DecapField,
} from '../../admin/config/to-decap';
import { f } from '../../src/model/fields';

interface Shape {
  name: string;
  required: boolean;
  kind: string;
  values?: string[];
  reference?: string;
  children?: Shape[];
}

type AnyDef = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType) => (schema as unknown as { def: AnyDef }).def;

/** Removes optional/default/preprocess wrappers; tells whether undefined is accepted. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'default') current = def.innerType as z.ZodType;
    else if (def.type === 'pipe' && defOf(def.in as z.ZodType).type === 'transform') current = def.out as z.ZodType;
    else return current;
  }
}

function zodKind(schema: z.ZodType): Omit<Shape, 'name' | 'required'> {
  const inner = unwrap(schema);
  const def = defOf(inner);
  const meta = (inner as z.ZodType).meta() as { reference?: string } | undefined;
  if (meta?.reference) return { kind: 'reference', reference: meta.reference };
  switch (def.type) {
    case 'string':
      // Dates are unions; a plain string that accepts 2026-07 and rejects "x" is a month.
      return inner.safeParse('2026-07').success && !inner.safeParse('x').success
        ? { kind: 'month' }
        : { kind: 'string' };
    case 'number':
      return { kind: 'number' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'select', values: (inner as unknown as z.ZodEnum).options as string[] };
    case 'array':
      return { kind: 'list', children: [{ name: '*', required: true, ...zodKind(def.element as z.ZodType) }] };
    case 'object':
      return { kind: 'object', children: zodShapes(def.shape as Record<string, z.ZodType>) };
    case 'pipe': {
      // A date: accepts 2026-07-01 (string or YAML Date), rejects 2026-02-30.
      const accepts = inner.safeParse('2026-07-01').success && inner.safeParse(new Date('2026-07-01')).success;
      return accepts && !inner.safeParse('2026-02-30').success ? { kind: 'date' } : { kind: `unknown pipe` };
    }
    default:
      return { kind: `unknown ${def.type}` };
  }
}

/**
 * Inside an optional group a field is required only once the group is filled: the
 * CMS leaves that to its save guard, so both sides compare such children as optional.
 */
const withOptionalGroups = (shapes: Shape[]): Shape[] =>
  shapes.map((shape) =>
    shape.kind === 'object' && !shape.required
      ? { ...shape, children: shape.children!.map((child) => ({ ...child, required: false })) }
      : shape,
  );

function zodShapes(shape: Record<string, z.ZodType>): Shape[] {
  return withOptionalGroups(
    Object.entries(shape).map(([name, schema]) => {
      const accepted = schema.safeParse(undefined);
      // A list that defaults to [] and a boolean with a default are optional for the editor.
      return { name, required: !accepted.success, ...zodKind(schema) };
    }),
  );
}

function decapKind(field: DecapField): Omit<Shape, 'name' | 'required'> {
  switch (field.widget) {
    case 'string':
    case 'text':
    case 'image':
    case 'file':
      return { kind: 'string' };
    case 'number':
      return { kind: 'number' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'datetime':
      return {
        kind:
          field.format === 'YYYY-MM'
            ? 'month'
            : field.format === 'YYYY-MM-DD'
              ? 'date'
              : `datetime ${String(field.format)}`,
      };
    case 'select':
      return { kind: 'select', values: (field.options as { value: string }[]).map((o) => o.value) };
    case 'relation':
      return { kind: 'reference', reference: field.collection as string };
    case 'list':
    case 'quiz-answer':
    case 'study-records': {
      const item = field.types
        ? { kind: 'object', children: typedItemShapes(field) }
        : field.fields
          ? { kind: 'object', children: decapShapes(field.fields as DecapField[]) }
          : decapKind(field.field as DecapField);
      return { kind: 'list', children: [{ name: '*', required: true, ...item }] };
    }
    case 'object':
      return { kind: 'object', children: decapShapes(field.fields as DecapField[]) };
    default:
      return { kind: `unknown ${field.widget}` };
  }
}

/**
 * A variable-type list item: the type key (always written by Decap, one value per
 * type) and every field any type shows, each once.
 */
function typedItemShapes(list: DecapField): Shape[] {
  const types = list.types as { name: string; fields: DecapField[] }[];
  const fields = new Map(types.flatMap((type) => type.fields).map((field) => [field.name, field]));
  return [
    { name: list.typeKey as string, required: false, kind: 'select', values: types.map((type) => type.name) },
    ...decapShapes([...fields.values()]),
  ];
}

function decapShapes(fields: DecapField[]): Shape[] {
  return withOptionalGroups(
    fields.map((field) => {
      // Required for the build = Decap requires it and has no default to fill in (a boolean or an empty list is always valid).
      const list = field.widget === 'list' || field.widget === 'quiz-answer' || field.widget === 'study-records';
      const required =
        field.required !== false && field.default === undefined && field.widget !== 'boolean' && !(list && !field.min);
      return { name: field.name, required, ...decapKind(field) };
    }),
  );
}

describe.each(COLLECTIONS.map((model) => [model.name, model] as const))('collection %s', (_name, model) => {
  const zodSide = zodShapes(defOf(collectionSchema(model, idReference)).shape as Record<string, z.ZodType>);
  const decap = decapCollection(model);
  const decapFields = decap.fields as DecapField[];
  // The 网址 and the list fields belong to the CMS form, never to a file.
  const decapSide = decapShapes(
    decapFields.filter((field) => field.name !== 'body' && !cmsOnlyFields(model).includes(field.name)),
  );

  it('has the same fields, requirements, enums, references and shapes in the build and the CMS', () => {
    expect(zodSide).toEqual(decapSide);
  });

  it('recognises every field kind on both sides', () => {
    expect(JSON.stringify(zodSide)).not.toContain('unknown');
  });

  it('stores entries where the build reads them, with a body exactly when the model has one', () => {
    expect(decap.folder).toBe(`src/content/${model.folder}`);
    expect(decap.extension).toBe(model.format);
    expect(decapFields.some((field) => field.name === 'body')).toBe('body' in model);
  });
});

describe('site settings', () => {
  it('agree between the validator and the CMS form', () => {
    const zodSide = zodShapes(
      defOf(unwrap(fieldSchema(f.object('站点设置', { fields: SETTINGS_FIELDS }), idReference))).shape as Record<
        string,
        z.ZodType
      >,
    );
    const files = settingsCollection().files as { fields: DecapField[] }[];
    expect(zodSide).toEqual(decapShapes(files[0]!.fields));
  });
});

describe('the CMS configuration', () => {
  const config = decapConfig({ cms: { backend: 'github', repo: 'o/r', branch: 'main' } });

  it('is for manual init in Chinese, with the local proxy for local editing', () => {
    expect(config).toMatchObject({ load_config_file: false, locale: 'zh_Hans', local_backend: true });
  });

  it('offers every collection of the model, plus the settings', () => {
    expect(config.collections.map((c) => c.name)).toEqual([...COLLECTIONS.map((c) => c.name), 'settings']);
  });

  it('names new entries from their 网址 field and uploads per-collection folders under public/', () => {
    for (const collection of config.collections.filter((c) => 'folder' in c)) {
      expect(collection.slug).toBe(`{{fields.${ENTRY_ADDRESS_FIELD}}}`);
      expect(collection.media_folder).toBe(`/public/uploads/${collectionModel(collection.name).folder}`);
    }
  });
});
