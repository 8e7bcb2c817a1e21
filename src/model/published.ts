/**
 * What the model's `published` declarations feed: the sources of the e-mail
 * digest (every collection whose entries appear on a day of their own) and the
 * sections /stats/ counts month by month. Collections without a publication day
 * are left out by that rule, so a new dated section reaches both with no list to edit.
 */
import type { DigestSource } from '../lib/digest/sources';
import { COLLECTIONS, type CollectionModel, type PublishedModel } from './collections';
import { entryPath, homeSectionName } from './sections';

type Published = CollectionModel & { published: PublishedModel };

const isPublished = (model: CollectionModel): model is Published => model.published !== undefined;

/** The digest's sources, in the model's order; private collections never. */
export function digestSources(models: readonly CollectionModel[] = COLLECTIONS): DigestSource[] {
  return models
    .filter(isPublished)
    .filter((model) => !model.private)
    .map((model) => ({
      collection: model.name,
      // The mail names the kind of entry (征文作品), not only the section it sits in.
      label: model.label,
      titleField: model.titleField,
      dateField: model.published.dateField,
      path: (id, data) => entryPath(model, id, data, models),
    }));
}

/** The collections /stats/ counts, each with the section name its counts are filed under, in the model's order. */
export function statsSections(
  models: readonly CollectionModel[] = COLLECTIONS,
): { collection: string; section: string }[] {
  return models
    .filter(isPublished)
    .filter((model) => model.published.stats === true && !model.private)
    .map((model) => ({ collection: model.name, section: homeSectionName(model, models) }));
}
