/** Reads the sample content (the study sections' and any other collection's) for the end-to-end tests. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseEntryData } from '../../src/model/check-content';
import { ROOT } from './content';
import { collectionModel, type CollectionName } from '../../src/model/collections';

type Data = Record<string, unknown>;

/** The entries of any collection, with their data and Markdown body. */
export function entries(collection: CollectionName): { id: string; data: Data; body: string }[] {
  const { folder, format } = collectionModel(collection);
  const dir = join(ROOT, 'src/content', folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith(`.${format}`))
    .map((name) => {
      const source = readFileSync(join(dir, name), 'utf8');
      const body = format === 'md' ? source.replace(/^---\n[\s\S]*?\n---\n?/, '') : '';
      return { id: name.replace(/\.(md|yml)$/, ''), data: parseEntryData(source, format) as Data, body };
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Newest first, as the lists and feeds show them. */
export function newestFirst(collection: 'library' | 'media' | 'courseware') {
  return entries(collection).sort((a, b) =>
    String(a.data.date) < String(b.data.date) ? 1 : String(a.data.date) > String(b.data.date) ? -1 : 0,
  );
}

export const dailyCards = () =>
  entries('daily').map(({ id, data }) => ({
    id,
    text: String(data.text),
    topic: String(data.topic),
    ...(data.date ? { date: String(data.date) } : {}),
  }));

/** Size in bytes of an uploaded file, as stored under public/. */
export const uploadBytes = (publicPath: string) => statSync(join(ROOT, 'public', publicPath)).size;
