/**
 * Names instead of ids in the CMS lists: a lesson's row reads 支部生活 · 第 1 课时,
 * not branch-life · 第 1 课时, lessons sort by course and then by their order, and
 * grouping by course shows course titles. Decap's list templates print only an
 * entry's own data, so the site's file format (admin/entry-formats.ts) adds, when
 * it reads a file, the title of the entry it belongs to (course, contest, author)
 * from a table the admin page embeds, and a sort key. These list fields are
 * hidden in the form and never written back.
 */
import type { CollectionModel } from '../../src/model/collections';
import type { ReferenceField } from '../../src/model/fields';

/** Numbers that order entries (a course's order, a book's year); other numbers (minutes, pass marks) do not. */
export const ORDERING_NUMBERS = new Set(['order', 'year']);

/** Id → title of the entries of each collection that others belong to: `{ courses: { 'branch-life': '支部生活' } }`. */
export type ParentTitles = Record<string, Record<string, string>>;

export const LIST_ORDER_FIELD = 'listOrder';
export const titleFieldOf = (field: string) => `${field}Title`;

/** The entries an entry belongs to: its required references (an optional link, a lesson's quiz, is not a parent). */
export function parentLinks(model: CollectionModel): [string, ReferenceField][] {
  return Object.entries(model.fields).filter(
    (entry): entry is [string, ReferenceField] => entry[1].kind === 'reference' && Boolean(entry[1].required),
  );
}

/** The field that orders entries within their parent (a lesson's order), when there is one. */
function orderingField(model: CollectionModel): string | undefined {
  return Object.entries(model.fields).find(
    ([name, field]) => field.kind === 'number' && ORDERING_NUMBERS.has(name),
  )?.[0];
}

/** The sort key "parent, then order", for collections whose entries have both. */
export function listOrder(model: CollectionModel): { label: string } | undefined {
  const [parent] = parentLinks(model);
  const order = orderingField(model);
  return parent && order ? { label: `${parent[1].label}和${model.fields[order]!.label}` } : undefined;
}

/** The names of the list fields of a collection: never stored in its files. */
export function listFieldNames(model: CollectionModel): string[] {
  return [...parentLinks(model).map(([name]) => titleFieldOf(name)), ...(listOrder(model) ? [LIST_ORDER_FIELD] : [])];
}

/** The collection's list summary, with each parent's title in place of its id. */
export function listSummary(model: CollectionModel): string {
  return parentLinks(model).reduce(
    (summary, [name]) => summary.replaceAll(`{{${name}}}`, `{{${titleFieldOf(name)}}}`),
    model.summary,
  );
}

/** The parents' titles the embedded table needs: the display field of each referenced collection. */
export function parentDisplayFields(models: readonly CollectionModel[]): Map<string, string> {
  return new Map(
    models.flatMap((model) => parentLinks(model).map(([, field]) => [field.collection, field.displayField] as const)),
  );
}

/**
 * Adds the list fields to an entry as read from its file; an unknown parent shows
 * its id. The collection's parents and ordering field are found once, not per file.
 */
export function listFieldsReader(
  model: CollectionModel,
  titles: ParentTitles,
): (data: Record<string, unknown>) => Record<string, unknown> {
  const parents = parentLinks(model);
  const order = orderingField(model);
  const sortParent = order ? parents[0]?.[0] : undefined;
  return (data) => {
    const extra: Record<string, unknown> = {};
    for (const [name, field] of parents) {
      const id = typeof data[name] === 'string' ? (data[name] as string) : '';
      extra[titleFieldOf(name)] = titles[field.collection]?.[id] ?? id;
    }
    if (sortParent && order) {
      const position = typeof data[order] === 'number' ? String(data[order]).padStart(6, '0') : '';
      extra[LIST_ORDER_FIELD] = `${extra[titleFieldOf(sortParent)]}\u0001${position}`;
    }
    return { ...data, ...extra };
  };
}
