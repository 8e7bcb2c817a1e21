/** Opening entries in the CMS and comparing its preview with the published page. */
import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';

/** Signs in with the local backend (`site`: another served copy than the one under test). */
export async function signIn(page: Page, site = '') {
  await page.goto(`${site}/admin/`);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/#\/collections\//, { timeout: 30_000 });
}

/**
 * Opens an entry from its collection's list, as an editor does. (Changing only
 * the address's hash between two entries can keep the previous entry's form;
 * passing through the list remounts the editor and is much faster than a reload.)
 */
export async function openEntry(page: Page, collection: string, id: string, site = ''): Promise<FrameLocator> {
  await page.goto(`${site}/admin/#/collections/${collection}`);
  await page.locator(`a[href$="/collections/${collection}/entries/${id}"]`).click({ timeout: 30_000 });
  return page.frameLocator('#preview-pane');
}

/** Tags, attributes and text of a rendered body, for comparing the preview with the page. */
export async function bodyShape(prose: Locator) {
  return prose.evaluate((root) => {
    // Paragraph wrappers are left out: after a raw HTML block Sätteri leaves text unwrapped where Decap's renderer adds <p>.
    const elements = [...root.querySelectorAll(':not(p)')].map((el) =>
      [
        el.tagName.toLowerCase(),
        ...[...el.attributes]
          .filter((a) => a.name !== 'id')
          .map((a) => `${a.name}=${a.value}`)
          .sort(),
      ].join(' '),
    );
    // The site's renderer curls quotes (smartypants), Decap's does not: typography only, not safety.
    return { elements, text: (root.textContent ?? '').replace(/\s+/g, '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"') };
  });
}
