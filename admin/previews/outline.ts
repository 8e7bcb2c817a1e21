/**
 * What the preview of a collection without a template of its own shows, read
 * from its model: the section's name and the title above; dates, choices,
 * numbers, short texts and references in the meta line; images and longer
 * texts before the body; files, tags and other lists after it. A section added
 * to the model alone previews like the site's entry pages from its first day.
 * Pure: the React side is model-preview.ts.
 */
import type { Field } from '../../src/model/fields';
import { sectionName, type CollectionModel } from '../../src/model/collections';

export type PreviewPart =
  | { kind: 'date' | 'value' | 'lead' | 'tags'; field: string }
  | { kind: 'image'; field: string; alt?: string }
  | { kind: 'labelled' | 'file' | 'list'; field: string; label: string }
  | { kind: 'reference'; field: string; label: string; collection: string; displayField: string };

export interface PreviewOutline {
  section: string;
  titleField: string;
  meta: PreviewPart[];
  before: PreviewPart[];
  body: boolean;
  after: PreviewPart[];
}

/** Where one field goes; booleans, months and nested groups are left to a bespoke template. */
function placeOf(name: string, field: Field): ['meta' | 'before' | 'after', PreviewPart] | undefined {
  switch (field.kind) {
    case 'date':
      return ['meta', { kind: 'date', field: name }];
    case 'select':
      return ['meta', { kind: 'value', field: name }];
    case 'number':
      return ['meta', { kind: 'labelled', field: name, label: field.label }];
    case 'string':
      return field.multiline
        ? ['before', { kind: 'lead', field: name }]
        : ['meta', { kind: 'labelled', field: name, label: field.label }];
    case 'reference':
      return [
        'meta',
        {
          kind: 'reference',
          field: name,
          label: field.label,
          collection: field.collection,
          displayField: field.displayField,
        },
      ];
    case 'image':
      return ['before', { kind: 'image', field: name, alt: field.alt }];
    case 'file':
      return ['after', { kind: 'file', field: name, label: field.label }];
    case 'list':
      if (field.of.kind !== 'string') return undefined;
      return [
        'after',
        name === 'tags' ? { kind: 'tags', field: name } : { kind: 'list', field: name, label: field.label },
      ];
    default:
      return undefined;
  }
}

export function previewOutline(model: CollectionModel): PreviewOutline {
  const outline: PreviewOutline = {
    section: sectionName(model),
    titleField: model.titleField,
    meta: [],
    before: [],
    body: model.body !== undefined,
    after: [],
  };
  // An image's text alternative is its `alt`, not a line of the page.
  const alts = new Set(
    Object.values(model.fields).flatMap((field) => (field.kind === 'image' && field.alt ? [field.alt] : [])),
  );
  for (const [name, field] of Object.entries(model.fields)) {
    if (name === model.titleField || alts.has(name)) continue;
    const place = placeOf(name, field);
    if (place) outline[place[0]].push(place[1]);
  }
  return outline;
}

export type PreviewTemplate = 'bespoke' | 'model' | 'none';

/**
 * Which preview each collection gets: its own template where one is written,
 * otherwise the one read from its model; private collections none (the CMS
 * hides their preview pane: admin/config/to-decap.ts).
 */
export function previewPlan(
  models: readonly CollectionModel[],
  bespoke: ReadonlySet<string>,
): { name: string; template: PreviewTemplate }[] {
  return models.map(({ name, private: hidden }) => ({
    name,
    template: hidden ? 'none' : bespoke.has(name) ? 'bespoke' : 'model',
  }));
}
