/**
 * Astro content collections, derived from the one content model in `src/model/`.
 * Do not add fields here: add them to `src/model/collections.ts`, and the CMS
 * follows.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'zod';
import { COLLECTIONS, collectionModel, type CollectionName, type ModelOf } from './model/collections';
import { collectionSchema } from './model/to-zod';
import type { DataOf } from './model/infer';
import { entryIdFromFile } from './model/entry-id';
import { collectionFolder } from './model/content-folder';

const PATTERNS = { md: '*.md', yml: '*.{yml,yaml}' } as const;

function define<N extends CollectionName>(name: N) {
  const model = collectionModel(name) as ModelOf<N>;
  return defineCollection({
    loader: glob({
      pattern: PATTERNS[model.format],
      // Member archives may live outside the public content (MEMBERS_DIR); a missing folder just means no archives.
      base: collectionFolder(model),
      generateId: ({ entry }) => entryIdFromFile(entry),
    }),
    schema: collectionSchema(model, reference) as unknown as z.ZodType<DataOf<ModelOf<N>['fields']>>,
  });
}

/** One Astro collection per model collection: a collection added to the model is loaded and validated without a line here. */
export const collections = Object.fromEntries(COLLECTIONS.map((model) => [model.name, define(model.name)])) as {
  [N in CollectionName]: ReturnType<typeof define<N>>;
};
