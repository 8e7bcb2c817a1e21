/**
 * Fills a Decap CMS form as an editor does: fields found by their names (Decap
 * gives each control the id `<name>-field-<n>`), Chinese typed through IME
 * composition, files picked in the media library, references picked from the
 * relation search, published with 发布 → 立即发布.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './content';
import { typeWithIme, committedText, type ImeWords } from './ime';
import { collectionModel } from '../../src/model/collections';
import { t } from '../../src/i18n/zh';

export const field = (page: Page, name: string) => page.locator(`[id^="${name}-field-"]`);

/** Types Chinese into the Markdown (Slate) editor through the input method. */
export async function typeIntoRichText(page: Page, editor: Locator, words: ImeWords) {
  await editor.click();
  await expect(editor).toBeFocused();
  // Slate places its selection just after focus; a composition that starts before
  // that lands out of order. A person takes longer than this to start typing.
  await page.waitForTimeout(400);
  // Like a person watching the screen: the next word once the last one shows (the
  // rich-text editor settles each composition asynchronously, slower on a busy machine).
  for (let i = 0; i < words.length; i += 1) {
    await typeWithIme(page, words.slice(i, i + 1));
    await expect(editor).toContainText(committedText(words.slice(0, i + 1)));
  }
}

/** Resolves once the page's DOM has not changed for `quietMs` (at most `limitMs`). */
export async function untilQuiet(page: Page, quietMs = 500, limitMs = 10_000) {
  await page.evaluate(
    ([quiet, limit]) =>
      new Promise<void>((resolve) => {
        let timer = setTimeout(done, quiet);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(done, quiet);
        });
        const deadline = setTimeout(done, limit);
        function done() {
          observer.disconnect();
          clearTimeout(deadline);
          resolve();
        }
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      }),
    [quietMs, limitMs] as const,
  );
}

export class CmsForm {
  constructor(readonly page: Page) {}

  /** Signs in with the local backend (once per browser context). */
  async signIn(siteUrl: string) {
    await this.page.goto(`${siteUrl}/admin/`);
    await this.page.getByRole('button', { name: '登录' }).click();
    await expect(this.page).toHaveURL(/#\/collections\//, { timeout: 30_000 });
  }

  /**
   * Opens a form the way the CMS's own links do (a new hash in the same page: no
   * reload of the 5 MB bundle), and waits until it is the requested one. After
   * leaving a form unsaved, Decap carries its values into the next new form:
   * `reload` starts afresh then.
   */
  async open(hashPath: string, { reload = false } = {}) {
    await this.page.goto(`${new URL(this.page.url()).origin}/admin/#/collections/${hashPath}`);
    if (reload) await this.page.reload();
    const collection = hashPath.split('/')[0]!;
    const label = collection === 'settings' ? '站点设置' : collectionModel(collection).label;
    await expect(this.page.getByText(t('cms.terms.editingIn').replace('%{collectionLabel}', label))).toBeVisible({
      timeout: 30_000,
    });
    // A new form offers 发布; an existing, unchanged entry shows 已发布 until it is edited.
    await expect(this.page.getByRole('button', { name: /^(已)?发布$/ })).toBeVisible({ timeout: 30_000 });
  }

  /** Chinese text through the input method, into the last field called `name`. */
  async ime(name: string, words: ImeWords) {
    const input = field(this.page, name).last();
    await input.click();
    await expect(input).toBeFocused();
    // A person looks at the field before typing. Decap may still re-render a
    // freshly opened form (entries and drafts load after it shows), and a
    // re-render of a controlled input in the middle of a composition commits the
    // partial pinyin ("j基层…"): wait until the page has stopped changing.
    await untilQuiet(this.page);
    await typeWithIme(this.page, words);
    await expect(input).toHaveValue(committedText(words));
  }

  /** Text entered without composition: numbers, dates, ASCII, and the shorter Chinese fields (pasted). */
  async fill(name: string, value: string) {
    await field(this.page, name).last().fill(value);
  }

  async select(name: string, option: string) {
    await field(this.page, name).last().click();
    await this.page.getByText(option, { exact: true }).last().click();
  }

  /** A reference: types part of the target's title into the search, then picks it. */
  async relation(name: string, title: string) {
    await field(this.page, name).last().click();
    await this.page.keyboard.insertText(title.slice(0, 4));
    await this.page.getByText(title, { exact: true }).last().click();
  }

  /** Adds an item to a list (the button 新增<label>) and enters its text. */
  async addItem(label: string, name: string, value: string) {
    await this.page.getByRole('button', { name: `新增${label}`, exact: true }).click();
    await this.fill(name, value);
  }

  /** Picks an uploaded file in the media library, for the form's first empty file field. */
  async pickFile(fileName: string) {
    await this.page.getByRole('button', { name: '选择文件', exact: true }).first().click();
    await this.page.getByText(fileName, { exact: true }).click();
    const choose = this.page.getByRole('button', { name: '选用已选中项目' });
    await choose.click();
    await expect(choose).toBeHidden();
  }

  async body(words: ImeWords) {
    await typeIntoRichText(this.page, this.page.locator('[data-slate-editor="true"]').last(), words);
  }

  /** Publishes and returns the path (under the checkout) of the file decap-server wrote. */
  async publish(folder: string): Promise<string> {
    const dir = join(ROOT, folder);
    const before = new Set(readdirSync(dir));
    await this.page.getByRole('button', { name: '发布', exact: true }).click();
    await this.page.getByText('立即发布').click();
    await expect(this.page).toHaveURL(/#\/collections\/[a-zA-Z]+\/entries\/[a-z0-9-]+$/, { timeout: 20_000 });
    await expect.poll(() => readdirSync(dir).filter((name) => !before.has(name))).toHaveLength(1);
    return join(folder, readdirSync(dir).find((name) => !before.has(name))!);
  }

  /** Tries to publish; the form stays open with the messages shown. */
  async tryPublish() {
    await this.page.getByRole('button', { name: '发布', exact: true }).click();
    await this.page.getByText('立即发布').click();
  }
}
