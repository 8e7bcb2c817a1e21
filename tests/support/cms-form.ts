/**
 * Fills a Decap CMS form as an editor does: fields found by their names (Decap
 * gives each control the id `<name>-field-<n>`), Chinese typed through IME
 * composition, files picked in the media library, references picked from the
 * relation search, published with 发布 → 立即发布.
 */
import { expect, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './content';
import { typeWithIme, committedText, type ImeWords } from './ime';

export const field = (page: Page, name: string) => page.locator(`[id^="${name}-field-"]`);

export class CmsForm {
  constructor(readonly page: Page) {}

  /** Signs in with the local backend (once per browser context). */
  async signIn(siteUrl: string) {
    await this.page.goto(`${siteUrl}/admin/`);
    await this.page.getByRole('button', { name: '登录' }).click();
    await expect(this.page).toHaveURL(/#\/collections\//, { timeout: 30_000 });
  }

  /** A fresh form (moving between forms by hash alone can keep the previous form's state). */
  async open(hashPath: string) {
    await this.page.goto(`${new URL(this.page.url()).origin}/admin/#/collections/${hashPath}`);
    await this.page.reload();
    await expect(this.page.getByRole('button', { name: '发布', exact: true })).toBeVisible({ timeout: 30_000 });
  }

  /** Chinese text through the input method, into the last field called `name`. */
  async ime(name: string, words: ImeWords) {
    const input = field(this.page, name).last();
    await input.click();
    await typeWithIme(this.page, words);
    await expect(input).toHaveValue(committedText(words));
  }

  /** Text that needs no input method (numbers, dates, ASCII). */
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
  async addItem(label: string, name: string, words: ImeWords) {
    await this.page.getByRole('button', { name: `新增${label}`, exact: true }).click();
    await this.ime(name, words);
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
    const editor = this.page.locator('[data-slate-editor="true"]').last();
    await editor.click();
    await typeWithIme(this.page, words);
    await expect(editor).toContainText(committedText(words));
  }

  /** Publishes and returns the path (under the checkout) of the file decap-server wrote. */
  async publish(folder: string): Promise<string> {
    const dir = join(ROOT, folder);
    const before = new Set(readdirSync(dir));
    await this.page.getByRole('button', { name: '发布', exact: true }).click();
    await this.page.getByText('立即发布').click();
    await expect(this.page).toHaveURL(/#\/collections\/[a-z]+\/entries\/[a-z0-9-]+$/, { timeout: 20_000 });
    await expect.poll(() => readdirSync(dir).filter((name) => !before.has(name))).toHaveLength(1);
    return join(folder, readdirSync(dir).find((name) => !before.has(name))!);
  }

  /** Tries to publish; the form stays open with the messages shown. */
  async tryPublish() {
    await this.page.getByRole('button', { name: '发布', exact: true }).click();
    await this.page.getByText('立即发布').click();
  }
}
