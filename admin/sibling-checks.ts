/**
 * Checks of a saved entry against the others of its collection, which the
 * build's per-entry checks cannot see: a second lesson with a course's 课时序号
 * is refused (the build refuses it too, src/model/check-content.ts), and a title
 * another entry already has asks the editor first. The other entries are those
 * of the last build (the admin page's `entry-facts`).
 */
import type { CMS } from 'decap-cms-core';
import { chinesePart, modelMessages as m } from '../src/model/messages';
import { t } from '../src/i18n/zh';
import { SaveRefused } from './save-guard';

/** What the checks need of each entry, by collection. */
export type EntryFacts = Record<string, { id: string; title: string; course?: string; order?: number }[]>;

interface EntryMap {
  get(key: 'collection' | 'slug'): string | undefined;
  get(key: 'data'): { toJS(): Record<string, unknown> };
}

/** The refusal for a lesson whose 课时序号 its course already has; undefined when free. */
export function lessonOrderTaken(facts: EntryFacts, id: string | undefined, data: Record<string, unknown>) {
  const other = facts.lessons?.find(
    (lesson) => lesson.id !== id && lesson.course === data.course && lesson.order === Number(data.order),
  );
  return other ? chinesePart(m.duplicateLessonOrder(data.order, other.title)) : undefined;
}

/** Another entry of the collection with this title; undefined when none. */
export function sameTitle(facts: EntryFacts, collection: string, id: string | undefined, title: unknown) {
  const wanted = typeof title === 'string' ? title.trim() : '';
  return wanted ? facts[collection]?.find((entry) => entry.id !== id && entry.title.trim() === wanted) : undefined;
}

export function registerSiblingChecks(cms: CMS, facts: EntryFacts, titleFieldOf: (collection: string) => string): void {
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }: { entry: EntryMap }) => {
      const collection = entry.get('collection') ?? '';
      const id = entry.get('slug') || undefined;
      const data = entry.get('data').toJS();
      const taken = collection === 'lessons' ? lessonOrderTaken(facts, id, data) : undefined;
      if (taken) throw new SaveRefused(taken);
      const twin = sameTitle(facts, collection, id, data[titleFieldOf(collection)]);
      // A hint, not a rule: two notices may share a title; the editor decides.
      if (twin && !window.confirm(t('cms.sameTitle.ask', { title: twin.title, id: twin.id }))) {
        throw new SaveRefused(t('cms.sameTitle.kept'));
      }
    },
  });
}
