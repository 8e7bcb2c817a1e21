/**
 * Each collection's file format for Decap: Decap's own Markdown-with-front-matter
 * or YAML, plus two steps. Reading adds the list fields (list-titles.ts: a
 * lesson's course title and sort key); writing leaves out the fields of the CMS
 * form that belong to no file: the list fields and the 网址, which only names a
 * new entry's file (entry-address.ts) and would be a second, stale copy of it.
 * A YAML file's opening comment lines (an archive's "# 第一党支部 王芳的档案…")
 * are kept through an edit, as `members:import` keeps them: Decap's YAML
 * writer knows only the data, so reading puts them under FILE_COMMENT and
 * writing puts them back on top.
 * An edited YAML file keeps its own layout (list indentation, quoting, key
 * order): Decap's writer lays the whole file out anew, so adding one quiz
 * question rewrote every line. Reading keeps the file's text under FILE_SOURCE;
 * writing applies the form's data to that text's document (yaml-layout.ts),
 * so only what changed changes.
 */
import type { CMS } from 'decap-cms-core';
import { FrontmatterInfer } from 'decap-cms-core/dist/esm/formats/frontmatter';
import yamlFormatter from 'decap-cms-core/dist/esm/formats/yaml';
import type { CollectionModel } from '../src/model/collections';
import { cmsOnlyFields, siteFormat } from './config/to-decap';
import { listFieldsReader, type ParentTitles } from './config/list-titles';
import { withDataApplied } from './yaml-layout';

type Formatter = typeof FrontmatterInfer;

/** The data key that carries a YAML file's opening comment from reading to writing (no field has this name). */
export const FILE_COMMENT = '__fileComment';
/** The data key that carries a YAML file's text from reading to writing, to keep its layout (no field has this name). */
export const FILE_SOURCE = '__fileSource';

/** The comment lines a YAML file opens with, each with its line end; '' when none. */
const openingComment = (content: string) => /^(?:[ \t]*#[^\n]*(?:\n|$))+/.exec(content)?.[0] ?? '';

/** Decap's YAML format, keeping the opening comment lines. */
const yamlKeepingComment: Formatter = {
  fromFile: (content) => {
    const data = yamlFormatter.fromFile(content);
    if (!data || typeof data !== 'object' || !content) return data;
    const comment = openingComment(content);
    return { ...data, ...(comment ? { [FILE_COMMENT]: comment } : {}), [FILE_SOURCE]: content.slice(comment.length) };
  },
  toFile: (data, sortedKeys, comments) => {
    const { [FILE_COMMENT]: comment, [FILE_SOURCE]: source, ...rest } = data as Record<string, unknown>;
    const text =
      typeof source === 'string' && source.trim() !== ''
        ? withDataApplied(source, rest)
        : yamlFormatter.toFile(rest, sortedKeys, comments);
    if (typeof comment !== 'string' || comment === '') return text;
    return `${comment.endsWith('\n') ? comment : `${comment}\n`}${text}`;
  },
};

function collectionFormat(model: CollectionModel, titles: ParentTitles): Formatter {
  const decapFormat = model.format === 'md' ? FrontmatterInfer : yamlKeepingComment;
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
