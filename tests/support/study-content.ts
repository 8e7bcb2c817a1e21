/** Reads the study sections' sample content (图书、音视频、课件、每日一学) for the end-to-end tests. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseEntryData } from '../../src/model/check-content';
import { ROOT } from './content';

type Data = Record<string, unknown>;

export function entries(collection: 'library' | 'media' | 'courseware' | 'daily'): { id: string; data: Data }[] {
  const dir = join(ROOT, 'src/content', collection);
  const format = collection === 'daily' ? 'yml' : 'md';
  return readdirSync(dir)
    .filter((name) => name.endsWith(`.${format}`))
    .map((name) => ({ id: name.replace(/\.(md|yml)$/, ''), data: parseEntryData(readFileSync(join(dir, name), 'utf8'), format) as Data }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Newest first, as the lists and feeds show them. */
export function newestFirst(collection: 'library' | 'media' | 'courseware') {
  return entries(collection).sort((a, b) => (String(a.data.date) < String(b.data.date) ? 1 : String(a.data.date) > String(b.data.date) ? -1 : 0));
}

export const dailyCards = () =>
  entries('daily').map(({ id, data }) => ({ id, text: String(data.text), ...(data.date ? { date: String(data.date) } : {}) }));

/** Size in bytes of an uploaded file, as stored under public/. */
export const uploadBytes = (publicPath: string) => statSync(join(ROOT, 'public', publicPath)).size;
