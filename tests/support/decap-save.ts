/**
 * Decap's own load-and-save code, driven from inside the real CMS page.
 *
 * The 发布 button calls the editor's `persistEntry(collection)` action, which
 * serialises the draft (widget value serialisers, then the collection's format:
 * gray-matter + yaml, fields in model order) and posts the file to the local
 * backend. The button is disabled while a draft is unchanged, but the action is
 * not: here the test takes the editor's own bound actions (`loadEntries`,
 * `changeDraftField`, `persistEntry`) from the mounted editor and calls them for
 * any entry, and the page's `fetch` keeps the file that would be written
 * instead of sending it, so nothing on disk changes.
 */
import { expect, type Page } from '@playwright/test';

/** The edit of the second save: `suffix` appended to the text of `field`. */
export interface TextEdit {
  field: string;
  suffix: string;
}

declare global {
  interface Window {
    decapSave?: (collection: string, slugs: string[], edit: TextEdit) => Promise<string[]>;
  }
}

/** Opens the settings entry (any editor would do), takes its actions, leaves the editor. */
export async function installDecapSave(page: Page): Promise<void> {
  await page.goto('/admin/#/collections/settings/entries/site');
  const anchor = page.locator('[id^="siteName-field"]');
  await expect(anchor).toBeVisible({ timeout: 30_000 });
  await anchor.evaluate((element) => {
    // React keeps each DOM node's component ("fiber") under a key like __reactFiber$x1y2.
    type Fiber = { return: Fiber | null; stateNode: unknown; memoizedProps: Record<string, unknown> | null };
    type Action = (...args: unknown[]) => Promise<unknown>;
    // Immutable.js values of Decap's store.
    type Im = {
      get(key: string): Im;
      getIn(path: string[]): unknown;
      find(test: (item: Im) => boolean): Im | undefined;
    };
    const key = Object.keys(element).find((k) => k.startsWith('__reactFiber$'));
    let fiber: Fiber | null = key ? (element as unknown as Record<string, Fiber>)[key]! : null;
    let editor: Record<string, Action> | undefined;
    let store:
      | { getState(): { collections: Im; entries: Im }; dispatch(action: { type: string; payload?: unknown }): void }
      | undefined;
    for (; fiber; fiber = fiber.return) {
      const node = fiber.stateNode as { handlePersistEntry?: unknown; props?: Record<string, Action> } | null;
      if (!editor && typeof node?.handlePersistEntry === 'function') editor = node.props;
      const candidate = fiber.memoizedProps?.store as { getState?: unknown } | undefined;
      if (typeof candidate?.getState === 'function') store = candidate as typeof store;
    }
    if (!editor || !store) throw new Error('Decap editor or store not found');
    const [loadEntries, changeDraftField, persistEntry] = [
      editor.loadEntries!,
      editor.changeDraftField!,
      editor.persistEntry!,
    ];

    let written: string[] = [];
    const send = window.fetch.bind(window);
    window.fetch = async (input, init) => {
      const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
      if (body?.action !== 'persistEntry') return send(input, init);
      written.push(body.params.dataFiles[0].raw);
      return new Response('{"message":"ok"}', { headers: { 'Content-Type': 'application/json' } });
    };

    const fieldsOf = (collection: Im, slug: string) =>
      collection.get('fields') ??
      collection
        .get('files')
        .find((file) => String(file.get('name')) === slug)!
        .get('fields');

    window.decapSave = async (name, slugs, edit) => {
      written = [];
      const collection = store!.getState().collections.get(name);
      // Reads every file of the collection through the local backend and the collection's format.
      await loadEntries(collection);
      for (const slug of slugs) {
        const entry = store!.getState().entries.getIn(['entities', `${name}.${slug}`]);
        if (!entry) throw new Error(`Decap did not load ${name}/${slug}`);
        store!.dispatch({ type: 'DRAFT_CREATE_FROM_ENTRY', payload: { entry } });
        await persistEntry(collection);
        const field = fieldsOf(collection, slug).find((f) => String(f.get('name')) === edit.field);
        const value = `${(entry as Im).getIn(['data', edit.field])}${edit.suffix}`;
        await changeDraftField({ field, value, metadata: {}, entries: [entry], i18n: undefined });
        await persistEntry(collection);
        if (written.length !== 2 * (slugs.indexOf(slug) + 1)) throw new Error(`Decap did not save ${name}/${slug}`);
        // Each save pops a "已保存" toast; hundreds at once would only slow the page down.
        store!.dispatch({ type: 'NOTIFICATION_CLEAR' });
      }
      return written;
    };
  });
  // Leave the editor (it would render every draft loaded above) for a page that renders nothing else.
  await page.evaluate(() => (location.hash = '#/round-trip'));
  await expect(anchor).toHaveCount(0);
}

/**
 * For each entry of `collection` named in `slugs`: the file Decap would write when
 * saving it as loaded, then the file after `edit` — two files per slug, in order.
 */
export function decapSave(page: Page, collection: string, slugs: string[], edit: TextEdit): Promise<string[]> {
  return page.evaluate(([name, list, change]) => window.decapSave!(name, list, change), [
    collection,
    slugs,
    edit,
  ] as const);
}
