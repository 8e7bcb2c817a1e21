/**
 * The site's file formats for Decap: Decap's own Markdown-with-front-matter and
 * YAML, minus the 网址 field. That field only names a new entry's file (the
 * collection's slug template reads it, entry-address.ts); written into the file
 * it would be a second, stale copy of the file name.
 */
import type { CMS } from 'decap-cms-core';
import { FrontmatterInfer } from 'decap-cms-core/dist/esm/formats/frontmatter';
import yamlFormatter from 'decap-cms-core/dist/esm/formats/yaml';
import { ENTRY_ADDRESS_FIELD, SITE_FORMATS } from './config/to-decap';

type Formatter = typeof FrontmatterInfer;

function withoutAddress(formatter: Formatter): Formatter {
  return {
    fromFile: (content) => formatter.fromFile(content),
    toFile: ({ [ENTRY_ADDRESS_FIELD]: _address, ...data }, sortedKeys, comments) => formatter.toFile(data, sortedKeys, comments),
  };
}

export function registerEntryFormats(cms: CMS): void {
  const register = cms.registerCustomFormat as unknown as (name: string, extension: string, formatter: Formatter) => void;
  register(SITE_FORMATS.md, 'md', withoutAddress(FrontmatterInfer));
  register(SITE_FORMATS.yml, 'yml', withoutAddress(yamlFormatter));
}
