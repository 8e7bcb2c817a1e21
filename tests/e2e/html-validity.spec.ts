/** html-validate finds no error on any kind of built page (issue 8). Rules relaxed: .htmlvalidate.mjs, each with its reason. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { ROOT } from '../support/content';
import { pageTypePaths } from '../../tools/page-types';

test('every kind of page is valid HTML', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const errors: string[] = [];
  for (const path of pageTypePaths()) {
    const file = join(ROOT, 'dist', path.endsWith('/') ? `${path}index.html` : path);
    const report = await validator.validateString(readFileSync(file, 'utf8'), join(ROOT, 'page.html'));
    for (const result of report.results)
      for (const message of result.messages)
        errors.push(`${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
  }
  expect(errors).toEqual([]);
});
