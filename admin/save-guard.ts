/**
 * The last check before Decap writes an entry: the build's own checks of the
 * entry (src/model/check-entry.ts). Decap's field validation misses fields nested
 * in lists (its editor pane keeps one ref per top-level field, and a nested
 * control can take that slot), so without this an empty question stem or an
 * answer outside the options could be saved and then fail the build. A throwing
 * preSave handler aborts the save; Decap shows the messages in its error toast.
 */
import type { CMS } from 'decap-cms-core';
import { problemsBeforeSave } from '../src/model/check-entry';
import { chinesePart } from '../src/model/messages';

interface EntryMap {
  get(key: 'collection'): string;
  get(key: 'data'): { toJS(): unknown };
}

/** Decap prints the error itself in the toast: no "Error:" prefix before the Chinese messages. */
export class SaveRefused extends Error {
  override toString() {
    return this.message;
  }
}

export function registerSaveGuard(cms: CMS): void {
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }: { entry: EntryMap }) => {
      const problems = problemsBeforeSave(entry.get('collection'), entry.get('data').toJS());
      if (problems.length > 0) throw new SaveRefused(problems.map(chinesePart).join('\n'));
    },
  });
}
