/**
 * Where a collection's entries show on the site, read from the model's
 * `section` and `within`: every entry path and section name is derived here,
 * so a section added to the model needs no list of paths elsewhere.
 */
import { COLLECTIONS, collectionModel, sectionName, type CollectionModel } from './collections';

/** The collection whose section an entry shows in: its own, or the one it lives `within` (essays: 专题征文). */
export function homeModel(model: CollectionModel, models: readonly CollectionModel[] = COLLECTIONS): CollectionModel {
  if (!model.within) return model;
  const parent = models.find((candidate) => candidate.name === model.within!.collection);
  if (!parent) throw new Error(`${model.name}: within names an unknown collection "${model.within.collection}"`);
  return parent;
}

/** The name of the section an entry of `model` shows in, as menus, breadcrumbs, search filters and /stats/ say it. */
export const homeSectionName = (model: CollectionModel, models: readonly CollectionModel[] = COLLECTIONS): string =>
  sectionName(homeModel(model, models));

/** The section name of a collection, by name (a page's title, its breadcrumb, its search filter). */
export const sectionNameOf = (name: string): string => homeSectionName(collectionModel(name));

/**
 * An id held by a reference field: a string in front matter as stored (the
 * digest reads files), `{ collection, id }` once Astro has resolved the entry.
 */
function referencedId(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string')
    return (value as { id: string }).id;
  throw new Error(`not a reference: ${JSON.stringify(value)}`);
}

/**
 * Site-relative path of an entry's page (no base): `/<section path><id>/`, or
 * for an entry living within another, `<its section path><parent id>/<id>/`.
 */
export function entryPath(
  model: CollectionModel,
  id: string,
  data: Readonly<Record<string, unknown>>,
  models: readonly CollectionModel[] = COLLECTIONS,
): string {
  const home = homeModel(model, models);
  if (!home.section) throw new Error(`${model.name}: its entries have no page (no section, nor within one)`);
  const parent = model.within ? `${referencedId(data[model.within.field])}/` : '';
  return `${home.section.path}${parent}${id}/`;
}
