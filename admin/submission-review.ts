/**
 * A member's submission opened in the CMS (the 待审稿件 panel on /admin/,
 * src/components/branch/SubmissionReview.astro) becomes an ordinary new entry:
 * before it is saved, the values Decap HTML-escaped when it filled the form are
 * put back as the member wrote them; once saved, the branch service marks the
 * submission taken (the member sees that on the site, and it leaves the panel).
 * Nothing else about saving changes: the save guard and the build's checks and
 * sanitiser apply as to any entry.
 */
import type { CMS } from 'decap-cms-core';
import { callBranch, newRequestId, storedToken } from '../src/lib/branch/api';
import { walineServerUrl } from '../src/lib/discussion/waline';
import { OPENING_KEY, readOpening, stillOpening, unescapeDecapPrefill } from '../src/lib/branch/review';

interface EntryMap {
  get(key: 'collection'): string;
  get(key: 'newRecord'): boolean | undefined;
  get(key: 'data'): DataMap;
}

interface DataMap {
  get(key: string): unknown;
  set(key: string, value: unknown): DataMap;
}

export function registerSubmissionReview(cms: CMS): void {
  const address = document.querySelector<HTMLElement>('submission-review')?.dataset.server;
  if (!address) return;
  const server = walineServerUrl(address, location.href);
  // Leaving the entry without saving it lets the submission wait in the panel again.
  window.addEventListener('hashchange', () => {
    const opening = readOpening(sessionStorage);
    if (opening && !stillOpening(location.hash, opening.collection)) sessionStorage.removeItem(OPENING_KEY);
  });
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }: { entry: EntryMap }) => {
      const opening = readOpening(sessionStorage);
      if (!opening || opening.collection !== entry.get('collection') || !entry.get('newRecord')) return undefined;
      let data = entry.get('data');
      for (const field of opening.fields) {
        const value = data.get(field);
        if (typeof value === 'string') data = data.set(field, unescapeDecapPrefill(value));
      }
      return data;
    },
  });
  cms.registerEventListener({
    name: 'postSave',
    handler: async ({ entry }: { entry: EntryMap }) => {
      const opening = readOpening(sessionStorage);
      if (!opening || opening.collection !== entry.get('collection')) return;
      sessionStorage.removeItem(OPENING_KEY);
      // A failure here leaves the submission in the panel: the editor sees it still waiting and can return it.
      await callBranch(server, `review/${opening.id}/published`, {
        body: { requestId: newRequestId() },
        token: storedToken(localStorage),
      });
      document.querySelector('submission-review')?.dispatchEvent(new CustomEvent('submission-taken'));
    },
  });
}
