/**
 * The field vocabulary of the content model. Every collection is described with
 * these builders once; `to-zod.ts` (build) and `to-decap.ts` (CMS) derive from it.
 * Pure TypeScript: imported by Astro, by the CMS bundle and by unit tests.
 */

/** A regular expression with the Chinese/English message shown when it fails. */
export interface Pattern {
  source: string;
  message: string;
}

interface FieldBase {
  /** Chinese label shown in the CMS and in error messages. */
  label: string;
  required: boolean;
  /** Help text under the CMS widget. */
  hint?: string;
}

export interface StringField extends FieldBase {
  kind: 'string';
  multiline?: boolean;
  pattern?: Pattern;
  default?: string;
}
export interface NumberField extends FieldBase {
  kind: 'number';
  min?: number;
  max?: number;
  default?: number;
}
export interface BooleanField extends FieldBase {
  kind: 'boolean';
  default: boolean;
}
/** A calendar day (YYYY-MM-DD) meaning that day in Beijing; never a UTC instant. */
export interface DateField extends FieldBase {
  kind: 'date';
}
/** A calendar month (YYYY-MM). */
export interface MonthField extends FieldBase {
  kind: 'month';
}
export interface SelectOption {
  value: string;
  /** ASCII slug used where the option becomes part of a URL. */
  slug: string;
}
export interface SelectField extends FieldBase {
  kind: 'select';
  options: readonly SelectOption[];
  default?: string;
}
/** Path of an uploaded file under `public/` (image, PDF, audio, video, captions). */
export interface AssetField extends FieldBase {
  kind: 'image' | 'file';
  /** Accepted file extensions, lowercase, without dot. */
  extensions: readonly string[];
  /** Recommended pixel size of an image: shown in the CMS hint and on the editors' help page. */
  size?: { width: number; height: number };
  /**
   * The sibling string field holding the image's text alternative (what it shows, for readers who
   * cannot see it): required once the image is set (to-zod.ts). Absent where the image only repeats
   * the text beside it (a speaker's avatar, a video's first frame).
   */
  alt?: string;
}
/** The id (file name) of an entry of another collection. */
export interface ReferenceField extends FieldBase {
  kind: 'reference';
  collection: string;
  /** Field of the target shown and searched in the CMS. */
  displayField: string;
  /** Further fields of the target that the CMS picker searches (a person's role, an essay's author). */
  searchFields?: readonly string[];
}
export interface ListField extends FieldBase {
  kind: 'list';
  of: Field;
  min?: number;
  max?: number;
  /** Template of the collapsed item line in the CMS, e.g. '{{fields.stem}}'. */
  summary?: string;
  /**
   * Items whose fields depend on a select field of the item (`typeKey`): the CMS
   * asks for the type first, then shows only the fields that type needs
   * (Decap's variable-type list). Keys are the select's values.
   */
  variants?: { typeKey: string; fieldsOf: Readonly<Record<string, readonly string[]>> };
  /** A widget registered by `admin/` that edits this list (e.g. answers picked from the question's options). */
  widget?: 'quiz-answer' | 'study-records';
}
export interface ObjectField extends FieldBase {
  kind: 'object';
  fields: Fields;
}

export type Field =
  | StringField
  | NumberField
  | BooleanField
  | DateField
  | MonthField
  | SelectField
  | AssetField
  | ReferenceField
  | ListField
  | ObjectField;

export type Fields = Readonly<Record<string, Field>>;

type Options<F extends Field> = Omit<F, 'kind' | 'label' | 'required'> & { required?: boolean };
/** Keeps `required: false` as a literal type so that entry data types can be inferred. */
type Built<F extends Field, O extends { required?: boolean }> = F & {
  required: O['required'] extends false ? false : true;
};

function build<F extends Field>(kind: F['kind'], defaults: Partial<F> = {}) {
  return <const O extends Options<F>>(label: string, o?: O): Built<F, O> & O =>
    ({ kind, label, required: true, ...defaults, ...o }) as unknown as Built<F, O> & O;
}

const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'svg', 'avif'] as const;

/** Field builders. Fields are required unless `required: false` is given. */
export const f = {
  string: build<StringField>('string'),
  text: build<StringField>('string', { multiline: true }),
  number: build<NumberField>('number'),
  boolean: build<BooleanField>('boolean', { required: false }),
  date: build<DateField>('date'),
  month: build<MonthField>('month'),
  select: build<SelectField>('select'),
  image: <const O extends Omit<Options<AssetField>, 'extensions'> & { extensions?: readonly string[] }>(
    label: string,
    o?: O,
  ) => build<AssetField>('image')(label, { extensions: IMAGE_EXTENSIONS, ...o } as Options<AssetField> & O),
  file: build<AssetField>('file'),
  reference: build<ReferenceField>('reference'),
  list: build<ListField>('list'),
  object: build<ObjectField>('object'),
};

/** An option of `T` with its own slug as a literal type, so code can rely on the slug of each value. */
type OptionOf<T extends Readonly<Record<string, string>>> = {
  [K in keyof T & string]: { value: K; slug: T[K] };
}[keyof T & string];

/** Select options whose ASCII slug (URL part, or the engine's own name for it) is given beside the Chinese value. */
export function options<const T extends Readonly<Record<string, string>>>(pairs: T): OptionOf<T>[] {
  return Object.entries(pairs).map(([value, slug]) => ({ value, slug }) as OptionOf<T>);
}

/** The slug of `value` among `choices`, or `undefined` when it is none of them (raw data not yet validated). */
export function findSlug<const O extends readonly SelectOption[]>(
  choices: O,
  value: unknown,
): O[number]['slug'] | undefined {
  return choices.find((choice) => choice.value === value)?.slug;
}

/** The slug of a validated value: where an option becomes a URL part or the quiz engine's type. */
export function slugOf<const O extends readonly SelectOption[]>(
  choices: O,
  value: O[number]['value'],
): O[number]['slug'] {
  const slug = findSlug(choices, value);
  if (slug === undefined) throw new Error(`"${value}" is not one of ${choices.map((c) => c.value).join(', ')}`);
  return slug;
}
