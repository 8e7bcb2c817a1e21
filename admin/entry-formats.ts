/**
 * Each collection's file format for Decap: Decap's own Markdown-with-front-matter
 * or YAML, plus two steps. Reading adds the list fields (list-titles.ts: a
 * lesson's course title and sort key); writing leaves out the fields of the CMS
 * form that belong to no file: the list fields and the 网址, which only names a
 * new entry's file (entry-address.ts) and would be a second, stale copy of it.
 */
import type { CMS } from 'decap-cms-core';
import { FrontmatterInfer } from 'decap-cms-core/dist/esm/formats/frontmatter';
import yamlFormatter from 'decap-cms-core/dist/esm/formats/yaml';
import type { CollectionModel } from '../src/model/collections';
import { cmsOnlyFields, siteFormat } from './config/to-decap';
import { listFieldsReader, type ParentTitles } from './config/list-titles';

type Formatter = typeof FrontmatterInfer;

function collectionFormat(model: CollectionModel, titles: ParentTitles): Formatter {
  const decapFormat = model.format === 'md' ? FrontmatterInfer : yamlFormatter;
  const leftOut = new Set(cmsOnlyFields(model));
  const withListFields = listFieldsReader(model, titles);
  return {
    fromFile: (content) => withListFields(decapFormat.fromFile(content)),
    toFile: (data, sortedKeys, comments) =>
      decapFormat.toFile(
        Object.fromEntries(Object.entries(data).filter(([name]) => !leftOut.has(name))),
        sortedKeys,
        comments,
      ),
  };
}

export function registerEntryFormats(cms: CMS, models: readonly CollectionModel[], titles: ParentTitles): void {
  const register = cms.registerCustomFormat as unknown as (
    name: string,
    extension: string,
    formatter: Formatter,
  ) => void;
  for (const model of models) register(siteFormat(model), model.format, collectionFormat(model, titles));
}
