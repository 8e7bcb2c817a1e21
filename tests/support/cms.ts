/** What an editor does in the CMS, shared by the tests against the production build and the dev server. */
import { expect, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { ARTICLES_DIR } from './content';
import { typeWithIme, committedText, type ImeWords } from './ime';
import { typeIntoRichText } from './cms-form';

export interface NewArticle {
  title: ImeWords;
  body: ImeWords;
  category: string;
  tag: ImeWords;
}

/**
 * Signs in with the local backend, writes a new article through the real form
 * (Chinese typed through IME composition), publishes it and returns the file
 * name that decap-server wrote under src/content/articles/.
 */
export async function publishArticleInCms(page: Page, siteUrl: string, article: NewArticle): Promise<string> {
  const before = new Set(readdirSync(ARTICLES_DIR));
  await page.goto(`${siteUrl}/admin/`);
  await page.getByRole('button', { name: '登录' }).click();
  await page.goto(`${siteUrl}/admin/#/collections/articles/new`);

  await page.getByLabel('标题').click();
  await typeWithIme(page, article.title);
  await expect(page.getByLabel('标题')).toHaveValue(committedText(article.title));

  await page.locator('[id^="category-field"]').first().click();
  await page.getByText(article.category, { exact: true }).click();

  await page.getByRole('button', { name: '新增标签' }).click();
  await page.locator('input[id^="tag-field"]').last().click();
  await typeWithIme(page, article.tag);

  await typeIntoRichText(page, page.locator('[data-slate-editor="true"]'), article.body);

  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByText('立即发布').click();
  await expect(page).toHaveURL(/#\/collections\/articles\/entries\/[a-z0-9-]+$/, { timeout: 20_000 });

  await expect.poll(() => readdirSync(ARTICLES_DIR).filter((name) => !before.has(name))).toHaveLength(1);
  return readdirSync(ARTICLES_DIR).find((name) => !before.has(name))!;
}
