/**
 * Derives Zod schemas from the content model. Used by `src/content.config.ts`
 * (with Astro's `reference`) and by the content guard and tests (with a plain id check).
 */
import { z } from 'zod';
import type { Field, Fields } from './fields';
import { ID_PATTERN } from '../lib/entry-ids';
import { modelMessages as m } from './messages';
import { COLLECTIONS, type CollectionModel } from './collections';
import { isCivilDate, isCivilMonth, civilDateFromYaml } from '../lib/civil-date';

/** Builds the schema of a reference to another collection. */
export type ReferenceFactory = (collection: string) => z.ZodType;

/** Without Astro: a reference is the target's id (existence is checked by the content guard). */
export const idReference: ReferenceFactory = (collection) =>
  z.string().regex(new RegExp(ID_PATTERN.source)).meta({ reference: collection });

/** The CMS writes '' or null for an emptied optional field: both mean "not set". */
const emptyToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

function labelOf(collection: string): string {
  return COLLECTIONS.find((c) => c.name === collection)?.labelSingular ?? collection;
}

function requiredSchema(field: Field, reference: ReferenceFactory): z.ZodType {
  const { label } = field;
  const typeError = (message: string) => ({
    error: (issue: { input?: unknown }) => (issue.input === undefined ? m.required(label) : message),
  });
  switch (field.kind) {
    case 'string': {
      let s = z
        .string(typeError(m.text(label)))
        .trim()
        .min(1, m.empty(label));
      if (field.pattern) s = s.regex(new RegExp(field.pattern.source), m.pattern(label, field.pattern.message));
      return s;
    }
    case 'number': {
      let n = z.number(typeError(m.number(label))).int(m.integer(label));
      // With both bounds, one message names both (as the CMS says it).
      const both =
        field.min !== undefined && field.max !== undefined ? m.range(label, field.min, field.max) : undefined;
      if (field.min !== undefined) n = n.min(field.min, both ?? m.min(label, field.min));
      if (field.max !== undefined) n = n.max(field.max, both ?? m.max(label, field.max));
      return n;
    }
    case 'boolean':
      return z.boolean(typeError(m.boolean(label)));
    case 'date':
      // YAML turns a bare 2026-07-01 into a Date at UTC midnight; both forms mean the same day.
      return z
        .union([z.string(), z.date()], typeError(m.date(label)))
        .transform((value) => (typeof value === 'string' ? value : civilDateFromYaml(value)))
        .refine(isCivilDate, m.date(label));
    case 'month':
      return z.string(typeError(m.month(label))).refine(isCivilMonth, m.month(label));
    case 'select':
      return z.enum(field.options.map((o) => o.value) as [string, ...string[]], typeError(m.select(field)));
    case 'image':
    case 'file': {
      const extensions = new RegExp(`^/\\S+\\.(${field.extensions.join('|')})$`, 'i');
      return z.string(typeError(m.asset(label, field.extensions))).regex(extensions, m.asset(label, field.extensions));
    }
    case 'reference':
      return reference(field.collection);
    case 'list': {
      let list = z.array(fieldSchema(field.of, reference), typeError(m.list(label)));
      const both =
        field.min !== undefined && field.max !== undefined ? m.listRange(label, field.min, field.max) : undefined;
      if (field.min !== undefined) list = list.min(field.min, both ?? m.listMin(label, field.min));
      if (field.max !== undefined) list = list.max(field.max, both ?? m.listMax(label, field.max));
      return list;
    }
    case 'object':
      return objectSchema(field.fields, reference, typeError(m.object(label)));
  }
}

export function fieldSchema(field: Field, reference: ReferenceFactory): z.ZodType {
  const schema = requiredSchema(field, reference);
  const fallback = 'default' in field ? field.default : undefined;
  if (fallback !== undefined) return z.preprocess(emptyToUndefined, schema.default(fallback as never));
  if (!field.required) {
    return z.preprocess(emptyToUndefined, field.kind === 'list' ? schema.default([]) : schema.optional());
  }
  return schema;
}

function objectSchema(fields: Fields, reference: ReferenceFactory, params?: object) {
  const shape = Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, fieldSchema(field, reference)]));
  // Unknown keys pass through: the CMS and the build never drop what an editor wrote.
  return z.looseObject(shape, params);
}

/** Pairs of an image field and the field holding its text alternative (`alt` of f.image). */
function altPairs(fields: Fields): { image: string; alt: string }[] {
  return Object.entries(fields).flatMap(([image, field]) =>
    field.kind === 'image' && field.alt ? [{ image, alt: field.alt }] : [],
  );
}

const isSet = (value: unknown) => typeof value === 'string' && value.trim() !== '';

/** The schema of one entry's data (front matter or YAML), without the Markdown body. */
export function collectionSchema(model: CollectionModel, reference: ReferenceFactory = idReference) {
  const pairs = altPairs(model.fields);
  const schema = objectSchema(model.fields, reference);
  if (pairs.length === 0) return schema;
  // `when`: checked even when other fields fail, so an editor sees every problem of the entry at once.
  return schema.superRefine(
    (data: Record<string, unknown>, context) => {
      for (const { image, alt } of pairs) {
        if (!isSet(data[image]) || isSet(data[alt])) continue;
        const label = (name: string) => model.fields[name]?.label ?? name;
        context.addIssue({ code: 'custom', path: [alt], message: m.missingAlt(label(image), label(alt)) });
      }
    },
    { when: () => true },
  );
}

export { labelOf as collectionLabel };
