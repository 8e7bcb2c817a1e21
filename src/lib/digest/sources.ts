/**
 * Which published entries the e-mail digest announces, and on which day: the
 * sections a member reads or takes part in, each by the date on which it appears
 * on the site (an article's date, a contest's start, a poll's opening). Party
 * history is left out (its date is the event's, not a publication), and so are
 * courses, lessons and quizzes (no date at all).
 */
import { collectionModel, type CollectionName } from '../../model/collections';
import type { DigestItem } from './selection';

export interface DigestSource {
  collection: CollectionName;
  /** The field holding the day the entry appears on the site. */
  dateField: string;
  /** Site-relative path of an entry's page (no base). */
  path: (id: string, data: Record<string, unknown>) => string;
}

const at = (section: string) => (id: string) => `${section}/${id}/`;

export const DIGEST_SOURCES: readonly DigestSource[] = [
  { collection: 'articles', dateField: 'date', path: at('articles') },
  { collection: 'library', dateField: 'date', path: at('library') },
  { collection: 'media', dateField: 'date', path: at('media') },
  { collection: 'courseware', dateField: 'date', path: at('courseware') },
  { collection: 'reports', dateField: 'date', path: at('reports') },
  { collection: 'topics', dateField: 'date', path: at('topics') },
  { collection: 'blogs', dateField: 'date', path: at('blogs') },
  { collection: 'contests', dateField: 'start', path: at('contests') },
  { collection: 'essays', dateField: 'date', path: (id, data) => `contests/${String(data.contest)}/${id}/` },
  { collection: 'polls', dateField: 'opens', path: at('polls') },
];

/** An entry (id and front matter as stored) as a digest item; undefined when it has no usable date or title. */
export function digestItem(source: DigestSource, id: string, data: Record<string, unknown>): DigestItem | undefined {
  const model = collectionModel(source.collection);
  const date = data[source.dateField];
  const title = data[model.titleField];
  if (typeof date !== 'string' || typeof title !== 'string') return undefined;
  const summary = typeof data.summary === 'string' && data.summary.trim() ? data.summary.trim() : undefined;
  return {
    key: `${source.collection}/${id}`,
    section: model.label,
    title,
    date,
    ...(data.draft === true ? { draft: true } : {}),
    path: source.path(id, data),
    ...(summary ? { summary } : {}),
  };
}
