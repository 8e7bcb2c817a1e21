/**
 * Every sample entry the CMS can open (each collection's files and the settings
 * file), and what a file means: its parsed data and its Markdown body. Two files
 * mean the same when these are equal, whatever the quoting, key order or layout.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, type EntryFormat } from '../../src/model/collections';
import { SETTINGS_FILE } from '../../src/model/settings';
import { parseEntryData } from '../../src/model/check-content';
import { ROOT } from './content';

export interface SampleEntry {
  /** CMS collection name ('settings' for the settings file). */
  collection: string;
  /** CMS entry slug: the file name without extension, or the settings file's name. */
  slug: string;
  /** Path relative to the project. */
  file: string;
  format: EntryFormat;
  /** Field whose text the round trip edits: the entry's title. */
  titleField: string;
}

/**
 * The field whose text the round trip edits: the title, or where the title is a reference to another
 * entry (a meeting record names its meeting) the first plain text field, since a changed reference
 * would name an entry that does not exist.
 */
function editableField(model: (typeof COLLECTIONS)[number]): string {
  const fields = model.fields as Record<string, { kind: string }>;
  if (fields[model.titleField]?.kind !== 'reference') return model.titleField;
  const text = Object.keys(fields).find((name) => ['string', 'text'].includes(fields[name]!.kind));
  if (!text) throw new Error(`${model.name}: no text field for the round trip to edit`);
  return text;
}

export function sampleEntries(): SampleEntry[] {
  const entries: SampleEntry[] = COLLECTIONS.flatMap((model) => {
    const folder = join(ROOT, 'src/content', model.folder);
    if (!existsSync(folder)) return [];
    // Entry files only: a private collection may keep its own folder inside another's (members/meeting-records/).
    return readdirSync(folder)
      .filter((name) => !name.startsWith('.') && /\.(md|ya?ml)$/.test(name))
      .sort()
      .map((name) => ({
        collection: model.name,
        slug: name.replace(/\.(md|ya?ml)$/, ''),
        file: `src/content/${model.folder}/${name}`,
        format: model.format,
        titleField: editableField(model),
      }));
  });
  return [
    ...entries,
    { collection: 'settings', slug: 'site', file: SETTINGS_FILE, format: 'yml', titleField: 'siteName' },
  ];
}

export interface EntryMeaning {
  data: Record<string, unknown>;
  /** Markdown body, exactly as written; '' for data files. */
  body: string;
}

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;

export function entryMeaning(source: string, format: EntryFormat): EntryMeaning {
  const data = parseEntryData(source, format) as Record<string, unknown>;
  return { data, body: format === 'md' ? source.replace(FRONT_MATTER, '') : '' };
}

/**
 * One entry per collection: the one that uses most fields (then the longest), so
 * that an editor round trip exercises as many widgets as the samples offer.
 */
export function representativeEntries(entries: readonly SampleEntry[]): SampleEntry[] {
  const score = (entry: SampleEntry) => {
    const source = readFileSync(join(ROOT, entry.file), 'utf8');
    const { data } = entryMeaning(source, entry.format);
    const used = Object.values(data).filter(
      (value) => value !== null && value !== '' && !(Array.isArray(value) && value.length === 0),
    ).length;
    return used * 1e6 + source.length;
  };
  const best = new Map<string, { entry: SampleEntry; score: number }>();
  for (const entry of entries) {
    const current = { entry, score: score(entry) };
    if (current.score > (best.get(entry.collection)?.score ?? -1)) best.set(entry.collection, current);
  }
  return [...best.values()].map(({ entry }) => entry);
}
