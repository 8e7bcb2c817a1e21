import { ID_PATTERN } from '../lib/entry-ids';
import { modelMessages } from './messages';

const ID_RE = new RegExp(ID_PATTERN.source);

/** An entry's id is its file name without extension, and must be URL-safe ASCII. */
export function entryIdFromFile(fileName: string): string {
  const id = fileName.replace(/\.(md|mdx|ya?ml)$/, '');
  if (!ID_RE.test(id)) throw new Error(modelMessages.fileName(fileName));
  return id;
}
