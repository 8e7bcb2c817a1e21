/**
 * A real `astro build` of a copy of the site with one malformed entry must fail
 * before writing anything, with the message that names the file, field and fix.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ROOT } from '../support/content';

let copy: string;

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'bad-content-site-'));
  for (const entry of ['src', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  writeFileSync(
    join(copy, 'src/content/articles/bad-category.md'),
    '---\ntitle: 栏目写错的文章\ndate: 2026-03-01\ncategory: 学习园地\n---\n正文\n',
  );
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('astro build with a malformed entry', () => {
  it('fails, names the file, the field and the fix, and publishes nothing', () => {
    const result = spawnSync('astro', ['build'], { cwd: copy, encoding: 'utf8', timeout: 120_000 });
    const output = result.stdout + result.stderr;
    expect(result.status).not.toBe(0);
    expect(output).toContain('src/content/articles/bad-category.md');
    expect(output).toContain('category: “栏目”只能是：理论学习、政策解读、支部动态、先锋风采、通知公告 / must be one of');
    expect(existsSync(join(copy, 'dist'))).toBe(false);
  }, 120_000);
});
