/**
 * One entry as the e-mail digest announces it: on the day it appears on the
 * site, under its kind, with its page. Which collections are sources, and by
 * which date field, comes from the model (`digestSources` in src/model/published.ts).
 */
import type { DigestItem } from './selection';

export interface DigestSource {
  collection: string;
  /** Chinese name the mail shows beside the item (the collection's label). */
  label: string;
  /** The field naming an entry. */
  titleField: string;
  /** The field holding the day the entry appears on the site. */
  dateField: string;
  /** Site-relative path of an entry's page (no base). */
  path: (id: string, data: Readonly<Record<string, unknown>>) => string;
}

/** An entry (id and front matter as stored) as a digest item; undefined when it has no usable date or title. */
export function digestItem(source: DigestSource, id: string, data: Record<string, unknown>): DigestItem | undefined {
  const date = data[source.dateField];
  const title = data[source.titleField];
  if (typeof date !== 'string' || typeof title !== 'string') return undefined;
  const summary = typeof data.summary === 'string' && data.summary.trim() ? data.summary.trim() : undefined;
  return {
    key: `${source.collection}/${id}`,
    section: source.label,
    title,
    date,
    ...(data.draft === true ? { draft: true } : {}),
    path: source.path(id, data),
    ...(summary ? { summary } : {}),
  };
}
